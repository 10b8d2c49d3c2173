/** A1 references within Excel's grid (A1 to XFD1048576): read for merges, written for messages. */
import { unreadable } from '../damage.ts';

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** 0-based row and column → `B3`. */
export function a1(row: number, col: number): string {
  let s = '';
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return `${s}${row + 1}`;
}

/** `$A$1` → 0-based row and column. */
export function parseRef(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Z]{1,7})\$?(\d{1,9})$/.exec(ref.trim());
  if (!m) return badRef(ref);
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
  const row = Number(m[2]);
  if (col > MAX_COLS || row < 1 || row > MAX_ROWS) outOfRange(ref);
  return { row: row - 1, col: col - 1 };
}

/** As quoted to the chair: at most 20 characters of what the file wrote. */
const quoted = (ref: string) => (ref.length > 20 ? `${ref.slice(0, 20)}…` : ref);

export function badRef(ref: string): never {
  return unreadable('source_bad_cell_ref', { ref: quoted(ref) });
}

export function outOfRange(ref: string, kind: 'cell' | 'row' = 'cell'): never {
  return unreadable('source_cell_out_of_range', { ref: quoted(ref), kind });
}
