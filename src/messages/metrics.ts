/**
 * Chinese text that metrics put into their results: why a target has no data, labels of the
 * evaluation's dimensions and of a status. (Issue messages live in src/messages/issues.ts.)
 */
import { kindLabels } from './kinds.ts';
import { SPAN_WORDS, type SpanKindKey } from './span.ts';

type LedgerKind = keyof typeof kindLabels;

const ledger = (kind: LedgerKind) => `“${kindLabels[kind]}”`;
const self = (span: SpanKindKey) => SPAN_WORDS[span].this;
const prev = (span: SpanKindKey) => SPAN_WORDS[span].prev;

export const noDataText = {
  /** The ledger is absent or has no rows at all. */
  missingLedger: (kind: LedgerKind) => `缺少${ledger(kind)}表，或表中没有数据`,
  noActivitiesInRange: (category: string, asOf: string, span: SpanKindKey) => `${ledger('activities')}中没有${self(span)}截至 ${asOf} 的${category}`,
  noSignIn: (asOf: string, span: SpanKindKey) => `${self(span)}截至 ${asOf} 的文体活动都没有${ledger('participation')}记录`,
  noEligible: '参加范围内没有在职教职工，无法计算参与率',
  noSurveyThisTerm: (term: string) => `${ledger('survey')}中没有${term}的答卷`,
  noSurveyPrev: (span: SpanKindKey, label: string) => `${ledger('survey')}中没有${prev(span)}（${label}）的答卷，无法计算提升幅度`,
  zeroPrevSatisfaction: (span: SpanKindKey) => `${prev(span)}满意率为 0，无法计算提升幅度`,
  noArchiveInRange: (asOf: string, span: SpanKindKey) => `${ledger('archive')}中没有${self(span)}截至 ${asOf} 的活动`,
  noFeedback: `${ledger('proposals')}中的提案都还没有反馈意见`,
  noTasksDue: (asOf: string, span: SpanKindKey) => `${ledger('tasks')}中没有${self(span)}截至 ${asOf} 到期的工作`,
  noWorkingMonths: (asOf: string, span: SpanKindKey) => `截至 ${asOf}，${self(span)}还没有开始的工作月份`,
  monthInProgress: (month: string) => `${Number(month.slice(5, 7))}月正在进行中，月底前完成即可，目前还没有可以统计的月份`,
  noActivitiesInTerm: (term: string) => `${ledger('activities')}中没有${term}的活动`,
  noOfficesInTerm: (term: string) => `${ledger('offices')}中没有${term}的评比记录`,
  noOfficeMonths: (asOf: string) => `${ledger('offices')}截至 ${asOf} 只有 0 个或 1 个月的评比，至少需要两个月才能比较`,
  noYoungTeachers: `${ledger('roster')}中没有在职青年教师`,
  noSpending: (asOf: string, span: SpanKindKey) => `${ledger('funds')}中没有${self(span)}截至 ${asOf} 的收支记录`,
  noBudgetAmount: `${ledger('budget')}中没有大于 0 的预算金额`,
} as const;

export const dimensionLabels = {
  completion: '完成度',
  compliance: '规范性',
  satisfaction: '满意度',
  innovation: '创新性',
} as const;

export const statusLabels = { met: '达标', not_met: '未达标', no_data: '无数据' } as const;

/** A fund row without a 科目. */
export const UNCATEGORISED = '未填科目';
