import type { Scalar, SheetModel } from '../model.ts';
import { SURVEY_ATTRIBUTE } from '../columns.ts';
import { isBlank, isScaleAnswer, normalizeName, parseArchiveMark, parseMark, parseAmount } from '../values/index.ts';

/** What the values under a header look like, from a sample of the data rows. */
export interface ColumnProfile {
  readonly filled: number;
  readonly marks: number;
  readonly scale: number;
  readonly archive: number;
  readonly numbers: number;
}

const SAMPLE_ROWS = 200;

/** The tests a profile counts, by index: filled, marks, scale answers, archive marks, numbers. */
const TESTS: readonly ((v: Scalar) => boolean)[] = [
  () => true,
  (v) => parseMark(v).ok,
  isScaleAnswer,
  (v) => parseArchiveMark(v).ok,
  (v) => {
    const n = parseAmount(v);
    return n.ok && n.value !== null;
  },
];
const UNKNOWN = 0;
const FAILS = 1;
const PASSES = 2;

/**
 * What each test says of each cell of a column, cell by cell as first asked: the classifier
 * profiles the same column from each of the first rows in turn (one per header it tries), so
 * the samples overlap and each cell is tested once.
 */
class ColumnTests {
  private readonly results: Uint8Array[] = [];

  constructor(
    private readonly sheet: SheetModel,
    private readonly col: number,
  ) {}

  /** The filled cells of rows `[from, end)` that pass test `t`. */
  count(t: number, from: number, end: number): number {
    let row = this.results[t];
    if (!row || row.length < end) {
      const grown = new Uint8Array(Math.max(end, (row?.length ?? 0) * 2));
      if (row) grown.set(row);
      this.results[t] = row = grown;
    }
    const test = TESTS[t]!;
    let n = 0;
    for (let r = from; r < end; r++) {
      let x = row[r]!;
      if (x === UNKNOWN) {
        const v = this.sheet.cell(r, this.col).value;
        row[r] = x = !isBlank(v) && test(v) ? PASSES : FAILS;
      }
      if (x === PASSES) n++;
    }
    return n;
  }
}

/** A column's profile, each count read from the sample when first asked for. */
class SampledProfile implements ColumnProfile {
  private readonly counts = [-1, -1, -1, -1, -1];

  constructor(
    private readonly tests: ColumnTests,
    private readonly from: number,
    private readonly end: number,
  ) {}

  private get(t: number): number {
    const known = this.counts[t]!;
    return known >= 0 ? known : (this.counts[t] = this.tests.count(t, this.from, this.end));
  }

  get filled(): number {
    return this.get(0);
  }

  get marks(): number {
    return this.get(1);
  }

  get scale(): number {
    return this.get(2);
  }

  get archive(): number {
    return this.get(3);
  }

  get numbers(): number {
    return this.get(4);
  }
}

interface SheetProfiles {
  readonly columns: Map<number, ColumnTests>;
  readonly profiles: Map<number, ColumnProfile>;
}

/** By sheet: the classifier asks for the same profiles many times, once for each kind of ledger it tries. */
const bySheet = new WeakMap<SheetModel, SheetProfiles>();

export function profileColumn(sheet: SheetModel, firstDataRow: number, col: number): ColumnProfile {
  let cache = bySheet.get(sheet);
  if (!cache) bySheet.set(sheet, (cache = { columns: new Map(), profiles: new Map() }));
  const key = firstDataRow * 16_384 + col;
  let p = cache.profiles.get(key);
  if (!p) {
    let tests = cache.columns.get(col);
    if (!tests) cache.columns.set(col, (tests = new ColumnTests(sheet, col)));
    const from = Math.max(0, firstDataRow);
    cache.profiles.set(key, (p = new SampledProfile(tests, from, Math.max(from, Math.min(sheet.rowCount, firstDataRow + SAMPLE_ROWS)))));
  }
  return p;
}

/** Mostly of one sort: at least one value and four in five of the filled cells. */
export const mostly = (count: number, p: ColumnProfile) => p.filled > 0 && count >= 0.8 * p.filled;

/**
 * Mark-like columns for a sign-in sheet: mostly marks, and not only digits (a column of
 * 0/1 scores would otherwise pass).
 */
export const isMarkColumn = (p: ColumnProfile) => mostly(p.marks, p) && p.marks > p.numbers;
export const isScaleColumn = (p: ColumnProfile) => mostly(p.scale, p);
export const isArchiveColumn = (p: ColumnProfile) => mostly(p.archive, p);
export const isNumberColumn = (p: ColumnProfile) => mostly(p.numbers, p);

/**
 * A survey item: a question header (not an identifier or the respondent's attribute, and
 * not itself an answer or a number, as a data row mistaken for the header would be) over
 * a column of scale answers.
 */
export function isSurveyItem(header: string, p: ColumnProfile): boolean {
  const h = normalizeName(header);
  if (!h || SURVEY_ATTRIBUTE.test(h) || /^[\d.]+$/.test(h) || isScaleAnswer(h)) return false;
  return isScaleColumn(p);
}
