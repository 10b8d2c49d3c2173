import { readRows, type RowAccount } from '../../table/read-rows.ts';
import type { SheetContext } from '../../table/sheet-context.ts';
import { parsePercent } from '../../values/index.ts';
import type { ReadEnv } from '../env.ts';

export function readTargets(ctx: SheetContext, env: ReadEnv): RowAccount {
  const valueCol = ctx.col('targetValue')!;
  return readRows(ctx, {
    row(r) {
      const target = ctx.requiredText(r, 'indicator');
      ctx.requiredText(r, 'targetValue');
      const parsed = ctx.parseAt(r, valueCol, parsePercent);
      env.sink.targets.push({
        ref: ctx.ref(r, valueCol),
        target: target.trim(),
        value: parsed.value,
        op: parsed.op,
        text: ctx.text(r, 'targetValue'),
      });
      return 'used';
    },
  });
}
