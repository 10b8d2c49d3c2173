import { issueWords } from '../../../messages/issues.ts';
import { readRows, type RowAccount } from '../../table/read-rows.ts';
import { RowRejected, type SheetContext } from '../../table/sheet-context.ts';
import { cellText, parseAmount, parseDate } from '../../values/index.ts';
import type { ReadEnv } from '../env.ts';
import { fundCategoryName } from '../fund-category.ts';
import { TotalsCheck } from '../totals.ts';

/** A category ending in 收入 is income. */
const INCOME_CATEGORY = /收入$/u;

/**
 * The fund ledger: separate 收入/支出 (借方/贷方) columns, or one 金额 column whose
 * direction comes from the category (a category ending in 收入 is income).
 */
export function readFunds(ctx: SheetContext, env: ReadEnv): RowAccount {
  const incomeCol = ctx.col('income');
  const expenseCol = ctx.col('expense');
  const twoSided = incomeCol !== undefined && expenseCol !== undefined;
  const amountCols = [incomeCol, expenseCol].filter((c): c is number => c !== undefined);
  const totals = new TotalsCheck(ctx, amountCols);
  return readRows(ctx, {
    row(r) {
      const income = incomeCol === undefined ? null : ctx.parseAt(r, incomeCol, parseAmount);
      const expense = expenseCol === undefined ? null : ctx.parseAt(r, expenseCol, parseAmount);
      const hasDate = ctx.text(r, 'date') !== '';
      const description = ctx.text(r, 'description');
      if (income === null && expense === null) {
        if (hasDate && description) {
          ctx.log.add(ctx.rowPlace(r), 'missing_amount', {});
          throw new RowRejected();
        }
        return 'skipped';
      }
      if (!hasDate && !description && !ctx.text(r, 'fundCategory')) {
        // an unlabelled total line: amounts alone under the detail
        totals.check(r, 'total', issueWords.totalRow);
        return 'skipped';
      }
      ctx.requiredText(r, 'date');
      const date = ctx.parseAt(r, ctx.col('date')!, (v) => parseDate(v, ctx.dates));
      const categoryText = ctx.text(r, 'fundCategory');
      const category = categoryText ? fundCategoryName(categoryText) : null;
      let inc = income ?? 0;
      let exp = expense ?? 0;
      if (!twoSided && category !== null && INCOME_CATEGORY.test(category)) {
        inc = exp + inc;
        exp = 0;
      }
      if (incomeCol !== undefined && income !== null) totals.add(incomeCol, income);
      if (expenseCol !== undefined && expense !== null) totals.add(expenseCol, expense);
      env.sink.funds.push({
        ref: ctx.ref(r, (expense !== null ? expenseCol : incomeCol) ?? ctx.col('date')),
        date,
        description,
        category,
        categoryCell: ctx.has('fundCategory') ? ctx.place(r, ctx.col('fundCategory')!).cell : null,
        income: inc,
        expense: exp,
        voucher: ctx.optionalText(r, 'voucher'),
        activity: ctx.optionalText(r, 'activity'),
      });
      return 'used';
    },
    total(r, kind) {
      totals.check(r, kind, cellText(ctx.sheet.cell(r, ctx.col('description') ?? 0).value) || ctx.firstText(r));
    },
  });
}
