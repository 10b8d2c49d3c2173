/**
 * The 考核细则 rows with the figure each one is scored from. A row whose rule needs a figure
 * that names none we know is warned at its rule cell and left to be scored by hand.
 */
import { makeIssue, type LedgerIssue } from '../../ingest/issues.ts';
import type { RubricRecord } from '../../ingest/records.ts';
import { resolveFigure, type FigureId } from './figures.ts';

export interface ResolvedRubricItem {
  readonly record: RubricRecord;
  /** Null: no rule, or a rule whose figure is unknown (`unknownSource`). */
  readonly figure: FigureId | null;
  readonly unknownSource: boolean;
}

export function resolveRubric(rows: readonly RubricRecord[]): { items: ResolvedRubricItem[]; issues: LedgerIssue[] } {
  const issues: LedgerIssue[] = [];
  const items = rows.map((record): ResolvedRubricItem => {
    if (record.rule === null) return { record, figure: null, unknownSource: false };
    // The 数据来源 or the rule's own reference; else the item's words may name a target.
    const named = record.source ?? record.item;
    const figure = resolveFigure(named);
    if (figure === null) issues.push(makeIssue(record.ruleRef ?? record.ref, 'rubric_unknown_source', { text: named }));
    return { record, figure, unknownSource: figure === null };
  });
  return { items, issues };
}
