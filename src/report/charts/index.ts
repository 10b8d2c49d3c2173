/** ECharts options for every figure, one builder per file; the dashboard and the PDF reports share them. */
export { renderSvg, type ChartSize, type RenderOptions } from './render-svg.ts';
export { participationChart } from './participation.ts';
export { departmentParticipationChart, type DepartmentParticipation } from './participation-department.ts';
export { officePassRateChart, officeMonthRates } from './office-pass-rate.ts';
export { officeMonthChart } from './office-month.ts';
export { officeHeatmapChart, officeScoresToDate, HEAT_COLOURS } from './office-heatmap.ts';
export { fundsBudgetChart } from './funds-budget.ts';
export { fundsMonthlyChart } from './funds-monthly.ts';
export { activityCostChart } from './funds-cost.ts';
export { satisfactionChart, satisfactionNeeded, shortItem } from './satisfaction.ts';
export { proposalStatesChart, proposalFeedbackChart, proposalCounts, NO_STATE, type ProposalCounts } from './proposals.ts';
export { tasksChart, tasksByMonth, TASK_STATE_WORD } from './tasks.ts';
export { archiveChart, type MaterialCount } from './archive.ts';
export { trendSparkline, targetTrendChart, trendWords, trendMonths } from './trend.ts';
export { FONT_STACK, barListHeight, pct, targetLine, targetText, meets } from './style.ts';
