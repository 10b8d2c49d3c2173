/**
 * The words inside the charts, chart by chart: legends, series and axis names, bar labels
 * and tooltips. Tooltips are ECharts templates: {a} the series, {b} the name, {c} the value.
 */

/** The dashed target line: `目标 ≥85.0%`. */
import { SPAN_WORDS, type SpanKindKey } from './span.ts';
export const targetMark = (op: string, target: string) => `目标 ${op}${target}`;

/** The pass score as a reference line. */
const passScore = (score: string | number) => `达标分 ${score}`;

export const chartText = {
  archive: { present: '已归档', missing: '缺' },
  fundsBudget: {
    budget: '预算',
    spent: '已支出',
    noBudget: (spent: string) => `${spent}（无预算）`,
    ratio: (spent: string, ratio: string, over: boolean) => `${spent}（${ratio}${over ? ' 超支' : ''}）`,
  },
  fundsCost: {
    tooltip: '{b}<br/>支出 ¥{c}',
    series: '活动支出',
    perHead: (spent: string, perHead: string, participants: number | null) => `${spent} · 人均 ${perHead}（${participants} 人）`,
  },
  fundsMonthly: { total: '合计' },
  officeHeatmap: {
    /** Written out per cell: ECharts leaves `{@[2]}` unfilled on a heatmap's items. */
    tooltip: (office: string, total: string) => `${office}<br/>总分 ${total}`,
    series: '总分',
    fail: (below: string) => `未达标（<${below}）`,
    pass: (from: string, to: string) => `达标（${from}–${to}）`,
    high: (from: string) => `优秀（≥${from}）`,
  },
  officeMonth: {
    tooltip: '{b}：{c} 分',
    series: '总分',
    passScore,
    empty: '本月没有评比记录',
  },
  officePassRate: {
    rate: '达标率',
    totals: '各办公室总分',
    totalAxis: '总分',
    rateTooltip: '{b} 达标率 {c}%',
    /** Written out per point: ECharts leaves `{@[1]}` unfilled on a scatter's items. */
    totalTooltip: (office: string, total: string) => `${office}：${total} 分`,
    passScore,
  },
  participation: {
    tooltip: '{b}<br/>参与率 {c}%',
    series: '参与率',
    /** An activity on the axis: its name and day. */
    activity: (name: string, day: string) => `${name}（${day}）`,
    department: (rate: string, word: string, present: number, eligible: number) => `${rate} ${word}（${present}/${eligible}）`,
  },
  proposals: {
    /** How a blank 办理状态 is shown. */
    noState: '未填写',
    statesTooltip: '{b}：{c} 件',
    states: '提案数',
    count: (n: number) => `${n} 件`,
    feedbackTooltip: '{a}：{c}%',
    answered: (n: number) => `已反馈 ${n} 件`,
  },
  satisfaction: {
    thisTerm: (span: SpanKindKey) => SPAN_WORDS[span].this,
    prevTerm: (span: SpanKindKey) => SPAN_WORDS[span].prev,
    overall: (span: SpanKindKey, rate: string) => `${SPAN_WORDS[span].this}总体 ${rate}`,
  },
  tasks: {
    state: { done: '已完成', overdue: '逾期未完成', open: '未到期' },
    axis: '项',
  },
  trend: {
    /** What a screen reader says of a sparkline. */
    description: (label: string, target: string) => `${label}逐月走势，${target}`,
    tooltip: '{b}：{c}%',
    /** The points in words, beside a sparkline. */
    words: (points: readonly string[]) => points.join('，'),
  },
} as const;

/** How the pass-rate trend reads beside the other targets' percentages. */
export const figureWords = {
  neverLower: '逐月不下降',
  /** The monthly pass rates under the figure. */
  passRates: (months: readonly string[]) => `各月达标率：${months.join(' → ')}`,
} as const;
