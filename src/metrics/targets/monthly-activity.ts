/** "Every working month has at least one activity of these categories", shared by two targets. */
import type { ActivityCategory } from '../../ingest/records.ts';
import { clean, countedMonths, upToAsOf, type MetricsContext } from '../context.ts';
import { noDataText } from '../../messages/metrics.ts';
import { noData, type Outcome } from './target.ts';

export interface MonthlyDetail {
  /** Working months counted so far: ended by asOf, or already with such an activity. */
  readonly months: number;
  readonly months_without: readonly string[];
  /** The month still in progress without such an activity yet (neither met nor missed). */
  readonly months_in_progress: readonly string[];
  readonly by_month: readonly { readonly month: string; readonly activities: readonly { readonly name: string; readonly date: string }[] }[];
}

const EMPTY: MonthlyDetail = { months: 0, months_without: [], months_in_progress: [], by_month: [] };

export function monthlyActivity(ctx: MetricsContext, categories: readonly ActivityCategory[]): Outcome<MonthlyDetail> {
  if (ctx.records.activities.length === 0) return noData(noDataText.missingLedger('activities'), EMPTY);
  if (ctx.facts.activities.length === 0) return noData(noDataText.noActivitiesInTerm(ctx.term.label), EMPTY);
  const held = ctx.facts.activities.filter((s) => categories.includes(s.activity.category) && upToAsOf(ctx, s.activity.date));
  const heldIn = (month: string) => held.filter((s) => s.activity.date.startsWith(month)).map((s) => ({ name: s.activity.name, date: s.activity.date }));
  const { counted, inProgress } = countedMonths(ctx, (m) => heldIn(m).length > 0);
  const byMonth = [...counted, ...inProgress].sort().map((month) => ({ month, activities: heldIn(month) }));
  const detail = { months: counted.length, months_without: counted.filter((m) => heldIn(m).length === 0), months_in_progress: inProgress, by_month: byMonth };
  if (counted.length === 0) return noData(inProgress.length ? noDataText.monthInProgress(inProgress[0]!) : noDataText.noWorkingMonths(ctx.asOf, ctx.term.kind), detail);
  return { value: clean((counted.length - detail.months_without.length) / counted.length), detail };
}
