/** A snapshot → the neutral sheet model, exactly as the Excel adapter fills it. */
import type { sheets_v4 } from '@googleapis/sheets';
import { googleWorkbookName } from '../../messages/sheets.ts';
import { GridBuilder } from '../grid.ts';
import { makeIssue, type LedgerIssue } from '../issues.ts';
import type { Cell, MergeRange, SheetModel, WorkbookModel } from '../model.ts';
import { parseEchoedRange } from './ranges.ts';
import { readableSheets, type SheetsSnapshot } from './snapshot.ts';

/** The name a chair sees for a spreadsheet: its title, marked as Google's; the id when untitled. */
export function workbookName(snapshot: Pick<SheetsSnapshot, 'spreadsheetId' | 'spreadsheet'>): string {
  const title = snapshot.spreadsheet.properties?.title?.trim();
  return title ? googleWorkbookName(title) : `gsheets:${snapshot.spreadsheetId}`;
}

/** What UNFORMATTED_VALUE gives for a cell showing an error. */
const ERROR_VALUES = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#ERROR!', '#SPILL!', '#CALC!']);

function cellOf(v: unknown): Cell | null {
  if (typeof v === 'number') return Number.isFinite(v) ? { value: v } : null;
  if (typeof v === 'boolean') return { value: v };
  if (typeof v !== 'string' || v === '') return null;
  return ERROR_VALUES.has(v) ? { value: null, errorValue: v } : { value: v };
}

/** API merges are 0-based with exclusive ends; omitted indexes are 0. */
function mergeOf(m: sheets_v4.Schema$GridRange): MergeRange | null {
  const top = m.startRowIndex ?? 0;
  const left = m.startColumnIndex ?? 0;
  const bottom = (m.endRowIndex ?? top + 1) - 1;
  const right = (m.endColumnIndex ?? left + 1) - 1;
  return bottom >= top && right >= left && (bottom > top || right > left) ? { top, left, bottom, right } : null;
}

function buildSheet(sheet: sheets_v4.Schema$Sheet, values: sheets_v4.Schema$ValueRange | undefined): SheetModel {
  const title = sheet.properties!.title!;
  const grid = new GridBuilder(title.trim());
  const start = values?.range ? parseEchoedRange(values.range) : null;
  const r0 = start?.row ?? 0;
  const c0 = start?.col ?? 0;
  const byColumns = values?.majorDimension === 'COLUMNS';
  (values?.values ?? []).forEach((line, i) => {
    if (!Array.isArray(line)) return;
    line.forEach((v, j) => {
      const cell = cellOf(v);
      if (!cell) return;
      if (byColumns) grid.set(r0 + j, c0 + i, cell);
      else grid.set(r0 + i, c0 + j, cell);
    });
  });
  const merges = (sheet.merges ?? []).map(mergeOf).filter((m): m is MergeRange => m !== null);
  // row-major order of the masters, as the Excel adapter finds them
  merges.sort((a, b) => a.top - b.top || a.left - b.left);
  for (const m of merges) grid.addMerge(m);
  return grid.build();
}

/** Pairs each readable sheet with its value range: by echoed title, else by request order. */
function valuesFor(snapshot: SheetsSnapshot, sheets: readonly sheets_v4.Schema$Sheet[]): (sheets_v4.Schema$ValueRange | undefined)[] {
  const byTitle = new Map<string, sheets_v4.Schema$ValueRange>();
  for (const vr of snapshot.valueRanges) {
    const t = vr.range ? parseEchoedRange(vr.range)?.title : undefined;
    if (t !== undefined && !byTitle.has(t)) byTitle.set(t, vr);
  }
  return sheets.map((s, i) => byTitle.get(s.properties!.title!) ?? snapshot.valueRanges[i]);
}

export function buildWorkbook(snapshot: SheetsSnapshot): { workbook: WorkbookModel; notes: LedgerIssue[] } {
  const file = workbookName(snapshot);
  const notes: LedgerIssue[] = [];
  for (const s of snapshot.spreadsheet.sheets ?? []) {
    const title = s.properties?.title;
    if (s.properties?.hidden && typeof title === 'string') {
      notes.push(makeIssue({ file, sheet: title.trim(), cell: null }, 'sheet_hidden', {}));
    }
  }
  const sheets = readableSheets(snapshot.spreadsheet);
  const values = valuesFor(snapshot, sheets);
  return { workbook: { file, sheets: sheets.map((s, i) => buildSheet(s, values[i])) }, notes };
}
