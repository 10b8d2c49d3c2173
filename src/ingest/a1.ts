/** A1 addresses from 0-based coordinates. */

/** Letters of the columns asked for so far: every record names its cell, so the same few are asked for millions of times. */
const letters: string[] = [];

export function columnLetters(col: number): string {
  const known = letters[col];
  if (known !== undefined) return known;
  const out = lettersOf(col);
  if (Number.isInteger(col) && col >= 0 && col < 16_384) letters[col] = out;
  return out;
}

function lettersOf(col: number): string {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** A whole-row address such as `A12:H12`. */
export function rowRange(row: number, lastCol: number): string {
  return `${a1(row, 0)}:${a1(row, Math.max(0, lastCol))}`;
}

/** Parses `AB12` into 0-based coordinates. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^([A-Z]+)(\d+)$/.exec(address.trim().toUpperCase());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}
