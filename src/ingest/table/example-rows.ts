/**
 * Recognises the blank template's example rows still left in a sheet: a row whose every
 * non-date value equals one example row's, under the same headers. Dates are left out of
 * the comparison, so a template made in another term is recognised too.
 */
import type { ExampleRow } from '../ledgers/examples.ts';
import type { ColumnLayout } from '../ledgers/sheet-template.ts';
import type { SheetModel } from '../model.ts';
import { cellText, normalizeHeader, numberText } from '../values/index.ts';
import { headerText } from './header-match.ts';

export type ExampleMatcher = (row: number) => boolean;

const text = (v: ExampleRow[number]): string | null => (v === null || typeof v === 'object' ? null : typeof v === 'number' ? numberText(v) : v);

export function exampleMatcher(sheet: SheetModel, top: number, bottom: number, columns: readonly ColumnLayout[], rows: readonly ExampleRow[]): ExampleMatcher {
  if (rows.length === 0 || top < 0) return () => false;
  const colOf = new Map<string, number>();
  for (let c = 0; c < sheet.columnCount; c++) {
    const h = normalizeHeader(headerText(sheet, top, bottom, c));
    if (h && !colOf.has(h)) colOf.set(h, c);
  }
  const patterns = rows
    .map((row) =>
      row.flatMap((v, i) => {
        const t = text(v);
        const col = colOf.get(normalizeHeader(columns[i]?.header ?? ''));
        return t === null || t === '' ? [] : [{ col, text: t }];
      }),
    )
    // an example whose headers are not all in this sheet cannot be left in it
    .filter((p) => p.length > 0 && p.every((x) => x.col !== undefined)) as { col: number; text: string }[][];
  if (patterns.length === 0) return () => false;
  return (r) => patterns.some((p) => p.every(({ col, text: t }) => cellText(sheet.cell(r, col).value) === t));
}
