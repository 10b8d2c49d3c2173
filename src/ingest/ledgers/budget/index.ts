/** The budget ledger (ledgers.md §1, §3, §5). */
import type { LedgerDef } from '../ledger.ts';
import { text, amount } from '../sheet-template.ts';
import { readBudget } from './read.ts';

export const budgetLedger: LedgerDef<'budget'> = {
  keywords: ['预算'],
  fields: ['fundCategory', 'budgetAmount', 'term'],
  required: ['科目', '预算'],
  fingerprint: (h) => (h.has('fundCategory') && h.has('budgetAmount') ? 0 : -1),
  records: 'budget',
  read: readBudget,
  template: { name: '经费预算', columns: [text('科目', 20), amount('预算金额')] },
};
