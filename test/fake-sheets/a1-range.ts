/** A1 ranges as the fake (i.e. Google) parses and echoes them. */
import type { FakeSheet } from './spreadsheet.ts';

export interface GridRange {
  readonly sheet: FakeSheet;
  /** 0-based, end exclusive, clamped to the grid. */
  readonly startRow: number;
  readonly endRow: number;
  readonly startCol: number;
  readonly endCol: number;
}

export type RangeResult = { ok: true; range: GridRange } | { ok: false; message: string };

/** How titles made only of letters and digits of other scripts are echoed (unconfirmed for 3月签到). */
export type UnicodeTitleQuoting = 'quoted' | 'bare';

interface Endpoint {
  readonly col: number | null;
  readonly row: number | null;
}

const ENDPOINT = /^([A-Za-z]{1,3})?([0-9]+)?$/;

function parseEndpoint(text: string): Endpoint | null {
  const m = ENDPOINT.exec(text);
  if (!m || (!m[1] && !m[2])) return null;
  let col: number | null = null;
  if (m[1]) {
    col = 0;
    for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
    col -= 1;
  }
  const row = m[2] ? Number(m[2]) - 1 : null;
  if (row !== null && row < 0) return null;
  return { col, row };
}

/** `A1`, `A1:B2`, `A:B`, `1:3`, `A5:B`; null when it is not a cell reference. */
function parseCells(text: string): { a: Endpoint; b: Endpoint | null } | null {
  const parts = text.split(':');
  if (parts.length > 2) return null;
  const a = parseEndpoint(parts[0]!);
  if (!a) return null;
  if (parts.length === 1) return a.col !== null && a.row !== null ? { a, b: null } : null;
  const b = parseEndpoint(parts[1]!);
  return b ? { a, b } : null;
}

/** Splits `'It''s'!A1` into the unquoted title and the cell part. */
function splitSheet(text: string): { title: string | null; cells: string | null } | null {
  if (text.startsWith("'")) {
    let i = 1;
    let title = '';
    while (i < text.length) {
      const ch = text[i]!;
      if (ch === "'") {
        if (text[i + 1] === "'") {
          title += "'";
          i += 2;
          continue;
        }
        break;
      }
      title += ch;
      i++;
    }
    if (i >= text.length) return null;
    const rest = text.slice(i + 1);
    if (rest === '') return { title, cells: null };
    return rest.startsWith('!') ? { title, cells: rest.slice(1) } : null;
  }
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { title: null, cells: text };
  return { title: text.slice(0, bang), cells: text.slice(bang + 1) };
}

const exceeds = (text: string, sheet: FakeSheet) =>
  `Range (${text}) exceeds grid limits. Max rows: ${sheet.rowCount}, max columns: ${sheet.columnCount}`;

/** Resolves a range against the visible sheets, clamping its end to the grid. */
export function resolveRange(text: string, sheets: readonly FakeSheet[], quoting: UnicodeTitleQuoting): RangeResult {
  const bad: RangeResult = { ok: false, message: `Unable to parse range: ${text}` };
  const split = splitSheet(text.trim());
  if (!split) return bad;
  let sheet: FakeSheet | undefined;
  let cells = split.cells;
  if (split.title === null) {
    // no "!": a cell range on the first visible sheet, else a sheet title
    if (cells !== null && parseCells(cells)) sheet = sheets.find((s) => !s.hidden);
    else {
      sheet = sheets.find((s) => s.title === cells);
      cells = null;
    }
  } else {
    sheet = sheets.find((s) => s.title === split.title);
  }
  if (!sheet) return bad;
  if (cells === null || cells === '') {
    if (cells === '') return bad;
    return { ok: true, range: { sheet, startRow: 0, endRow: sheet.rowCount, startCol: 0, endCol: sheet.columnCount } };
  }
  const parsed = parseCells(cells);
  if (!parsed) return bad;
  const { a, b } = parsed;
  const rows = b ? [a.row ?? 0, b.row ?? sheet.rowCount - 1] : [a.row!, a.row!];
  const cols = b ? [a.col ?? 0, b.col ?? sheet.columnCount - 1] : [a.col!, a.col!];
  const startRow = Math.min(rows[0]!, rows[1]!);
  const startCol = Math.min(cols[0]!, cols[1]!);
  if (startRow >= sheet.rowCount || startCol >= sheet.columnCount) {
    return { ok: false, message: exceeds(`${quoteTitle(sheet.title, quoting)}!${cells}`, sheet) };
  }
  return {
    ok: true,
    range: {
      sheet,
      startRow,
      startCol,
      endRow: Math.min(Math.max(rows[0]!, rows[1]!) + 1, sheet.rowCount),
      endCol: Math.min(Math.max(cols[0]!, cols[1]!) + 1, sheet.columnCount),
    },
  };
}

export function columnName(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const CELL_LIKE = /^[A-Za-z]{1,3}[0-9]+$|^[Rr][0-9]*[Cc][0-9]*$/;

/** Simple titles come back bare, the rest quoted with `''` for `'`. */
export function quoteTitle(title: string, quoting: UnicodeTitleQuoting): string {
  const simple = quoting === 'bare' ? /^[\p{L}\p{N}_]+$/u : /^[A-Za-z_][A-Za-z0-9_]*$/;
  if (simple.test(title) && !CELL_LIKE.test(title)) return title;
  return `'${title.replaceAll("'", "''")}'`;
}

/** The echoed, normalised range: `Sheet1!A1:Z1000`, or `Sheet1!A1` for one cell. */
export function echoRange(r: GridRange, quoting: UnicodeTitleQuoting): string {
  const first = `${columnName(r.startCol)}${r.startRow + 1}`;
  const last = `${columnName(r.endCol - 1)}${r.endRow}`;
  const cells = r.endRow - r.startRow === 1 && r.endCol - r.startCol === 1 ? first : `${first}:${last}`;
  return `${quoteTitle(r.sheet.title, quoting)}!${cells}`;
}
