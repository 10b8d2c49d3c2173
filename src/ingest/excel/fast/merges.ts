/** Merged ranges of a worksheet: read from `<mergeCells>`, ordered and applied as the exceljs adapter does. */
import type { Cell, MergeRange } from '../../model.ts';
import { unreadable } from '../damage.ts';
import { a1, badRef, parseRef } from './cell-ref.ts';
import { malformed } from './xml-problem.ts';
import { attributes } from './xml-text.ts';

/** A row of cells by column, as the SheetJS adapter (../../legacy/sheet.ts) collects them. */
export type Row = (Cell | undefined)[];

const MERGE_CELL = /<(?:[A-Za-z_][\w.-]*:)?mergeCell[\s/>][^>]*>/g;

/** `<mergeCell ref="A1:C1"/>` ranges, 0-based. Overlapping ranges make the workbook unreadable, as in Excel. */
export function readMerges(xml: string, from: number): MergeRange[] {
  const out: MergeRange[] = [];
  if (xml.indexOf('mergeCell', from) < 0) return out;
  for (const m of xml.slice(from).matchAll(MERGE_CELL)) {
    const ref = attributes(m[0]).get('ref') ?? malformed('merge_ref');
    const [a = '', b = a, extra] = ref.split(':');
    if (extra !== undefined) badRef(ref);
    const tl = parseRef(a);
    const br = parseRef(b);
    out.push({ top: Math.min(tl.row, br.row), left: Math.min(tl.col, br.col), bottom: Math.max(tl.row, br.row), right: Math.max(tl.col, br.col) });
  }
  const byTop = [...out].sort((x, y) => x.top - y.top);
  for (let i = 0; i < byTop.length; i++) {
    const m = byTop[i]!;
    for (let j = i + 1; j < byTop.length && byTop[j]!.top <= m.bottom; j++) {
      const n = byTop[j]!;
      if (n.left <= m.right && n.right >= m.left) unreadable('source_merges_overlap', { a: range(m), b: range(n) });
    }
  }
  return out;
}

const range = (m: MergeRange) => `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`;

/** The cells a merge fills with its master's value (all but the master), which count toward the cell limit. */
export const filledCells = (m: MergeRange): number => (m.bottom - m.top + 1) * (m.right - m.left + 1) - 1;

/**
 * Multi-cell merges in the order the exceljs adapter lists them: by the first cell its
 * row-by-row walk meets, which is the master when it holds a value, else the cell after it.
 */
export function orderedMerges(merges: readonly MergeRange[], has: (row: number, col: number) => boolean): MergeRange[] {
  const keyed = merges
    .filter((m) => m.bottom > m.top || m.right > m.left)
    .map((m) => {
      const masterSet = has(m.top, m.left);
      const [r, c] = masterSet ? [m.top, m.left] : m.right > m.left ? [m.top, m.left + 1] : [m.top + 1, m.left];
      return { m, r, c };
    });
  keyed.sort((x, y) => x.r - y.r || x.c - y.c);
  return keyed.map((k) => k.m);
}

/** The cells of a merged range other than its master lose their own values (Excel shows only the master's). */
export function clearMergedAway(rows: (Row | undefined)[], m: MergeRange): void {
  const last = Math.min(m.bottom, rows.length - 1);
  for (let r = m.top; r <= last; r++) {
    const row = rows[r];
    if (!row) continue;
    const right = Math.min(m.right, row.length - 1);
    for (let c = r === m.top ? m.left + 1 : m.left; c <= right; c++) row[c] = undefined;
  }
}
