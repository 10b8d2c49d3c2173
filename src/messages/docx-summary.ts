/**
 * The editable Word draft of the term's 工作总结 (work summary): its title, the four headings
 * and the sentences written from the figures. Figures arrive formatted (percent, money …).
 */

import { SPAN_WORDS, type SpanKindKey } from './span.ts';

const list = (items: readonly string[]) => items.join('、');

/** A space between a figure and the Chinese around it, none between words: ` 80.0% `, `提升 10.0% `, `每月一次`. */
const spaced = (goal: string) => `${/^[\p{Script=Han}]/u.test(goal) ? '' : ' '}${goal}${/[\p{Script=Han}]$/u.test(goal) ? '' : ' '}`;

export type DraftKind = 'final' | 'midterm';

/** The draft's words for a term, or for a year made of terms (`--period`): 本学期 → 本学年, 下学期打算 → 下学年打算. */
const wordsFor = (span: SpanKindKey) => {
  const w = SPAN_WORDS[span];
  const T = w.this;
  const P = w.prev;
  const E = w.end;
  const N = w.next;
  const name = w.names[0]!;
  return {
    /** `青禾市第三中学2025-2026学年第二学期工会工作总结`; before the term's last month a 期中 summary. */
    title: (school: string, term: string, kind: DraftKind) => `${school}${term}工会工作${kind === 'final' ? '总结' : w.midSummary}`,
    /** The title as it is set: the school and term on one line, what the document is on the next. */
    titleLines: (school: string, term: string, kind: DraftKind): [string, string] => [`${school}${term}`, `工会工作${kind === 'final' ? '总结' : w.midSummary}`],
    /** The note under the title: where the figures come from, to be read before the draft is used. */
    draftNote: (asOf: string) => `（初稿：数据截至${asOf}，由工会台账自动生成，请核对修改后使用）`,
    signature: (school: string) => `${school}工会`,
    headings: {
      basics: '一、基本情况',
      work: '二、主要工作和成效',
      shortfalls: '三、存在的不足',
      plans: { final: `四、${N}打算`, midterm: '四、下阶段打算' },
    },
    footer: { before: '— ', after: ' —' },
    /** The fonts of the usual 公文 look, as Windows and WPS name them (Latin text in Times New Roman). */
    fonts: { body: '仿宋', heading: '黑体', subheading: '楷体', title: '宋体' },

    basics: {
      period: (p: { term: string; span: string; kind: DraftKind; asOf: string }) =>
        `${p.term}（${p.span}），学校工会按照${name}工作计划开展各项工作。` + (p.kind === 'midterm' ? `本小结统计截至${p.asOf}的情况。` : ''),
      staff: (n: number) => `纳入统计的在职教职工 ${n} 人。`,
      activities: (p: { total: number; byCategory: readonly { category: string; count: number }[] }) =>
        p.total === 0
          ? `${T}截至统计日活动台账中没有活动记录。`
          : `${T}共开展各类活动 ${p.total} 项，其中${list(p.byCategory.map((c) => `${c.category} ${c.count} 项`))}。`,
      targets: (p: { total: number; met: number; notMet: number; noData: number }) =>
        `${name}工作计划共 ${p.total} 项量化目标，达标 ${p.met} 项，未达标 ${p.notMet} 项` + (p.noData > 0 ? `，缺少数据 ${p.noData} 项。` : '。'),
      evaluation: (total: string) => `按${w.review}办法，${T}工会工作总评得分 ${total} 分。`,
      noEvaluation: `${w.review}因部分维度缺少数据，暂未计算总分。`,
    },

    work: {
      lead: '各项目标的完成情况见下表。',
      targetsCaption: `${name}工作目标完成情况`,
      targetColumns: { target: '目标', required: '要求', actual: '实际', met: '是否达成' },
      fundsCaption: '经费预算执行情况',
      fundsColumns: { category: '类别', budget: '预算', spent: '支出', ratio: '执行率' },
      fundsTotal: '合计',
      noFunds: `${T}没有经费预算和支出记录。`,
      /** 考核细则自评 in prose, from the rubric's own sentences (src/messages/rubric.ts). */
      rubric: (p: { lead: string; basic: string; bonus: string | null; total: string; unscored: string | null; veto: string | null }) =>
        `${p.lead}${p.basic}${p.bonus ? `，${p.bonus}` : ''}，${p.total}。${p.unscored ?? ''}${p.veto ?? ''}`,
      rubricCaption: '考核细则自评',
      tableCaption: (n: number, caption: string) => `表 ${n}　${caption}`,
      figureCaption: (n: number, caption: string) => `图 ${n}　${caption}`,
    },

    /** Whether a figure reached its target, as the end of a sentence: `，达到 80.0% 的目标。` */
    verdict: {
      met: (target: string) => `，达到${spaced(target)}的目标。`,
      /** A figure without data ends its sentence without a verdict. */
      none: '。',
      notMet: (target: string, kind: DraftKind) => `，${kind === 'final' ? '未达到' : '目前尚未达到'}${spaced(target)}的目标。`,
    },

    areas: {
      participation: (p: { held: number; counted: number; eligible: number; present: number; rate: string }) =>
        `${T}共开展文体活动 ${p.held} 次，其中 ${p.counted} 次有签到记录、计入参与率，应参加 ${p.eligible} 人次，出席 ${p.present} 人次，参与率 ${p.rate}`,
      participationNone: (held: number) => `${T}共开展文体活动 ${held} 次，均没有签到记录，参与率无法统计。`,
      satisfaction: (p: { responses: number; rate: string; prev: string | null; growth: string }) =>
        `${T}开展教职工满意度测评，收回答卷 ${p.responses} 份，满意率 ${p.rate}` +
        (p.prev === null ? '' : `，${P} ${p.prev}，相对提升 ${p.growth}`),
      satisfactionNone: `${T}截至统计日尚未开展教职工满意度测评，满意度提升情况暂无法评价。`,
      archive: (p: { listed: number; complete: number; rate: string }) =>
        `资料归档清单列出活动 ${p.listed} 项，方案、签到、照片、总结等资料齐全的 ${p.complete} 项，归档规范率 ${p.rate}`,
      proposals: (p: { total: number; withFeedback: number; satisfied: number; rate: string }) =>
        `${T}教代会提案 ${p.total} 件，已征求提案人意见 ${p.withFeedback} 件，其中满意或基本满意 ${p.satisfied} 件，办理满意率 ${p.rate}`,
      tasks: (p: { due: number; done: number; rate: string }) =>
        `工作台账中截至统计日到期的常规工作 ${p.due} 项，已完成 ${p.done} 项，完成率 ${p.rate}`,
      study: (p: { months: number; held: number }) =>
        `已开始的 ${p.months} 个工作月份中，组织集中学习或主题活动的有 ${p.held} 个月`,
      training: (p: { held: number; without: readonly string[] }) =>
        `工会干部参加业务培训的有 ${p.held} 个月${p.without.length > 0 ? `（${list(p.without)}没有培训）` : ''}`,
      monthlyGoal: '每月一次',
      /** Joins two clauses that each end in a verdict. */
      officeMonthly: (p: { months: number; held: number }) => `已开始的 ${p.months} 个工作月份中，开展文明办公室评选的有 ${p.held} 个月`,
      passTrend: (p: { first: string; firstRate: string; last: string; lastRate: string; rose: boolean }) =>
        `办公室达标率由${p.first}的 ${p.firstRate} ${p.rose ? '提高到' : '变为'}${p.last}的 ${p.lastRate}`,
      passTrendWorst: (p: { from: string; to: string; change: string }) => `，其中${p.to}较${p.from}变化 ${p.change}`,
      passTrendGoal: '逐月稳步提升',
      mentoring: (p: { young: number; paired: number; rate: string }) =>
        `在职青年教师 ${p.young} 人，已落实“青蓝工程”结对 ${p.paired} 人，覆盖率 ${p.rate}`,
      funds: (p: { spent: string; income: string; budgeted: number; highest: string; ratio: string }) =>
        `截至统计日${T}经费支出合计 ${p.spent}，收入合计 ${p.income}；列入预算的 ${p.budgeted} 个科目中执行率最高的是${p.highest}（${p.ratio}）`,
      fundsNone: `${T}没有经费预算和支出记录。`,
      budgetGoal: '各科目不超支',
      growthGoal: (rate: string) => `提升 ${rate}`,
      noData: (label: string, reason: string, kind: DraftKind) =>
        `${label}${kind === 'final' ? '缺少数据，无法评价' : '目前还没有数据，暂不能评价'}${reason ? `（${reason}）` : ''}。`,
    },

    shortfalls: {
      none: `对照${name}工作计划，各项量化目标均已达成，台账资料完整，经费未超支。`,
      /** One numbered sentence each. */
      item: (n: number, text: string) => `${n}. ${text}`,
      belowTarget: (p: { label: string; value: string; target: string; kind: DraftKind }) =>
        `${p.label}为 ${p.value}，${p.kind === 'final' ? '未达到' : '目前低于'}${spaced(p.target)}的目标。`,
      participationActivities: (n: number) => `有 ${n} 次文体活动参与率低于目标。`,
      satisfactionItems: (items: readonly string[]) => `满意率较${P}下降的题目：${list(items)}。`,
      archiveMissing: (items: readonly { name: string; materials: readonly string[] }[]) =>
        `${items.length} 项活动资料不全：${list(items.map((i) => `${i.name}缺${list(i.materials)}`))}。`,
      notListed: (n: number) => `另有 ${n} 项活动未列入资料归档清单。`,
      proposals: (p: { unsatisfied: number; awaiting: number }) =>
        [p.unsatisfied > 0 ? `${p.unsatisfied} 件提案的提案人反馈不满意` : '', p.awaiting > 0 ? `${p.awaiting} 件提案尚未征求提案人意见` : ''].filter(Boolean).join('，') + '。',
      tasks: (overdue: number) => `${overdue} 项常规工作逾期未完成。`,
      monthsWithout: (what: string, months: readonly string[]) => `${list(months)}没有${what}。`,
      study: '集中学习或主题活动',
      training: '工会干部业务培训',
      offices: '文明办公室评选',
      passDrop: (p: { from: string; to: string; change: string }) => `${p.to}达标率较${p.from}下降（${p.change}）。`,
      mentoring: (n: number) => `尚有 ${n} 名青年教师未落实结对帮扶。`,
      overBudget: (items: readonly { category: string; ratio: string; budget: string; spent: string }[]) =>
        `经费超出预算的科目：${list(items.map((c) => `${c.category}（预算 ${c.budget}，支出 ${c.spent}，执行率 ${c.ratio}）`))}。`,
      unbudgeted: (items: readonly string[]) => `有支出但未列入预算的科目：${list(items)}。`,
      noData: (labels: readonly string[], kind: DraftKind) => `${list(labels)}${kind === 'final' ? '缺少台账数据，无法评价' : '目前还没有数据，暂不能评价'}。`,
    },

    plans: {
      none: `${N}将继续按照工作计划开展各项工作，保持各项目标全部达成，及时做好台账登记和资料归档。`,
      participation: (target: string) =>
        `针对文体活动参与率未达标，将提前发布活动通知、错开教学繁忙时段安排活动，丰富活动形式，力争参与率达到 ${target} 以上。`,
      satisfaction: (items: readonly string[]) =>
        `针对服务满意度提升未达目标，将${items.length > 0 ? `围绕满意率较低的“${list(items)}”` : '围绕教职工反映的问题'}逐项改进，${E}再次开展满意度测评。`,
      archive: '针对资料归档不规范，将补齐缺少的资料，落实每次活动结束后及时归档方案、签到、照片、总结，并按月检查。',
      proposals: '针对提案办理满意率未达标，将对提案人不满意的提案督办复议，对尚未反馈的提案及时征求提案人意见。',
      tasks: '针对常规工作未按时完成，将对逾期事项明确完成时限，每月对照工作台账督查进度。',
      study: '针对集中学习有月份缺失，将把集中学习和主题活动列入每月工作安排，确保每月至少一次。',
      training: `针对工会干部业务培训有月份缺失，将制定${name}培训计划，确保工会干部每月参加一次业务培训。`,
      offices: '针对文明办公室评选有月份缺失，将固定每月评选时间，确保每月开展一次评选。',
      passTrend: '针对文明办公室达标率出现下降，将对未达标的办公室逐一反馈扣分项并跟踪整改。',
      mentoring: '针对仍有青年教师尚未结对，将在开学初为其落实指导教师，实现“青蓝工程”结对全覆盖。',
      budget: (categories: readonly string[]) =>
        `针对${list(categories)}超出预算，将在编制${N}预算时合理调整科目额度，严格执行支出审批，超预算支出事先报批。`,
      noData: (labels: readonly string[]) => `针对${list(labels)}缺少数据，将完善相应台账的登记，做到按时、完整录入。`,
      /** 期中: what a target still needs by the term's end (the metrics' remaining work). */
      remaining: (label: string, todo: string) => `针对${label}目前尚未达标，到${E}：${todo}。`,
      remainingNoData: (label: string, todo: string) => `针对${label}目前还没有数据，${todo}。`,
      remainingNone: (end: string) => `到${E}（${end}）继续按照工作计划推进，保持各项目标达成。`,
    },
    } as const;
};

export type DraftText = ReturnType<typeof wordsFor>;

const BY_SPAN = new Map<SpanKindKey, DraftText>();
/** The draft's words for what the metrics cover (`MetricsResult.term.kind`). */
export function draftTextFor(span: SpanKindKey): DraftText {
  let t = BY_SPAN.get(span);
  if (!t) BY_SPAN.set(span, (t = wordsFor(span)));
  return t;
}

/** The words that do not depend on the span (fonts, footer, verdicts, captions), as for a term. */
export const draftText = draftTextFor('term');
