import type { IssueLog } from './issues.ts';
import type { RecordSink } from './ledgers/env.ts';
import type { FundRecord } from './records.ts';

/** A category compared across ledger and budget: without a trailing 支出/经费/费用. */
export const categoryKey = (name: string) => name.replace(/(支出|经费|费用|开支)$/u, '') || name;

/**
 * Checks between ledgers once all are read: spending categories missing from the budget
 * (ledger categories take the budget's spelling). Checks that depend on a day, such as a
 * 文体活动 without sign-ins, are metrics' (they differ by as-of).
 */
export function linkLedgers(sink: RecordSink, log: IssueLog): void {
  if (sink.budget.length === 0) return;
  const budgetNames = new Map(sink.budget.map((b) => [categoryKey(b.category), b.category]));
  const warned = new Set<string>();
  sink.funds = sink.funds.map((f): FundRecord => {
    if (f.category === null) return f;
    const budgetName = budgetNames.get(categoryKey(f.category));
    if (budgetName !== undefined) return budgetName === f.category ? f : { ...f, category: budgetName };
    if (f.expense > 0 && !warned.has(f.category)) {
      warned.add(f.category);
      log.add({ ...f.ref, cell: f.categoryCell ?? f.ref.cell }, 'unbudgeted_category', { text: f.category });
    }
    return f;
  });
}
