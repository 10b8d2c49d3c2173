/**
 * `/review`: the upper union's 考核细则 scored from the ledgers (the term report's view of it);
 * without a rubric, how to add one and the four-dimension evaluation there is today.
 */
import type { MetricsResult } from '../../metrics/index.ts';
import { rubricText } from '../../messages/rubric.ts';
import { evaluationView } from '../../report/term/evaluation.ts';
import { rubricView, type RubricView } from '../../report/term/rubric.ts';
import type { TableView } from '../../report/view/table.ts';

export interface ReviewView {
  readonly rubric: RubricView | null;
  /** Without a rubric: how to add one, and today's evaluation. */
  readonly help: { readonly lines: readonly string[]; readonly lead: string; readonly evaluation: TableView; readonly total: string; readonly notes: readonly string[] } | null;
}

export function reviewView(m: MetricsResult): ReviewView {
  const rubric = rubricView(m);
  if (rubric) return { rubric, help: null };
  const evaluation = evaluationView(m);
  return {
    rubric: null,
    help: { lines: [rubricText.none, rubricText.noneColumns, rubricText.noneRules], lead: rubricText.noneEvaluation, evaluation: evaluation.table, total: evaluation.total, notes: evaluation.notes },
  };
}
