/**
 * The words the dashboard's view models put on each page, page by page (the pages' static
 * headings are in src/server/views/*.hbs; the frame around every page is in server.ts).
 */

/** Blank cells as the pages show them. */
export const blanks = {
  owner: '未填负责人',
  department: '未填部门',
  signIn: '无签到记录',
} as const;

/** Items of a list in one line. */
export const joined = (items: readonly string[]) => items.join('、');

export const pageText = {
  archive: {
    chart: '各类材料归档情况',
    cell: { present: '已归档', missing: '缺', not_required: '不适用', none: '未列' },
  },
  funds: {
    budgetChart: '各科目预算与支出',
    monthlyChart: '每月支出（按科目）',
    costChart: '各项活动支出与人均费用',
    state: { none: '无预算', over: '超支', within: '未超支' },
    participants: (n: number) => `${n} 人`,
  },
  mentoring: {
    notOnRoster: '不在教职工名册中',
    /** A pair whose young teacher is not in service: their status. */
    notCounted: (status: string) => `${status}，不计入`,
    noMentor: '（尚未安排）',
  },
  month: {
    tiles: { activities: '本月活动', offices: '文明办公室达标', spent: '本月支出', decisions: '督办事项', due: '到期工作' },
    sports: (n: number) => `其中文体活动 ${n} 项`,
    notScored: '未评比',
    noOffices: (month: string) => `${month}没有评比记录`,
    officesPassed: (passed: number, scored: number, threshold: number) => `${passed}/${scored} 个办公室 ≥${threshold} 分`,
    categorySpent: (category: string, spent: string) => `${category} ${spent}`,
    dueDone: (done: number, due: number) => `${done}/${due} 完成`,
    overdue: (n: number) => `逾期未完成 ${n} 项`,
    noOverdue: '没有逾期工作',
    rate: (rate: string, word: string | null) => `参与率 ${rate}${word ? ` ${word}` : ''}`,
    present: (n: number) => `到场 ${n} 人`,
    due: (owner: string, date: string) => `${owner} · ${date}到期`,
    done: '已完成',
    activity: '活动',
    next: '下月待办',
    laterAndNext: '本月余下与下月待办',
    officeChart: (month: string) => `${month}文明办公室得分`,
    decisionsOverdue: (n: number) => (n ? `逾期 ${n} 项` : '无逾期'),
    decisionCounts: (closed: number, added: number, since: string | null) => `${since ? `${since}以来` : '本月'}销号 ${closed} · 新增 ${added}`,
    decisionSide: (owner: string, deadline: string | null) => (deadline ? `督办 · ${owner} · ${deadline}期限` : `督办 · ${owner} · 未定期限`),
  },
  offices: {
    passChart: '各月文明办公室达标率',
    heatmap: '各办公室逐月总分',
  },
  participation: {
    chart: '各项文体活动参与率',
    departmentChart: '各部门文体活动参与率',
    attendees: (n: number) => `${n} 人到场`,
  },
  proposals: {
    notAnswered: '未答复',
    noFeedback: '尚未反馈',
    statesChart: '提案办理状态',
    feedbackChart: '提案人反馈意见',
  },
  quality: {
    headerRow: (row: number) => `第 ${row} 行`,
  },
  satisfaction: {
    chart: '各题满意率：本学期与上学期',
  },
  targets: {
    trend: (label: string) => `${label}逐月走势`,
  },
  tasks: {
    chart: '各月到期工作完成情况',
  },
} as const;
