/** One early warning (预警): what is about to go wrong, what to do, and where the data is. */
import type { LedgerKind } from '../../ingest/kinds.ts';
import type { TargetId } from '../targets/ids.ts';

export type WarningCode =
  | 'monthly_study_due'
  | 'cadre_training_due'
  | 'office_scores_due'
  | 'office_scores_missed'
  | 'fund_near_budget'
  | 'fund_over_budget'
  | 'proposal_reply_late'
  | 'task_due_soon'
  | 'participation_low'
  | 'decision_overdue';

export interface Warning {
  readonly code: WarningCode;
  /** Stable identity: the same warning on a later day keeps its key, so it is pushed once. */
  readonly key: string;
  readonly text: string;
  /** What to do about it. */
  readonly action: string;
  /** Where the data is: the ledger, and the file › sheet it was read from. */
  readonly where: string;
  readonly ledger: LedgerKind;
  /** The target whose card it belongs to, if any. */
  readonly target: TargetId | null;
}
