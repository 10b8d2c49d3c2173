import type { TaskRecord } from '../../ingest/records.ts';
import { clean, upToAsOf } from '../context.ts';
import { doneBy } from '../done-by.ts';
import { daysBetween } from '../../ingest/values/index.ts';
import { noDataText } from '../../messages/metrics.ts';
import { noData, type TargetDef } from './target.ts';

export interface TaskBrief {
  readonly task: string;
  readonly owner: string | null;
  readonly due: string;
  readonly state: string | null;
  /** Days past due as of asOf (0 when not yet late). */
  readonly days_overdue: number;
}

export interface RoutineDetail {
  /** Tasks due in the term by as-of. */
  readonly due: number;
  /** Of those, done by as-of. */
  readonly done: number;
  /** Due by as-of and not done by then: overdue. */
  readonly open: readonly TaskBrief[];
  /** Not done and due later in the term. */
  readonly upcoming: readonly TaskBrief[];
}

const EMPTY: RoutineDetail = { due: 0, done: 0, open: [], upcoming: [] };

const brief =
  (asOf: string) =>
  (t: TaskRecord): TaskBrief => ({ task: t.task, owner: t.owner, due: t.due, state: t.stateText || null, days_overdue: t.due < asOf ? daysBetween(t.due, asOf) : 0 });
const byDue = (a: TaskRecord, b: TaskRecord) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0);

export const routineCompletion: TargetDef<'routine_completion'> = {
  id: 'routine_completion',
  op: '>=',
  target: 1,
  compute(ctx) {
    const tasks = ctx.records.tasks;
    if (tasks.length === 0) return noData(noDataText.missingLedger('tasks'), EMPTY);
    const due = tasks.filter((t) => upToAsOf(ctx, t.due));
    const done = due.filter((t) => doneBy(t, ctx.asOf));
    const detail: RoutineDetail = {
      due: due.length,
      done: done.length,
      open: due.filter((t) => !doneBy(t, ctx.asOf)).sort(byDue).map(brief(ctx.asOf)),
      upcoming: tasks
        .filter((t) => t.due > ctx.asOf && t.due <= ctx.term.end && !doneBy(t, ctx.asOf))
        .sort(byDue)
        .map(brief(ctx.asOf)),
    };
    if (due.length === 0) return noData(noDataText.noTasksDue(ctx.asOf, ctx.term.kind), detail);
    return { value: clean(done.length / due.length), detail };
  },
};
