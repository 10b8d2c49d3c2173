/** Each target's detail type, by id: a target without an entry here does not compile. */
import type { ArchiveDetail } from './archive-completion.ts';
import type { BudgetDetail } from './budget-within.ts';
import type { MentoringDetail } from './mentoring-coverage.ts';
import type { MonthlyDetail } from './monthly-activity.ts';
import type { OfficeMonthlyDetail } from './office-monthly.ts';
import type { OfficePassTrendDetail } from './office-pass-trend.ts';
import type { ParticipationDetail } from './participation-rate.ts';
import type { ProposalDetail } from './proposal-satisfaction.ts';
import type { RoutineDetail } from './routine-completion.ts';
import type { SatisfactionDetail } from './satisfaction-growth.ts';

export interface TargetDetails {
  readonly participation_rate: ParticipationDetail;
  readonly satisfaction_growth: SatisfactionDetail;
  readonly archive_completion: ArchiveDetail;
  readonly proposal_satisfaction: ProposalDetail;
  readonly routine_completion: RoutineDetail;
  readonly monthly_study: MonthlyDetail;
  readonly cadre_training: MonthlyDetail;
  readonly office_monthly: OfficeMonthlyDetail;
  readonly office_pass_trend: OfficePassTrendDetail;
  readonly mentoring_coverage: MentoringDetail;
  readonly budget_within: BudgetDetail;
}
