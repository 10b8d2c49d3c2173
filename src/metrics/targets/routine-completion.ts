import type { TaskRecord } from '../../ingest/records.ts';
import { clean, upToAsOf } from '../context.ts';
import { noDataText } from '../../messages/metrics.ts';
import { noData, type TargetDef } from './target.ts';

/** Done by a day: a 完成日期 after it means the task was still open then. */
export const doneBy = (t: TaskRecord, day: string): boolean => t.done && (t.doneDate === null || t.doneDate <= day);

const brief = (t: TaskRecord) => ({ task: t.task, owner: t.owner, due: t.due, state: t.stateText || null });

export const routineCompletion: TargetDef = {
  id: 'routine_completion',
  label: '常规工作完成率',
  op: '>=',
  target: 1,
  clause: '工作台账所列常规工作按时完成，完成率 100%',
  compute(ctx) {
    const tasks = ctx.records.tasks;
    if (tasks.length === 0) return noData(noDataText.missingLedger('tasks'));
    const due = tasks.filter((t) => upToAsOf(ctx, t.due));
    const done = due.filter((t) => doneBy(t, ctx.asOf));
    const byDue = (a: TaskRecord, b: TaskRecord) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0);
    const detail = {
      due: due.length,
      done: done.length,
      /** Due by asOf and not done: overdue. */
      open: due.filter((t) => !doneBy(t, ctx.asOf)).sort(byDue).map(brief),
      /** Not done and due later in the term. */
      upcoming: tasks
        .filter((t) => t.due > ctx.asOf && t.due <= ctx.term.end && !doneBy(t, ctx.asOf))
        .sort(byDue)
        .map(brief),
    };
    if (due.length === 0) return noData(noDataText.noTasksDue(ctx.asOf), detail);
    return { value: clean(done.length / due.length), detail };
  },
};
