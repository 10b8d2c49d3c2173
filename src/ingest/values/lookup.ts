/** Shared by the word-table parsers: the key a cell's text is looked up by. */
import type { Scalar } from '../model.ts';
import { cellText, normalizeName } from './text.ts';

/** NFKC, no white space, Latin letters upper-cased: " ｙ " → "Y". */
export function lookupKey(v: Scalar): string {
  return normalizeName(cellText(v)).toUpperCase();
}

/** A map from every spelling to its value. */
export function wordTable<T>(groups: readonly (readonly [T, readonly string[]])[]): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const [value, words] of groups) for (const w of words) map.set(normalizeName(w).toUpperCase(), value);
  return map;
}
