import { fundsSummary } from '../funds.ts';
import { noDataText } from '../../messages/metrics.ts';
import { noData, type TargetDef } from './target.ts';

export const budgetWithin: TargetDef = {
  id: 'budget_within',
  label: '经费预算执行不超支',
  op: '<=',
  target: 1,
  clause: '工会经费按预算执行，各科目支出不超过预算',
  compute(ctx) {
    if (ctx.facts.budget.length === 0) return noData(noDataText.missingLedger('budget'));
    const funds = fundsSummary(ctx);
    if (funds.months.length === 0) return noData(noDataText.noSpending(ctx.asOf));
    const budgeted = funds.categories.filter((c) => c.ratio !== null);
    const categories = funds.categories.map(({ category, budget, spent, ratio, over }) => ({ category, budget, spent, ratio, over }));
    if (budgeted.length === 0) return noData(noDataText.noBudgetAmount, { categories });
    const worst = budgeted.reduce((w, c) => (c.ratio! > w.ratio! ? c : w));
    return {
      value: worst.ratio!,
      detail: { worst: worst.category, over: funds.categories.filter((c) => c.over).map((c) => c.category), categories },
    };
  },
};
