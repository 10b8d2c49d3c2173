/** The Chinese wording of the monthly briefing (月调度简报) that is computed rather than fixed in the template. */
export const monthText = {
  title: '工会工作月调度简报',
  footer: '第 {page} 页 / 共 {pages} 页',
  none: '无',
  noSignIn: '无签到',
  unassigned: '（未填）',
} as const;
