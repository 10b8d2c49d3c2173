/** "Every working month has at least one activity of these categories", shared by two targets. */
import type { ActivityCategory } from '../../ingest/records.ts';
import { clean, upToAsOf, workingMonthsSoFar, type MetricsContext } from '../context.ts';
import { noDataText } from '../../messages/metrics.ts';
import { noData, type Outcome } from './target.ts';

export interface MonthlyDetail {
  /** Working months counted so far. */
  readonly months: number;
  readonly months_without: readonly string[];
  readonly by_month: readonly { readonly month: string; readonly activities: readonly { readonly name: string; readonly date: string }[] }[];
}

const EMPTY: MonthlyDetail = { months: 0, months_without: [], by_month: [] };

export function monthlyActivity(ctx: MetricsContext, categories: readonly ActivityCategory[]): Outcome<MonthlyDetail> {
  if (ctx.records.activities.length === 0) return noData(noDataText.missingLedger('activities'), EMPTY);
  const months = workingMonthsSoFar(ctx);
  if (months.length === 0) return noData(noDataText.noWorkingMonths(ctx.asOf), EMPTY);
  const held = ctx.facts.activities.filter((s) => categories.includes(s.activity.category) && upToAsOf(ctx, s.activity.date));
  const byMonth = months.map((month) => ({
    month,
    activities: held.filter((s) => s.activity.date.startsWith(month)).map((s) => ({ name: s.activity.name, date: s.activity.date })),
  }));
  const without = byMonth.filter((m) => m.activities.length === 0).map((m) => m.month);
  return {
    value: clean((months.length - without.length) / months.length),
    detail: { months: months.length, months_without: without, by_month: byMonth },
  };
}
