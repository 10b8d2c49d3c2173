/** The term plan's targets, in the order the plan lists them. */
import { archiveCompletion } from './archive-completion.ts';
import { budgetWithin } from './budget-within.ts';
import { cadreTraining } from './cadre-training.ts';
import { mentoringCoverage } from './mentoring-coverage.ts';
import { monthlyStudy } from './monthly-study.ts';
import { officeMonthly } from './office-monthly.ts';
import { officePassTrend } from './office-pass-trend.ts';
import { participationRate } from './participation-rate.ts';
import { proposalSatisfaction } from './proposal-satisfaction.ts';
import { routineCompletion } from './routine-completion.ts';
import { satisfactionGrowth } from './satisfaction-growth.ts';
import type { TargetDef } from './target.ts';

export const TARGETS: readonly TargetDef[] = [
  participationRate,
  satisfactionGrowth,
  archiveCompletion,
  proposalSatisfaction,
  routineCompletion,
  monthlyStudy,
  cadreTraining,
  officeMonthly,
  officePassTrend,
  mentoringCoverage,
  budgetWithin,
];
