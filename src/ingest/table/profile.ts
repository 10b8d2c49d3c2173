import type { SheetModel } from '../model.ts';
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

export function profileColumn(sheet: SheetModel, firstDataRow: number, col: number): ColumnProfile {
  let filled = 0;
  let marks = 0;
  let scale = 0;
  let archive = 0;
  let numbers = 0;
  const end = Math.min(sheet.rowCount, firstDataRow + SAMPLE_ROWS);
  for (let r = firstDataRow; r < end; r++) {
    const v = sheet.cell(r, col).value;
    if (isBlank(v)) continue;
    filled++;
    if (parseMark(v).ok) marks++;
    if (isScaleAnswer(v)) scale++;
    if (parseArchiveMark(v).ok) archive++;
    const n = parseAmount(v);
    if (n.ok && n.value !== null) numbers++;
  }
  return { filled, marks, scale, archive, numbers };
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
