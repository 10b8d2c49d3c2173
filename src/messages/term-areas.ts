/**
 * The nine areas of the term-end report, in the order the report shows them: each area's
 * title, the sentences of its lead, its figures' captions and its tables' words.
 */

import { SPAN_WORDS, type SpanKindKey } from './span.ts';

const list = (items: readonly string[]) => items.join('、');
const self = (span: SpanKindKey) => SPAN_WORDS[span].this;
const prev = (span: SpanKindKey) => SPAN_WORDS[span].prev;

export const areaText = {
  participation: {
    title: '文体活动参与',
    lead: (p: { span: SpanKindKey; asOf: string; held: number; counted: number; eligible: number; present: number }) =>
      `截至${p.asOf}，${self(p.span)}开展文体活动 ${p.held} 项，其中 ${p.counted} 项有签到记录、计入参与率：` +
      `应参加 ${p.eligible} 人次，出席 ${p.present} 人次。应参加人数按参加范围内的在职教职工计算，请假不算出席。`,
    chart: '各项文体活动参与率',
    activities: {
      caption: '各项文体活动参与情况',
      columns: { activity: '活动', date: '日期', range: '参加范围', eligible: '应参加', present: '出席', excused: '请假', absent: '缺席', rate: '参与率' },
      empty: '截至统计日没有计入参与率的文体活动。',
      note: (target: string) => `参与率低于目标（${target}）的活动以橙色标出。`,
    },
    excluded: {
      caption: '未计入参与率的文体活动（没有签到记录，请补录签到表）',
      columns: { activity: '活动', date: '日期', action: '需要处理' },
      action: '补录签到记录',
    },
  },
  satisfaction: {
    title: '服务满意度',
    lead: (p: { span: SpanKindKey; rate: string; responses: number; prev: { rate: string; responses: number; change: string } | null; from: number }) =>
      `${self(p.span)}满意率 ${p.rate}（${p.responses} 份答卷）` +
      (p.prev ? `，${prev(p.span)} ${p.prev.rate}（${p.prev.responses} 份答卷），变化 ${p.prev.change}` : `，${prev(p.span)}没有可比的答卷`) +
      `。满意率 = 评分 ${p.from} 分及以上的答案 ÷ 全部非空答案。`,
    chart: (span: SpanKindKey) => `各题满意率：${self(span)}与${prev(span)}`,
    items: {
      caption: '各题满意率',
      columns: { item: '题目', thisTerm: self, prevTerm: prev, change: '变化' },
      empty: '没有满意度测评的答卷。',
      note: '满意率下降的题目以橙色标出。',
    },
  },
  archive: {
    title: '活动资料归档',
    lead: (p: { asOf: string; listed: number; complete: number; missing: number }) =>
      `资料归档清单列出截至${p.asOf}的活动 ${p.listed} 项，资料齐全 ${p.complete} 项，缺少资料 ${p.missing} 项。`,
    undated: (names: readonly string[]) => `清单中有 ${names.length} 项活动没有填写日期，未计入：${list(names)}。`,
    chart: '各类资料归档情况（清单所列活动）',
    missing: {
      caption: '资料不全的活动（请补齐后归档）',
      columns: { activity: '活动', date: '日期', materials: '缺少的资料' },
      materials: list,
      empty: '清单所列活动的资料均已齐全。',
    },
    notListed: {
      caption: '活动台账中有、资料归档清单中没有的活动（请补列入清单）',
      columns: { activity: '活动', date: '日期' },
    },
  },
  proposals: {
    title: '教代会提案办理',
    lead: (p: { span: SpanKindKey; total: number; withFeedback: number; satisfied: number; unsatisfied: number; awaiting: number }) =>
      `${self(p.span)}提案 ${p.total} 件，已有反馈意见 ${p.withFeedback} 件，` +
      `其中满意或基本满意 ${p.satisfied} 件、不满意 ${p.unsatisfied} 件；尚无反馈意见 ${p.awaiting} 件。`,
    chart: '提案人反馈意见',
    columns: { id: '编号', title: '提案', unit: '承办单位', state: '办理状态' },
    unsatisfied: { caption: '提案人反馈“不满意”的提案（请督办复议）', empty: '没有反馈“不满意”的提案。' },
    awaiting: { caption: '尚无反馈意见的提案（请跟进征求提案人意见）', empty: '所有提案均已有反馈意见。' },
  },
  tasks: {
    title: '常规工作完成',
    lead: (p: { asOf: string; due: number; done: number; open: number }) =>
      `工作台账中截至${p.asOf}到期的常规工作 ${p.due} 项，已完成 ${p.done} 项，逾期未完成 ${p.open} 项。`,
    chart: '常规工作按截止月份的完成情况',
    noOwner: '（未填）',
    noState: '未填',
    daysLate: (days: number) => `${days} 天`,
    columns: { task: '工作事项', owner: '责任人', due: '截止日期', late: '逾期', state: '完成情况' },
    overdue: { caption: '逾期未完成的工作', empty: '没有逾期未完成的工作。' },
    upcoming: { caption: '本学期尚未到期、仍未完成的工作' },
  },
  monthly: {
    title: '集中学习与干部培训',
    lead: (p: { months: number; withoutStudy: readonly string[]; withoutTraining: readonly string[] }) =>
      `截至统计日已开始的工作月份 ${p.months} 个。没有集中学习或主题活动的月份：${list(p.withoutStudy) || '无'}；` +
      `没有干部业务培训的月份：${list(p.withoutTraining) || '无'}。`,
    activities: list,
    none: '无',
    inProgress: '本月进行中',
    months: {
      caption: '各月集中学习、主题活动与干部业务培训',
      columns: { month: '月份', study: '集中学习或主题活动', training: '工会干部业务培训' },
      empty: '没有活动台账，或截至统计日还没有开始的工作月份。',
      note: '“无”表示该月没有相应活动，请在后续工作中补上。',
    },
  },
  offices: {
    title: '文明办公室评选',
    lead: (p: { threshold: string; without: readonly string[]; anyMonth: boolean }) =>
      `达标分为 ${p.threshold} 分（总分达到即为达标）。` +
      (p.without.length > 0 ? `没有开展评选的月份：${list(p.without)}。` : p.anyMonth ? '各工作月份均已开展评选。' : ''),
    chart: '文明办公室各月达标率与各办公室总分',
    months: {
      caption: '各月文明办公室达标情况',
      columns: { month: '月份', scored: '参评办公室', passed: '达标', rate: '达标率', change: '较上月' },
      empty: '没有文明办公室评比记录。',
    },
    failing: {
      caption: (month: string) => `最近一次评选（${month}）未达标的办公室`,
      columns: { office: '办公室', total: '总分' },
      empty: '全部达标。',
    },
  },
  mentoring: {
    title: '青年教师结对帮扶',
    lead: (p: { young: number; paired: number; unpaired: number }) =>
      `在职青年教师 ${p.young} 人，已结对 ${p.paired} 人，尚未结对 ${p.unpaired} 人。`,
    unpaired: {
      caption: '尚未结对的青年教师（请落实指导教师）',
      columns: { name: '姓名', department: '部门', birth: '出生日期' },
      empty: '所有在职青年教师均已结对。',
    },
  },
  funds: {
    title: '经费预算执行',
    lead: (p: { span: SpanKindKey; asOf: string; spent: string; income: string; balance: string }) =>
      `截至${p.asOf}，${self(p.span)}支出合计 ${p.spent}，收入合计 ${p.income}，收支相抵 ${p.balance}（不含期初余额）。`,
    over: (items: readonly { category: string; ratio: string }[]) =>
      `超出预算的科目：${list(items.map((c) => `${c.category}（执行率 ${c.ratio}）`))}。`,
    withinBudget: '各预算科目均未超支。',
    budgetChart: '各科目预算与支出',
    monthlyChart: '各月支出（按科目）',
    state: { unbudgeted: '未列预算', over: '超支', within: '未超支' },
    categories: {
      caption: '各科目预算执行情况',
      columns: { category: '科目', budget: '预算', spent: '已支出', ratio: '执行率', state: '状态' },
      empty: '没有经费预算和支出记录。',
      note: '“未列预算”的科目有支出但不在预算表中，支出仍计入合计。',
    },
    months: {
      caption: '各月收支',
      columns: { month: '月份', spent: '支出', income: '收入' },
      total: '合计',
      empty: '没有收支记录。',
    },
    activities: {
      caption: '活动经费与人均费用',
      columns: { activity: '活动', date: '日期', spent: '支出', participants: '到场人数（含名册外）', perHead: '人均' },
      noSignIn: '无签到',
    },
  },
} as const;

export type AreaId = keyof typeof areaText;
