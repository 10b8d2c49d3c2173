/** What is left to do by the term's end for each target (期中自查: 到期末还需). */
import { money, percent } from './format.ts';
import { SPAN_WORDS, type SpanKindKey } from './span.ts';

const months = (ms: readonly string[]) => ms.map((m) => `${Number(m.slice(5, 7))}月`).join('、');

export const remainingText = {
  caption: (span: SpanKindKey, end: string) => `到${SPAN_WORDS[span].end}（${end}）还需完成的工作`,
  columns: { target: '目标', now: '目前', todo: '到期末还需' },
  now: (value: string, status: string) => `${value}（${status}）`,
  done: '已完成，保持即可',
  participationGap: (gap: string, target: string) => `还差 ${gap} 个百分点：后续文体活动提前通知、错开时间，出席率需高于 ${target}`,
  participationKeep: (target: string) => `后续文体活动出席率保持在 ${target} 以上`,
  survey: (prev: number | null, needed: number | null) =>
    prev === null || needed === null ? '学期末开展满意度测评，并录入上学期的测评结果以便比较' : `学期末开展满意度测评：满意率需达到 ${percent(needed)} 以上（上学期 ${percent(prev)}）`,
  archive: (n: number) => `补齐 ${n} 项活动缺少的资料，之后每次活动结束及时归档`,
  archiveKeep: '之后每次活动结束及时归档（方案、签到、照片、总结）',
  proposals: (n: number) => `${n} 件提案待办理答复并征求提案人意见`,
  tasks: (late: number, upcoming: number) => [late ? `${late} 项逾期工作尽快完成` : '', upcoming ? `到期末还有 ${upcoming} 项工作到期` : ''].filter(Boolean).join('；') || '已完成，保持即可',
  monthly: (ms: readonly string[]) => `还需 ${ms.length} 次（${months(ms)}各一次）`,
  officeMonthly: (ms: readonly string[]) => `还需评选 ${ms.length} 次（${months(ms)}）`,
  passTrend: (last: number | null) => (last === null ? '每月评选后达标率不低于上月' : `之后各月达标率不低于最近一次的 ${percent(last)}`),
  mentoring: (n: number) => `为 ${n} 位青年教师落实指导教师`,
  budget: (left: number, over: readonly string[]) => `预算余额 ${money(left)}${over.length ? `；已超支：${over.join('、')}，需调整预算或说明` : '，后续支出不超过各科目余额'}`,
  noData: (reason: string) => `先补齐数据：${reason}`,
  noMonths: '本学期已没有剩余的工作月份',
} as const;
