/**
 * Funds as of asOf: spending per category (every budget category and every category with
 * spending), per month, per activity; income and balance. Income is never spending.
 * Sums are taken in whole cents.
 */
import * as aq from 'arquero';
import { roundCents } from '../ingest/values/index.ts';
import { clean, type MetricsContext } from './context.ts';

export interface FundCategory {
  readonly category: string;
  /** Null when the category has no budget line. */
  readonly budget: number | null;
  readonly spent: number;
  readonly ratio: number | null;
  readonly over: boolean | null;
}

export interface FundMonth {
  readonly month: string;
  readonly spent: number;
  readonly income: number;
  readonly categories: readonly { readonly category: string; readonly spent: number }[];
}

export interface FundActivity {
  readonly name: string;
  readonly date: string;
  readonly spent: number;
  /** People marked present (anyone); null without sign-in records. */
  readonly participants: number | null;
  readonly cost_per_participant: number | null;
}

export interface FundsSummary {
  readonly categories: readonly FundCategory[];
  /** Months with any fund row, in order. */
  readonly months: readonly FundMonth[];
  readonly activities: readonly FundActivity[];
  readonly total_spent: number;
  readonly total_income: number;
  /** Income minus spending within the term up to asOf (the ledger's opening balance is not included). */
  readonly balance: number;
}

const op = aq.op;
const yuan = (c: number) => roundCents(c / 100);

type Sum = { spent: number; income: number };

/** Sums of spending and income in cents per value of an integer column. */
function sumBy(table: aq.ColumnTable, column: string): Map<number, Sum> {
  const rows = table
    .groupby(column)
    .rollup({ spent: op.sum('expense'), income: op.sum('income') })
    .objects() as (Sum & Record<string, number>)[];
  return new Map(rows.map((r) => [r[column]!, r]));
}

export function fundsSummary(ctx: MetricsContext): FundsSummary {
  const f = ctx.facts.fundTable;
  // params() is typed as returning the table or its params; with values it returns the table.
  const withParams = f.table.params({ from: ctx.term.start, to: ctx.asOf }) as aq.ColumnTable;
  const rows = withParams.filter((d, $) => d.date >= $.from && d.date <= $.to);
  const spending = rows.filter((d) => d.expense !== 0);

  const byCategory = sumBy(spending, 'cat');
  const budget = new Map(ctx.facts.budget.map((b) => [b.category, b.amount]));
  const categories = f.categories.flatMap((category, code): FundCategory[] => {
    const b = budget.get(category);
    const spent = byCategory.get(code);
    if (b === undefined && !spent) return [];
    const yuanSpent = yuan(spent?.spent ?? 0);
    return [{ category, budget: b ?? null, spent: yuanSpent, ratio: b !== undefined && b > 0 ? clean(yuanSpent / b) : null, over: b === undefined ? null : yuanSpent > b }];
  });

  const byMonth = sumBy(rows, 'month');
  const byMonthCategory = sumBy(spending, 'mc');
  const ncat = f.categories.length;
  const months = f.months.flatMap((month, m): FundMonth[] => {
    const s = byMonth.get(m);
    if (!s) return [];
    const perCategory = f.categories.flatMap((category, c) => {
      const x = byMonthCategory.get(m * ncat + c);
      return x ? [{ category, spent: yuan(x.spent) }] : [];
    });
    return [{ month, spent: yuan(s.spent), income: yuan(s.income), categories: perCategory }];
  });

  const byActivity = sumBy(spending.filter((d) => d.activity >= 0), 'activity');
  const activityCode = new Map(f.activities.map((k, i) => [k, i]));
  const activities = ctx.facts.activities.flatMap((s): FundActivity[] => {
    const code = activityCode.get(s.activity.key);
    const x = code === undefined ? undefined : byActivity.get(code);
    if (!x) return [];
    const spent = yuan(x.spent);
    const participants = s.records > 0 ? s.attendees : null;
    return [{ name: s.activity.name, date: s.activity.date, spent, participants, cost_per_participant: participants ? roundCents(spent / participants) : null }];
  });

  const total = rows.rollup({ spent: op.sum('expense'), income: op.sum('income') }).object() as { spent: number | undefined; income: number | undefined };
  const [spentCents, incomeCents] = [total.spent ?? 0, total.income ?? 0];
  return {
    categories,
    months,
    activities,
    total_spent: yuan(spentCents),
    total_income: yuan(incomeCents),
    balance: yuan(incomeCents - spentCents),
  };
}
