import { RowRejected, type SheetContext } from './sheet-context.ts';
import { structuralLabel, type StructuralKind } from './structural.ts';

export interface RowAccount {
  readonly rows_read: number;
  readonly rows_used: number;
  readonly rows_skipped: number;
  readonly rows_rejected: number;
}

export interface RowHandler {
  /** Reads one data row. Throw RowRejected to reject it; return 'skipped' for a row that turns out structural. */
  row(r: number): 'used' | 'skipped';
  /** A total or subtotal row, for checking its numbers. */
  total?(r: number, kind: StructuralKind): void;
}

/**
 * Walks a table's rows and accounts for every one of them: rows above and in the header,
 * blank rows, totals and sign-off lines are skipped; data rows are used or rejected.
 */
export function readRows(ctx: SheetContext, handler: RowHandler): RowAccount {
  const read = ctx.sheet.rowCount;
  let used = 0;
  let rejected = 0;
  let skipped = Math.min(read, ctx.firstDataRow);
  const descriptionCol = ctx.col('description');
  for (let r = ctx.firstDataRow; r < read; r++) {
    if (ctx.isBlankRow(r)) {
      skipped++;
      continue;
    }
    const label =
      structuralLabel(ctx.firstText(r)) ??
      (descriptionCol === undefined ? null : structuralLabel(String(ctx.sheet.cell(r, descriptionCol).value ?? '')));
    if (label) {
      skipped++;
      if (label !== 'average' && label !== 'signoff') handler.total?.(r, label);
      continue;
    }
    if (ctx.isExampleRow(r)) {
      skipped++;
      continue;
    }
    try {
      if (handler.row(r) === 'used') used++;
      else skipped++;
    } catch (e) {
      if (!(e instanceof RowRejected)) throw e;
      rejected++;
    }
  }
  return { rows_read: read, rows_used: used, rows_skipped: skipped, rows_rejected: rejected };
}
