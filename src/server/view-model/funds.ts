/** `/funds`: budget against spending per category, spending per month, and what each activity cost. */
import type { MetricsResult } from '../../metrics/index.ts';
import { activityCostChart, barListHeight, fundsBudgetChart, fundsMonthlyChart } from '../../report/charts/index.ts';
import { dateZh, money, monthZh, percent } from '../../messages/format.ts';
import { blanks, pageText } from '../../messages/pages.ts';
import { STATUS_COLOUR } from '../../report/status.ts';
import { chartBlock, type ChartBlock } from './chart-block.ts';
import { targetPanels, type TargetView } from './targets.ts';

export interface FundsView {
  readonly panels: readonly TargetView[];
  readonly totals: { spent: string; income: string; balance: string };
  readonly budgetChart: ChartBlock | null;
  readonly categories: readonly { category: string; budget: string; spent: string; ratio: string; state: string; colour: string }[];
  readonly monthlyChart: ChartBlock | null;
  readonly months: readonly { month: string; spent: string; income: string }[];
  readonly costChart: ChartBlock | null;
  readonly activities: readonly { name: string; date: string; spent: string; participants: string; perHead: string }[];
}

export function fundsView(m: MetricsResult): FundsView {
  const f = m.funds;
  return {
    panels: targetPanels(m, ['budget_within']),
    totals: { spent: money(f.total_spent), income: money(f.total_income), balance: money(f.balance) },
    budgetChart: f.categories.length
      ? chartBlock('funds-budget', pageText.funds.budgetChart, fundsBudgetChart(m), { width: 860, height: barListHeight(f.categories.length, 48) })
      : null,
    categories: f.categories.map((c) => ({
      category: c.category,
      budget: money(c.budget),
      spent: money(c.spent),
      ratio: percent(c.ratio),
      state: c.over === null ? pageText.funds.state.none : c.over ? pageText.funds.state.over : pageText.funds.state.within,
      colour: c.over === null ? STATUS_COLOUR.no_data : c.over ? STATUS_COLOUR.not_met : STATUS_COLOUR.met,
    })),
    monthlyChart: f.months.length ? chartBlock('funds-monthly', pageText.funds.monthlyChart, fundsMonthlyChart(m), { width: 860, height: 380 }) : null,
    months: f.months.map((x) => ({ month: monthZh(x.month), spent: money(x.spent), income: money(x.income) })),
    costChart: f.activities.length
      ? chartBlock('funds-activities', pageText.funds.costChart, activityCostChart(m), { width: 860, height: barListHeight(f.activities.length, 34) })
      : null,
    activities: f.activities.map((a) => ({
      name: a.name,
      date: dateZh(a.date),
      spent: money(a.spent),
      participants: a.participants === null ? blanks.signIn : pageText.funds.participants(a.participants),
      perHead: money(a.cost_per_participant),
    })),
  };
}
