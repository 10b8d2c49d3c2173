/**
 * The decision log (督办事项) as of asOf: the term's decisions and those carried over from
 * before it still open at its start, each closed, overdue or open as of asOf.
 */
import type { DecisionRecord } from '../ingest/records.ts';
import { daysBetween } from '../ingest/values/index.ts';
import type { MetricsContext } from './context.ts';

export type DecisionStanding = 'closed' | 'overdue' | 'open';

export interface DecisionRow {
  readonly item: string;
  readonly owner: string | null;
  readonly raised: string | null;
  readonly meeting: string | null;
  readonly deadline: string | null;
  /** As recorded now (an item closed after asOf shows closed). */
  readonly closed: boolean;
  readonly closed_date: string | null;
  readonly state: string | null;
  readonly standing: DecisionStanding;
  /** Days past the deadline as of asOf when overdue, else 0. */
  readonly days_overdue: number;
}

/** Closed by a day: closed with a 销号日期 on or before it, or closed with none (taken as closed all along). */
export const closedBy = (d: Pick<DecisionRecord, 'closed' | 'closedDate'>, day: string): boolean =>
  d.closed && (d.closedDate === null || d.closedDate <= day);

/** Standing of a decision as of a day. */
export function decisionStanding(d: Pick<DecisionRecord, 'closed' | 'closedDate' | 'deadline'>, day: string): DecisionStanding {
  if (closedBy(d, day)) return 'closed';
  return d.deadline !== null && d.deadline < day ? 'overdue' : 'open';
}

export function decisionRows(ctx: MetricsContext): DecisionRow[] {
  const { start } = ctx.term;
  return ctx.records.decisions
    .filter((d) => (d.raisedDate === null || d.raisedDate <= ctx.asOf) && (d.raisedDate === null || d.raisedDate >= start || !closedBy(d, start)))
    .map((d) => {
      const standing = decisionStanding(d, ctx.asOf);
      return {
        item: d.item,
        owner: d.owner,
        raised: d.raisedDate,
        meeting: d.meeting,
        deadline: d.deadline,
        closed: d.closed,
        closed_date: d.closedDate,
        state: d.stateText || null,
        standing,
        days_overdue: standing === 'overdue' ? daysBetween(d.deadline!, ctx.asOf) : 0,
      };
    });
}
