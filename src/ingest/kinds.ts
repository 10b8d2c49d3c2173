import type { Field } from './columns.ts';

export type LedgerKind =
  | 'roster'
  | 'activities'
  | 'participation'
  | 'offices'
  | 'funds'
  | 'budget'
  | 'survey'
  | 'proposals'
  | 'archive'
  | 'tasks'
  | 'mentoring'
  | 'targets'
  | 'settings';

export interface KindSpec {
  readonly id: LedgerKind;
  /** Keywords in the sheet or file name. */
  readonly keywords: readonly string[];
  /** The fields this ledger reads; the header row is the row matching most of them. */
  readonly fields: readonly Field[];
}

/** ledgers.md §1. Order matters only for display. */
export const KINDS: readonly KindSpec[] = [
  {
    id: 'roster',
    keywords: ['名册', '花名册', '教职工名单', '会员', '名单', '职工信息', '教职工信息'],
    fields: ['staffId', 'name', 'department', 'gender', 'birthDate', 'status', 'youngFlag'],
  },
  {
    id: 'activities',
    keywords: ['活动台账', '活动安排', '活动登记', '活动计划', '活动一览'],
    fields: ['activity', 'date', 'category', 'range', 'place', 'owner'],
  },
  {
    id: 'participation',
    keywords: ['签到', '参与', '考勤', '参加'],
    fields: ['activity', 'date', 'name', 'staffId', 'department', 'mark'],
  },
  {
    id: 'offices',
    keywords: ['文明办公室', '办公室评比', '办公室考评', '办公室评分'],
    fields: ['office', 'month', 'total'],
  },
  {
    id: 'funds',
    keywords: ['经费', '收支', '明细账', '台账', '流水', '账目'],
    fields: ['date', 'voucher', 'description', 'fundCategory', 'income', 'expense', 'activity'],
  },
  { id: 'budget', keywords: ['预算'], fields: ['fundCategory', 'budgetAmount', 'term'] },
  { id: 'survey', keywords: ['满意度', '问卷', '测评'], fields: ['term', 'department', 'submittedAt'] },
  {
    id: 'proposals',
    keywords: ['提案'],
    fields: ['proposalId', 'proposalTitle', 'proposer', 'unit', 'proposalState', 'replyDate', 'feedback', 'term'],
  },
  { id: 'archive', keywords: ['归档', '档案', '资料'], fields: ['activity', 'date'] },
  {
    id: 'tasks',
    keywords: ['工作台账', '任务', '工作清单', '工作计划', '工作安排'],
    fields: ['task', 'owner', 'due', 'taskState', 'doneDate'],
  },
  { id: 'mentoring', keywords: ['结对', '青蓝', '师徒', '导师'], fields: ['young', 'mentor', 'term'] },
  { id: 'targets', keywords: ['目标', '指标'], fields: ['indicator', 'targetValue'] },
  { id: 'settings', keywords: ['设置', '参数', '基本信息'], fields: ['key', 'value'] },
];

export const kindSpec = (id: LedgerKind): KindSpec => KINDS.find((k) => k.id === id)!;
