/**
 * Early warnings (预警): what is about to go wrong before the monthly meeting finds it, what to
 * do about it, and where the data is. Each line names no staff member.
 */
import { kindLabels } from './kinds.ts';
import { dayZh, money, monthZh, percent } from './format.ts';

type LedgerKind = keyof typeof kindLabels;

const ledger = (kind: LedgerKind) => `“${kindLabels[kind]}”`;
const short = (month: string) => monthZh(month, true);

export const warningText = {
  heading: '预警',
  headingCount: (n: number) => `预警（${n}）`,
  none: '暂无预警。',
  more: (n: number) => `另有 ${n} 条，见总览 →`,
  /** Where the data is: the ledger, and the file › sheet it was read from. */
  where: (kind: LedgerKind, place: string | null) => (place ? `${ledger(kind)}（${place}）` : `${ledger(kind)}（尚未建立）`),
  monthlyStudy: (month: string, left: number) => ({
    text: `${short(month)}还没有理论学习、师德建设或主题活动，本月只剩 ${left} 个工作日`,
    action: `请在月底前安排一次，并登记在${ledger('activities')}中（类别写“理论学习”“师德建设”或“主题活动”）`,
  }),
  cadreTraining: (month: string, left: number) => ({
    text: `${short(month)}还没有工会干部培训，本月只剩 ${left} 个工作日`,
    action: `请在月底前安排一次干部培训，并登记在${ledger('activities')}中（类别写“干部培训”）`,
  }),
  officeDue: (month: string, left: number) => ({
    text: `${short(month)}的文明办公室评比还没有录入，本月只剩 ${left} 个工作日`,
    action: `请在月底前完成评比，把各办公室得分录入${ledger('offices')}`,
  }),
  officeMissed: (month: string) => ({
    text: `${short(month)}的文明办公室评比没有记录`,
    action: `如已评比，请补录到${ledger('offices')}；如未评比，请在月调度会上说明原因`,
  }),
  fundNear: (category: string, spent: number, budget: number, ratio: number) => ({
    text: `经费科目“${category}”已支出 ${money(spent)}，达到预算 ${money(budget)} 的 ${percent(ratio)}`,
    action: `后续支出请先核对余额 ${money(budget - spent)}；确需超支的，请按程序调整预算后更新${ledger('budget')}`,
  }),
  fundOver: (category: string, spent: number, budget: number) => ({
    text: `经费科目“${category}”已支出 ${money(spent)}，超出预算 ${money(budget)}`,
    action: `请核对${ledger('funds')}中该科目的支出，超支部分需调整预算或说明原因`,
  }),
  proposalLate: (label: string, due: string, days: number) => ({
    text: `提案“${label}”尚未答复，已超过答复期限（${dayZh(due)}）${days} 天`,
    action: `请督促承办部门答复，答复后在${ledger('proposals')}中填写答复日期`,
  }),
  proposalLabel: (id: string | null, title: string) => (id ? `${id} ${title}` : title),
  taskSoon: (task: string, due: string, days: number) => ({
    text: days === 0 ? `工作“${task}”今天（${dayZh(due)}）到期，还没有完成` : `工作“${task}”${days} 天后（${dayZh(due)}）到期，还没有完成`,
    action: `完成后请在${ledger('tasks')}中把完成情况改为“已完成”并填写完成日期`,
  }),
  participationLow: (rate: number, target: number) => ({
    text: `本学期截至目前的文体活动参与率为 ${percent(rate)}，低于 ${percent(target, 0)} 的目标`,
    action: `请查看参与率页面中参与较少的部门和未参加的教职工，后续活动提前通知、错开时间`,
  }),
  decisionLate: (item: string, due: string, days: number) => ({
    text: `督办事项“${item}”已过期限（${dayZh(due)}）${days} 天，尚未销号`,
    action: `请责任人在月调度会上说明进展；办结后在${ledger('decisions')}中把状态改为“已销号”并填写销号日期`,
  }),
} as const;
