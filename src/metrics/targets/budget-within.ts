import { fundsSummary } from '../funds.ts';
import { noDataText } from '../../messages/metrics.ts';
import { noData, type TargetDef } from './target.ts';

export interface BudgetCategory {
  readonly category: string;
  readonly budget: number | null;
  readonly spent: number;
  readonly ratio: number | null;
  readonly over: boolean | null;
}

export interface BudgetDetail {
  /** The category with the largest spent ÷ budget. */
  readonly worst?: string;
  readonly over: readonly string[];
  readonly categories: readonly BudgetCategory[];
}

export const budgetWithin: TargetDef<'budget_within'> = {
  id: 'budget_within',
  op: '<=',
  target: 1,
  compute(ctx) {
    if (ctx.facts.budget.length === 0) return noData(noDataText.missingLedger('budget'), { over: [], categories: [] });
    const funds = fundsSummary(ctx);
    if (funds.months.length === 0) return noData(noDataText.noSpending(ctx.asOf, ctx.term.kind), { over: [], categories: [] });
    const budgeted = funds.categories.filter((c) => c.ratio !== null);
    const categories = funds.categories.map(({ category, budget, spent, ratio, over }) => ({ category, budget, spent, ratio, over }));
    if (budgeted.length === 0) return noData(noDataText.noBudgetAmount, { over: [], categories });
    const worst = budgeted.reduce((w, c) => (c.ratio! > w.ratio! ? c : w));
    return {
      value: worst.ratio!,
      detail: { worst: worst.category, over: funds.categories.filter((c) => c.over).map((c) => c.category), categories },
    };
  },
};
