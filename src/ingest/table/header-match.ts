import { FIELD_NAMES, QUESTION_LEAD, QUESTION_TAIL, type Field } from '../columns.ts';
import { cellText, normalizeHeader } from '../values/index.ts';
import type { SheetModel } from '../model.ts';

export interface HeaderMatch {
  /** field → 0-based column (the first column that names it). */
  readonly columns: ReadonlyMap<Field, number>;
  /** Columns that name a field another column already named. */
  readonly duplicates: readonly { readonly field: Field; readonly col: number }[];
}

const normalizedNames = new Map<Field, string[]>(
  (Object.keys(FIELD_NAMES) as Field[]).map((f) => [f, FIELD_NAMES[f].map((n) => normalizeHeader(n))]),
);

/** A header written as an online form's question ("1、您的姓名：") → the words it asks for (姓名). */
export function questionStem(header: string): string {
  return normalizeHeader(normalizeHeader(header).replace(QUESTION_LEAD, '').replace(QUESTION_TAIL, ''));
}

/**
 * Which of `fields` a header text names: an exact name first; otherwise the field whose
 * longest name (three characters or more) the text starts or ends with ("活动名称及主题" → activity);
 * otherwise, for an online form's question ("1、您的姓名："), the field its words name.
 */
export function fieldOfHeader(
  text: string,
  fields: readonly Field[],
  extraNames?: ReadonlyMap<string, Field>,
): Field | null {
  if (extraNames !== undefined && extraNames.size > 0) return fieldOf(text, fields, extraNames);
  // without extra names the answer depends on the text and the (ledger's own, constant) field list only
  let byText = fieldMemo.get(fields);
  if (!byText) fieldMemo.set(fields, (byText = new Map()));
  const known = byText.get(text);
  if (known !== undefined) return known;
  const f = fieldOf(text, fields, undefined);
  if (byText.size >= FIELD_MEMO_SIZE) byText.clear();
  byText.set(text, f);
  return f;
}

const fieldMemo = new WeakMap<readonly Field[], Map<string, Field | null>>();
const FIELD_MEMO_SIZE = 10_000;

function fieldOf(text: string, fields: readonly Field[], extraNames: ReadonlyMap<string, Field> | undefined): Field | null {
  const h = normalizeHeader(text);
  if (!h) return null;
  const extra = extraNames?.get(h);
  if (extra && fields.includes(extra)) return extra;
  for (const f of fields) if (normalizedNames.get(f)!.includes(h)) return f;
  let best: Field | null = null;
  let bestLength = 0;
  for (const f of fields) {
    for (const n of normalizedNames.get(f)!) {
      const anchored = h.startsWith(n) || h.endsWith(n);
      if (n.length >= 3 && n.length > bestLength && anchored && h.length <= n.length + 6) {
        best = f;
        bestLength = n.length;
      }
    }
  }
  if (best) return best;
  const stem = questionStem(h);
  return stem && stem !== h ? fieldOfHeader(stem, fields, extraNames) : null;
}

/** The header text of a column: the lowest non-empty cell of the header block. */
export function headerText(sheet: SheetModel, top: number, bottom: number, col: number): string {
  for (let r = bottom; r >= top; r--) {
    const t = cellText(sheet.cell(r, col).value);
    if (t) return t;
  }
  return '';
}

/** All the header cells of a column, top to bottom, repeats from merges once: "三八健步走 3.8" (activity over date). */
export function headerBlockText(sheet: SheetModel, top: number, bottom: number, col: number): string {
  const parts: string[] = [];
  for (let r = top; r <= bottom; r++) {
    const t = cellText(sheet.cell(r, col).value);
    if (t && t !== parts.at(-1)) parts.push(t);
  }
  return parts.join(' ');
}

export function matchHeader(
  sheet: SheetModel,
  top: number,
  bottom: number,
  fields: readonly Field[],
  extraNames?: ReadonlyMap<string, Field>,
): HeaderMatch {
  const columns = new Map<Field, number>();
  const duplicates: { field: Field; col: number }[] = [];
  for (let c = 0; c < sheet.columnCount; c++) {
    const f = fieldOfHeader(headerText(sheet, top, bottom, c), fields, extraNames);
    if (!f) continue;
    if (columns.has(f)) duplicates.push({ field: f, col: c });
    else columns.set(f, c);
  }
  return { columns, duplicates };
}
