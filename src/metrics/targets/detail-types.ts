/** The detail types of the targets, for the views that read them. */
export type { ArchiveDetail } from './archive-completion.ts';
export type { BudgetCategory, BudgetDetail } from './budget-within.ts';
export type { MentoringDetail, MentoringPair } from './mentoring-coverage.ts';
export type { MonthlyDetail } from './monthly-activity.ts';
export type { OfficeMonthlyDetail } from './office-monthly.ts';
export type { OfficePassTrendDetail, PassChange } from './office-pass-trend.ts';
export type { ParticipationActivity, ParticipationDetail } from './participation-rate.ts';
export type { ProposalBrief, ProposalDetail } from './proposal-satisfaction.ts';
export type { RoutineDetail, TaskBrief } from './routine-completion.ts';
export type { SatisfactionDetail, SatisfactionItem } from './satisfaction-growth.ts';
