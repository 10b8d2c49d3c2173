/**
 * Turns an .xlsx file into a fake spreadsheet, the way Google Sheets imports it: values,
 * formulas with their results, dates as serials with their display, merges, hidden tabs.
 */
import ExcelJS from 'exceljs';
import { basename } from 'node:path';
import { sheetIdFor, type FakeCell, type FakeMerge, type FakeSheet, type FakeSpreadsheet } from './spreadsheet.ts';

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);
const pad = (n: number) => String(n).padStart(2, '0');

function dateValue(d: Date): FakeCell['value'] {
  const serial = Math.round((d.getTime() - EPOCH) / 1000) / (DAY_MS / 1000);
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const hms = [d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()];
  const shown = hms.some(Boolean) ? `${date} ${hms.map(pad).join(':')}` : date;
  return { serial, shown };
}

function plain(v: unknown): FakeCell['value'] | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return dateValue(v);
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((r) => r.text ?? '').join('');
  if (typeof o.error === 'string') return o.error;
  if (typeof o.text === 'string') return o.text;
  return undefined;
}

function cellOf(v: unknown): FakeCell | undefined {
  if (v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
    const f = v as { formula?: string; sharedFormula?: string; result?: unknown };
    // Google recalculates on import; a file never calculated has no result we could copy
    const result = plain(f.result);
    if (result === undefined) return undefined;
    return { value: result, formula: `=${f.formula ?? f.sharedFormula}` };
  }
  const value = plain(v);
  return value === undefined || value === '' ? undefined : { value };
}

function mergeOf(ref: string): FakeMerge {
  const [a, b = a] = ref.split(':') as [string, string?];
  const at = (x: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(x)!;
    let col = 0;
    for (const ch of m[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
    return { row: Number(m[2]) - 1, col: col - 1 };
  };
  const s = at(a);
  const e = at(b!);
  return { startRowIndex: s.row, endRowIndex: e.row + 1, startColumnIndex: s.col, endColumnIndex: e.col + 1 };
}

export async function fakeFromXlsx(path: string, spreadsheetId: string, sharing: FakeSpreadsheet['sharing']): Promise<FakeSpreadsheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const sheets: FakeSheet[] = wb.worksheets.map((ws, index) => {
    const rows: (FakeCell | undefined)[][] = [];
    let lastRow = 0;
    let lastCol = 0;
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.isMerged && cell.master !== cell) return;
        const fc = cellOf(cell.value);
        if (!fc) return;
        (rows[r - 1] ??= [])[c - 1] = fc;
        lastRow = Math.max(lastRow, r);
        lastCol = Math.max(lastCol, c);
      });
    });
    return {
      sheetId: sheetIdFor(index),
      title: ws.name,
      hidden: ws.state !== 'visible',
      rowCount: Math.max(1000, lastRow),
      columnCount: Math.max(26, lastCol),
      rows,
      merges: ((ws.model as { merges?: string[] }).merges ?? []).map(mergeOf),
    };
  });
  return {
    spreadsheetId,
    title: basename(path).replace(/\.xlsx$/i, ''),
    locale: 'zh_CN',
    timeZone: 'Asia/Shanghai',
    sheets,
    sharing,
  };
}
