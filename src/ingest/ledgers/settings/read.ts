import { readRows, type RowAccount } from '../../table/read-rows.ts';
import type { SheetContext } from '../../table/sheet-context.ts';
import { cellText, normalizeName } from '../../values/index.ts';
import type { ReadEnv } from '../env.ts';

/** Key/value rows (项目 | 值), with or without a header row. */
export function readSettings(ctx: SheetContext, env: ReadEnv): RowAccount {
  const keyCol = ctx.col('key') ?? 0;
  const valueCol = ctx.col('value') ?? 1;
  return readRows(ctx, {
    row(r) {
      const key = normalizeName(cellText(ctx.valueAt(r, keyCol))).replace(/[:：]$/u, '');
      if (!key) return 'skipped';
      const raw = ctx.valueAt(r, valueCol);
      env.sink.settings.push({ ref: ctx.ref(r, valueCol), key, value: cellText(raw), raw });
      return 'used';
    },
  });
}
