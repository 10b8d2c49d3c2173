import { issueWords } from '../../../messages/issues.ts';
import { readRows, type RowAccount } from '../../table/read-rows.ts';
import { RowRejected, type SheetContext } from '../../table/sheet-context.ts';
import { parseAmount } from '../../values/index.ts';
import { termIdString } from '../../../term/term.ts';
import { termOfText } from '../term-text.ts';
import type { ReadEnv } from '../env.ts';
import { fundCategoryName } from '../fund-category.ts';
import { TotalsCheck } from '../totals.ts';

export function readBudget(ctx: SheetContext, env: ReadEnv): RowAccount {
  const amountCol = ctx.col('budgetAmount')!;
  const totals = new TotalsCheck(ctx, [amountCol]);
  return readRows(ctx, {
    row(r) {
      const category = fundCategoryName(ctx.requiredText(r, 'fundCategory'));
      const amount = ctx.parseAt(r, amountCol, parseAmount);
      if (amount === null) {
        ctx.issue(r, amountCol, 'missing_value', { field: issueWords.budgetAmount });
        throw new RowRejected();
      }
      totals.add(amountCol, amount);
      const term = termOfText(ctx, r, env);
      env.sink.budget.push({ ref: ctx.ref(r, amountCol), category, amount, term: term ? termIdString(term) : null });
      return 'used';
    },
    total(r, kind) {
      totals.check(r, kind, ctx.firstText(r));
    },
  });
}
