/** Merged ranges of a worksheet: read from `<mergeCells>`, ordered and applied as the exceljs adapter does. */
import type { Cell, MergeRange } from '../../model.ts';
import { unsupported } from './unsupported.ts';
import { attributes } from './xml-text.ts';

export type Row = (Cell | undefined)[];

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
const MERGE_CELL = /<(?:[A-Za-z_][\w.-]*:)?mergeCell[\s/>][^>]*>/g;

/** `<mergeCell ref="A1:C1"/>` ranges, 0-based. exceljs refuses overlapping ranges: such files stay with it. */
export function readMerges(xml: string, from: number): MergeRange[] {
  const out: MergeRange[] = [];
  if (xml.indexOf('mergeCell', from) < 0) return out;
  for (const m of xml.slice(from).matchAll(MERGE_CELL)) {
    const ref = attributes(m[0]).get('ref');
    if (ref === undefined) unsupported('mergeCell without ref');
    const [a = '', b = a, extra] = ref.split(':');
    if (extra !== undefined) unsupported(`merge ${ref}`);
    const tl = parseRef(a);
    const br = parseRef(b);
    out.push({ top: Math.min(tl.row, br.row), left: Math.min(tl.col, br.col), bottom: Math.max(tl.row, br.row), right: Math.max(tl.col, br.col) });
  }
  const byTop = [...out].sort((x, y) => x.top - y.top);
  for (let i = 0; i < byTop.length; i++) {
    const m = byTop[i]!;
    for (let j = i + 1; j < byTop.length && byTop[j]!.top <= m.bottom; j++) {
      const n = byTop[j]!;
      if (n.left <= m.right && n.right >= m.left) unsupported('overlapping merged ranges');
    }
  }
  return out;
}

function parseRef(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m) return unsupported(`cell reference ${ref}`);
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
  const row = Number(m[2]);
  if (col > MAX_COLS || row < 1 || row > MAX_ROWS) unsupported(`cell reference ${ref}`);
  return { row: row - 1, col: col - 1 };
}

/**
 * Multi-cell merges in the order the exceljs adapter lists them: by the first cell its
 * row-by-row walk meets, which is the master when it holds a value, else the cell after it.
 */
export function orderedMerges(merges: readonly MergeRange[], rows: readonly (Row | undefined)[]): MergeRange[] {
  const keyed = merges
    .filter((m) => m.bottom > m.top || m.right > m.left)
    .map((m) => {
      const masterSet = rows[m.top]?.[m.left] !== undefined;
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
