/** Metrics: the term plan's targets, funds, the term-end evaluation and the month view. */
export { computeMetrics, type MetricsOptions } from './compute.ts';
export { monthView, type MonthView, type MonthTask } from './month-view.ts';
export { isMonth } from './months.ts';
export { isYmd } from './period.ts';
export { TARGETS } from './targets/registry.ts';
export type { TargetDef, Outcome, Detail } from './targets/target.ts';
export type { MetricsResult, TargetResult, TrendPoint, ActivityRow, OfficeScoreRow, TaskRow } from './result.ts';
export type { FundsSummary, FundCategory, FundMonth, FundActivity } from './funds.ts';
export type { Evaluation, Dimension, DimensionId } from './evaluation.ts';
export type { ArchiveMatrix, ArchiveMatrixRow, MaterialCount } from './archive-matrix.ts';
export type { ProposalSummary, ProposalRow } from './proposal-summary.ts';
export type { ParticipationBreakdown, DepartmentParticipationRow, AbsenteeRow } from './participation-breakdown.ts';
export type { Status } from './status.ts';
export type { MetricsSettings } from './settings.ts';
export { statusLabels, dimensionLabels } from '../messages/metrics.ts';
export { metricsOptionsFor, metricsJson, type Period } from './run-options.ts';
export { issuesAsOf } from './prepare.ts';
