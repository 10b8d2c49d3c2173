import { readRows, type RowAccount } from '../../table/read-rows.ts';
import type { SheetContext } from '../../table/sheet-context.ts';
import { parseDecisionState } from '../../values/index.ts';
import type { ReadEnv } from '../env.ts';

export function readDecisions(ctx: SheetContext, env: ReadEnv): RowAccount {
  return readRows(ctx, {
    row(r) {
      const item = ctx.requiredText(r, 'decision');
      const closedDate = ctx.optionalDate(r, 'closedDate');
      const state = parseDecisionState(ctx.value(r, 'decisionState'));
      env.sink.decisions.push({
        ref: ctx.ref(r, ctx.col('decision')),
        item: item.trim(),
        owner: ctx.optionalText(r, 'owner'),
        raisedDate: ctx.optionalDate(r, 'raisedDate'),
        meeting: ctx.optionalText(r, 'meeting'),
        deadline: ctx.optionalDate(r, 'deadline'),
        stateText: state.text,
        closed: state.done || closedDate !== null,
        closedDate,
        note: ctx.optionalText(r, 'note'),
      });
      return 'used';
    },
  });
}
