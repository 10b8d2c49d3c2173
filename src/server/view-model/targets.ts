/** A target as a card (overview) or a panel (area pages): value, target, status in colour and words, trend. */
import type { MetricsResult, TargetResult } from '../../metrics/index.ts';
import { targetTrendChart, trendSparkline, trendWords } from '../../report/charts/index.ts';
import { monthZh, percent } from '../../messages/format.ts';
import { OP_SYMBOL, STATUS_COLOUR, STATUS_MARK, STATUS_WORD } from '../../report/status.ts';
import { str } from '../../report/charts/detail.ts';
import { text } from '../../messages/server.ts';
import { chartBlock, type ChartBlock } from './chart-block.ts';
import type { Area } from './frame.ts';

/** Which page explains each target. */
export const TARGET_AREA: Readonly<Record<string, Area>> = {
  participation_rate: 'participation',
  satisfaction_growth: 'satisfaction',
  archive_completion: 'archive',
  proposal_satisfaction: 'proposals',
  routine_completion: 'tasks',
  monthly_study: 'participation',
  cadre_training: 'participation',
  office_monthly: 'offices',
  office_pass_trend: 'offices',
  mentoring_coverage: 'mentoring',
  budget_within: 'funds',
};

/** Short names where space is tight (the month view's chips). */
export const SHORT_LABEL: Readonly<Record<string, string>> = {
  participation_rate: '文体参与率',
  satisfaction_growth: '满意度提升',
  archive_completion: '归档规范率',
  proposal_satisfaction: '提案满意率',
  routine_completion: '常规工作',
  monthly_study: '每月学习',
  cadre_training: '干部培训',
  office_monthly: '办公室评选',
  office_pass_trend: '达标率变化',
  mentoring_coverage: '结对覆盖率',
  budget_within: '预算执行',
};

/** What the figure measures, where a bare percentage would mislead. */
const VALUE_NOTE: Readonly<Record<string, string>> = {
  satisfaction_growth: '满意率较上学期的相对提升',
  office_pass_trend: '达标率逐月变化中最小的一次',
  budget_within: '各科目中最高的支出占预算比例',
  monthly_study: '有集中学习或主题活动的月份占比',
  cadre_training: '有干部培训的月份占比',
  office_monthly: '开展了评选的月份占比',
};

export interface TargetView {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly target: string;
  readonly status: string;
  readonly statusWord: string;
  readonly mark: string;
  readonly colour: string;
  readonly note: string | null;
  readonly reason: string | null;
  readonly trendText: string;
  /** First and last month of the trend, under a sparkline. */
  readonly trendFrom: string;
  readonly trendTo: string;
  readonly href: string;
  readonly chart: ChartBlock;
}

export function targetView(t: TargetResult, href: string, size: 'spark' | 'full'): TargetView {
  const chart =
    size === 'spark'
      ? chartBlock(`spark-${t.id}`, `${t.label}逐月走势`, trendSparkline(t), { width: 260, height: 64 }, { compact: true })
      : chartBlock(`trend-${t.id}`, `${t.label}逐月走势`, targetTrendChart(t), { width: 560, height: 240 }, { showCaption: true });
  return {
    id: t.id,
    label: t.label,
    value: percent(t.value),
    target: text.targetValue(OP_SYMBOL[t.op] ?? t.op, percent(t.target)),
    status: t.status,
    statusWord: STATUS_WORD[t.status],
    mark: STATUS_MARK[t.status],
    colour: STATUS_COLOUR[t.status],
    note: VALUE_NOTE[t.id] ?? null,
    reason: t.status === 'no_data' ? (str(t.detail, 'reason') ?? null) : null,
    trendText: trendWords(t),
    trendFrom: t.trend[0] ? monthZh(t.trend[0].month, true) : '',
    trendTo: t.trend.length > 1 ? monthZh(t.trend[t.trend.length - 1]!.month, true) : '',
    href,
    chart,
  };
}

export function targetPanels(m: MetricsResult, ids: readonly string[]): TargetView[] {
  return ids.flatMap((id) => {
    const t = m.targets.find((x) => x.id === id);
    return t ? [targetView(t, '', 'full')] : [];
  });
}
