/**
 * One SheetJS worksheet (dense mode) into the neutral sheet model, with the same merge
 * handling as the xlsx reader (excel/fast/sheet.ts): cells a merge covers lose their own
 * values, and the merges are listed in the order that reader lists them.
 */
import type { WorkSheet } from '@e965/xlsx';
import { clearMergedAway, orderedMerges, type Row } from '../excel/fast/merges.ts';
import { GridBuilder } from '../grid.ts';
import type { MergeRange, SheetModel } from '../model.ts';
import { cellFromSheetJs } from './cell-value.ts';

/** Counts cells across a workbook and stops the read once there are more than allowed. */
export interface CellBudget {
  /** Called once per non-blank cell; throws when the workbook has too many. */
  take(): void;
}

export function readSheetJsSheet(ws: WorkSheet, name: string, date1904: boolean, budget: CellBudget): SheetModel {
  const rows: (Row | undefined)[] = [];
  (ws['!data'] ?? []).forEach((line, r) => {
    if (!line) return;
    const row: Row = [];
    line.forEach((c, col) => {
      if (!c) return;
      const cell = cellFromSheetJs(c, date1904);
      if (!cell) return;
      budget.take();
      row[col] = cell;
    });
    if (row.length > 0) rows[r] = row;
  });
  const merges: MergeRange[] = (ws['!merges'] ?? []).map((m) => ({
    top: Math.min(m.s.r, m.e.r),
    left: Math.min(m.s.c, m.e.c),
    bottom: Math.max(m.s.r, m.e.r),
    right: Math.max(m.s.c, m.e.c),
  }));
  const grid = new GridBuilder(name);
  for (const m of orderedMerges(merges, (r, c) => rows[r]?.[c] !== undefined)) grid.addMerge(m);
  for (const m of merges) clearMergedAway(rows, m);
  rows.forEach((row, r) => row?.forEach((cell, c) => cell && grid.set(r, c, cell)));
  return grid.build();
}
