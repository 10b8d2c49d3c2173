/** The words of the term's summary workbook (期末总评汇总表), sheet by sheet. */
import { SPAN_WORDS, type SpanKindKey } from './span.ts';

export const xlsxText = {
  /** Sheet names, in the workbook's order. */
  sheets: {
    targets: '目标汇总',
    evaluation: '期末总评',
    rubric: '考核自评',
    funds: '经费',
    months: '月度收支',
    activities: '活动参与',
    actions: '待办事项',
    issues: '数据问题',
  },
  /** The line under every sheet's title. */
  context: (p: { school: string; term: string; start: string; end: string; asOf: string; generatedAt: string }) =>
    `${p.school}　${p.term}（${p.start} 至 ${p.end}）　数据截至 ${p.asOf}　生成时间 ${p.generatedAt}`,
  total: '合计',
  targets: {
    title: (term: string) => `${term}工会工作目标完成情况汇总`,
    columns: { no: '序号', target: '目标', clause: '计划原文', value: '当前值', op: '比较', goal: '目标值', status: '状态', note: '说明' },
  },
  evaluation: {
    title: (term: string, span: SpanKindKey) => `${term}${SPAN_WORDS[span].review}`,
    columns: { dimension: '维度', score: '得分', weight: '权重', note: '说明' },
    unscored: '未评分，总分按其余维度的权重折算',
    total: '总分',
  },
  /** 考核自评, present when the ledgers have a 考核细则 sheet; the other column names are the rubric's own (messages/rubric.ts). */
  rubric: {
    title: (term: string) => `${term}考核细则自评`,
    how: '计分说明',
    total: '合计（基本项 + 加分）',
  },
  funds: {
    title: (term: string) => `${term}经费预算执行情况`,
    columns: { category: '科目', budget: '预算（元）', spent: '已支出（元）', ratio: '执行率', state: '状态' },
    state: { unbudgeted: '未列预算', over: '超支', within: '未超支' },
  },
  months: {
    title: (term: string) => `${term}各月经费收支`,
    columns: { month: '月份', spent: '支出（元）', income: '收入（元）' },
  },
  activities: {
    title: (term: string) => `${term}活动与参与情况`,
    columns: { activity: '活动', date: '日期', category: '类别', range: '参加范围', eligible: '应参加', present: '出席', excused: '请假', rate: '参与率' },
  },
  actions: {
    title: '需要落实的事项',
    columns: { kind: '类别', item: '事项', who: '责任人 / 部门 / 单位', date: '日期', note: '说明' },
    /** What kind of thing someone has to act on, one row each. */
    kinds: {
      overdueTask: '逾期未完成的工作',
      incompleteArchive: '资料不全的活动',
      unlistedActivity: '未列入归档清单的活动',
      unpairedTeacher: '尚未结对的青年教师',
      unsatisfiedProposal: '反馈不满意的提案',
      awaitingProposal: '尚无反馈意见的提案',
      noStudyMonth: '没有集中学习或主题活动的月份',
      noTrainingMonth: '没有干部业务培训的月份',
      noOfficeMonth: '没有文明办公室评选的月份',
      overBudget: '超预算的经费科目',
      unsignedActivity: '没有签到记录的文体活动',
    },
    missingMaterials: (materials: readonly string[]) => `缺：${materials.join('、')}`,
    ratio: (percent: string) => `执行率 ${percent}`,
    addSignIn: '补录签到',
  },
  issues: {
    title: '台账数据问题',
    columns: { severity: '级别', file: '文件', sheet: '工作表', cell: '单元格', issue: '问题' },
  },
} as const;
