/** The Chinese wording of the monthly briefing (月调度简报) that is computed rather than fixed in the template. */
import { monthZh } from './format.ts';

export const monthText = {
  title: '工会工作月调度简报',
  /** What a downloaded briefing file is called after the school. */
  fileName: (month: string) => `${monthZh(month)}月调度简报.pdf`,
  footer: '第 {page} 页 / 共 {pages} 页',
  none: '无',
  noSignIn: '无签到',
  unassigned: '（未填）',
  items: (n: number) => `${n} 项`,

  /** The figures at the top, label, value and the line under it. */
  figures: {
    activities: '本月活动',
    signedIn: (n: number) => `其中 ${n} 项有签到`,
    rate: '本月活动参与率',
    attendance: (present: number, eligible: number) => `出席 ${present} / 应参加 ${eligible} 人次`,
    noAttendance: '本月没有签到记录',
    offices: '文明办公室达标',
    officesPassed: (passed: number, scored: number) => `${passed} / ${scored}`,
    notScored: '未评选',
    passRate: (rate: string, threshold: number) => `达标率 ${rate}（达标分 ${threshold}）`,
    noOffices: '本月没有评比记录',
    spent: '本月经费支出',
    income: (income: string) => `收入 ${income}`,
    due: '本月到期工作',
    done: (n: number) => `已完成 ${n} 项`,
    overdue: '逾期未完成',
    overdueIncludes: '含此前各月到期的工作',
    nextDue: (month: string) => `${monthZh(month, true)}到期工作`,
    nextActivities: (month: string, n: number) => `${monthZh(month, true)}计划活动 ${n} 项`,
    asOf: '数据截至',
  },

  targets: {
    caption: (asOf: string) => `学期工作目标完成情况（截至${asOf}）`,
    columns: { target: '目标', value: '截至本月', goal: '目标值', status: '状态' },
  },
  activities: {
    caption: '本月活动',
    columns: { activity: '活动', date: '日期', category: '类别', range: '参加范围', attendance: '出席 / 应参加', rate: '参与率' },
    empty: '本月没有登记活动。',
  },
  spending: {
    caption: '本月经费支出（按科目）',
    columns: { category: '科目', spent: '支出' },
    total: '合计',
    empty: '本月没有支出。',
  },
  done: {
    caption: '本月到期工作的完成情况',
    columns: { task: '工作事项', owner: '责任人', due: '截止日期', state: '完成情况' },
    doneOn: (day: string) => `${day}完成`,
    done: '已完成',
    late: '逾期未完成',
    dueToday: '到期未完成',
    open: '未完成',
    empty: '本月没有到期的工作。',
  },
  overdue: {
    caption: '逾期未完成的工作（请责任人说明进度）',
    columns: { task: '工作事项', owner: '责任人', due: '截止日期', late: '逾期', state: '完成情况' },
    /** Days past the due date; a task due on the day itself is due today, not late. */
    days: (days: number) => (days > 0 ? `${days} 天` : '当日到期'),
    noState: '未填',
    empty: '没有逾期未完成的工作。',
  },
  /** Sections after 五, numbered in order as they appear. */
  extraHeading: (n: number, title: string) => `${['六', '七'][n] ?? ''}、${title}`,
  decisions: {
    title: '督办事项',
    caption: (since: string | null) => (since ? `${since}会议以来的督办事项，及所有逾期未销号的事项` : '本月的督办事项，及所有逾期未销号的事项'),
    columns: { item: '事项', owner: '责任人', raised: '提出', deadline: '期限', state: '进展' },
    closedOn: (day: string) => `${day}销号`,
    closed: '已销号',
    late: (days: number) => `逾期 ${days} 天`,
    open: '办理中',
    none: '—',
    empty: '没有需要跟进的督办事项。',
  },
  warnings: {
    title: '预警',
    caption: '需要提前处理的事',
    columns: { text: '预警', action: '怎么办' },
    action: (action: string, where: string) => `${action}（${where}）`,
  },
  next: {
    caption: (month: string) => `${monthZh(month)}安排`,
    captionWithLater: (month: string, next: string) => `${monthZh(month, true)}余下的和${monthZh(next, true)}的安排`,
    columns: { type: '类型', item: '事项', owner: '责任人 / 类别', date: '日期' },
    task: '工作',
    activity: '活动',
    before: (day: string) => `${day}前`,
    empty: (month: string) => `${monthZh(month)}暂无到期工作和已登记的活动。`,
  },
} as const;
