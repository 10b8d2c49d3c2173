/**
 * The term's fund rows as one coded table, built once: categories, months and linked
 * activities as small integers (fast to group by), money in whole cents.
 */
import * as aq from 'arquero';
import type { ActivityRecord, FundRecord } from '../ingest/records.ts';
import { fundActivityMatcher } from './fund-activity.ts';
import { UNCATEGORISED } from '../messages/metrics.ts';

export interface FundTable {
  /** Columns: date, cat, month, mc (month × categories + cat), activity (−1 = none), income, expense (cents). */
  readonly table: aq.ColumnTable;
  /** Category names by code: budget categories first, then others as they first appear. */
  readonly categories: readonly string[];
  /** `YYYY-MM` by code, in calendar order. */
  readonly months: readonly string[];
  /** Activity keys by code. */
  readonly activities: readonly string[];
}

const cents = (x: number) => Math.round(x * 100);

function coder(initial: readonly string[] = []) {
  const codes = new Map(initial.map((s, i) => [s, i]));
  return {
    code(s: string): number {
      let c = codes.get(s);
      if (c === undefined) codes.set(s, (c = codes.size));
      return c;
    },
    names: () => [...codes.keys()],
  };
}

export function buildFundTable(funds: readonly FundRecord[], budgetCategories: readonly string[], activities: readonly ActivityRecord[]): FundTable {
  const link = fundActivityMatcher(activities);
  const categories = coder(budgetCategories);
  const activityCodes = coder();
  const months = [...new Set(funds.map((f) => f.date.slice(0, 7)))].sort();
  const monthCode = new Map(months.map((m, i) => [m, i]));
  const cat = funds.map((f) => categories.code(f.category ?? UNCATEGORISED));
  const ncat = categories.names().length;
  const month = funds.map((f) => monthCode.get(f.date.slice(0, 7))!);
  const table = aq.table({
    date: funds.map((f) => f.date),
    cat,
    month,
    mc: month.map((m, i) => m * ncat + cat[i]!),
    activity: funds.map((f) => {
      const a = f.expense !== 0 ? link(f) : null;
      return a ? activityCodes.code(a.key) : -1;
    }),
    income: funds.map((f) => cents(f.income)),
    expense: funds.map((f) => cents(f.expense)),
  });
  return { table, categories: categories.names(), months, activities: activityCodes.names() };
}
