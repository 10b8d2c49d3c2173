/** The fake's in-memory spreadsheets: what Google stores, before any rendering. */

/** A date or date-time cell: Google keeps a serial number and a date format. */
export interface FakeDate {
  readonly serial: number;
  /** The text the cell shows (FORMATTED_VALUE / FORMATTED_STRING). */
  readonly shown: string;
}

export interface FakeCell {
  /** The effective value: a formula's computed result, or what was typed. */
  readonly value: string | number | boolean | FakeDate;
  /** `=4/2`: returned by valueRenderOption FORMULA. */
  readonly formula?: string;
  /** The formatted text when it differs from the plain rendering of `value` (e.g. `¥1,200.00`). */
  readonly shown?: string;
}

export interface FakeMerge {
  /** 0-based, end exclusive, as in the API. */
  readonly startRowIndex: number;
  readonly endRowIndex: number;
  readonly startColumnIndex: number;
  readonly endColumnIndex: number;
}

export interface FakeSheet {
  readonly sheetId: number;
  readonly title: string;
  readonly hidden?: boolean;
  readonly rowCount: number;
  readonly columnCount: number;
  /** rows[r][c]; holes are empty cells. */
  readonly rows: readonly (readonly (FakeCell | undefined)[] | undefined)[];
  readonly merges: readonly FakeMerge[];
}

export interface FakeSpreadsheet {
  readonly spreadsheetId: string;
  readonly title: string;
  readonly locale: string;
  readonly timeZone: string;
  readonly sheets: readonly FakeSheet[];
  /** Who may read it: `anyone` = shared "anyone with the link"; else principals (e-mails). */
  readonly sharing: { readonly anyoneWithLink: boolean; readonly readers: readonly string[] };
}

export const isFakeDate = (v: FakeCell['value']): v is FakeDate => typeof v === 'object';

const DAY_MS = 86_400_000;
const EPOCH_1899_12_30 = Date.UTC(1899, 11, 30);

/** Days since 1899-12-30 for a calendar date (and optional time), as Sheets stores dates. */
export function serialOf(date: string, time = '00:00:00'): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm, ss] = time.split(':').map(Number) as [number, number, number];
  return (Date.UTC(y, m - 1, d, hh, mm, ss) - EPOCH_1899_12_30) / DAY_MS;
}

export const dateCell = (date: string, time?: string): FakeCell => ({
  value: { serial: serialOf(date, time), shown: time ? `${date} ${time}` : date },
});

/** Random-looking but deterministic sheet ids for sheets after the first, like Google's. */
export function sheetIdFor(index: number): number {
  if (index === 0) return 0;
  return (Math.imul(index, 2_654_435_761) >>> 1) % 2_000_000_000 || index;
}
