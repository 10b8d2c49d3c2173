import { readRows, type RowAccount } from '../../table/read-rows.ts';
import type { SheetContext } from '../../table/sheet-context.ts';
import { parseDate, parseTaskState } from '../../values/index.ts';
import type { ReadEnv } from '../env.ts';

export function readTasks(ctx: SheetContext, env: ReadEnv): RowAccount {
  return readRows(ctx, {
    row(r) {
      const task = ctx.requiredText(r, 'task');
      ctx.requiredText(r, 'due');
      const due = ctx.parseAt(r, ctx.col('due')!, (v) => parseDate(v, ctx.dates));
      const doneDate = ctx.optionalDate(r, 'doneDate');
      const state = parseTaskState(ctx.value(r, 'taskState'));
      env.sink.tasks.push({
        ref: ctx.ref(r, ctx.col('task')),
        task: task.trim(),
        owner: ctx.optionalText(r, 'owner'),
        due,
        stateText: state.text,
        done: state.done || doneDate !== null,
        doneDate,
      });
      return 'used';
    },
  });
}
