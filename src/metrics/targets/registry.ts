/** The term plan's targets by id; the order of TARGET_IDS is the plan's. */
import { archiveCompletion } from './archive-completion.ts';
import { budgetWithin } from './budget-within.ts';
import { cadreTraining } from './cadre-training.ts';
import { TARGET_IDS, type TargetId } from './ids.ts';
import { mentoringCoverage } from './mentoring-coverage.ts';
import { monthlyStudy } from './monthly-study.ts';
import { officeMonthly } from './office-monthly.ts';
import { officePassTrend } from './office-pass-trend.ts';
import { participationRate } from './participation-rate.ts';
import { proposalSatisfaction } from './proposal-satisfaction.ts';
import { routineCompletion } from './routine-completion.ts';
import { satisfactionGrowth } from './satisfaction-growth.ts';
import type { TargetDef } from './target.ts';

export const TARGET_DEFS: { readonly [K in TargetId]: TargetDef<K> } = {
  participation_rate: participationRate,
  satisfaction_growth: satisfactionGrowth,
  archive_completion: archiveCompletion,
  proposal_satisfaction: proposalSatisfaction,
  routine_completion: routineCompletion,
  monthly_study: monthlyStudy,
  cadre_training: cadreTraining,
  office_monthly: officeMonthly,
  office_pass_trend: officePassTrend,
  mentoring_coverage: mentoringCoverage,
  budget_within: budgetWithin,
};

/** In the plan's order. */
export const TARGETS: readonly TargetDef[] = TARGET_IDS.map((id) => TARGET_DEFS[id] as TargetDef);
