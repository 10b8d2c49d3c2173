/** The short text of the monthly briefing pushed by e-mail and to the group robots (月调度简报). */
import { monthZh } from './format.ts';

export const briefingText = {
  subject: (school: string, month: string, met: number, notMet: number) => `【${school}工会】${monthZh(month)}月调度简报：达标 ${met} 项，未达标 ${notMet} 项`,
  title: (month: string) => `${monthZh(month)}月调度简报`,
  byline: (school: string, term: string, asOf: string) => `${school} · ${term} · 数据截至 ${asOf}`,
  targets: (met: number, notMet: number, noData: number) => `目标（达标 ${met} · 未达标 ${notMet} · 无数据 ${noData}）`,
  targetLine: (mark: string, label: string, value: string, goal: string, word: string) => `${mark} ${label} ${value}（目标 ${goal}）${word}`,
  overdue: (n: number) => `逾期未完成（${n} 项）`,
  overdueLine: (task: string, owner: string | null, due: string, days: number) => `${task}${owner ? `（${owner}）` : ''}：${due}到期，${days > 0 ? `逾期 ${days} 天` : '今天到期，尚未完成'}`,
  upcoming: (until: string) => `${until}前到期`,
  upcomingLine: (task: string, owner: string | null, due: string) => `${task}${owner ? `（${owner}）` : ''}：${due}到期`,
  activityLine: (name: string, date: string) => `活动：${name}（${date}）`,
  decisions: (closed: number, overdue: number, added: number) => `督办事项（销号 ${closed} · 逾期 ${overdue} · 新增 ${added}）`,
  decisionLate: (item: string, owner: string | null, due: string) => `逾期：${item}${owner ? `（${owner}）` : ''}，期限 ${due}`,
  decisionAdded: (item: string, owner: string | null, due: string | null) => `新增：${item}${owner ? `（${owner}）` : ''}${due ? `，期限 ${due}` : ''}`,
  warnings: (n: number) => `预警（${n} 条）`,
  warningLine: (text: string, action: string) => `${text}。${action}`,
  none: '无',
  more: (n: number) => `……另有 ${n} 项，见附件或看板`,
  pdf: '详细内容见附件《月调度简报》PDF。',
  link: '打开看板',
  linkLine: (url: string) => `打开看板：${url}`,
  textHeading: (h: string) => `【${h}】`,
  warningWhere: (line: string, where: string) => `${line}（${where}）`,
  /** A push of warnings between two briefings. */
  warningSubject: (school: string, n: number) => `【${school}工会】新的预警 ${n} 条`,
  warningTitle: (n: number) => `工会看板：新的预警 ${n} 条`,
} as const;
