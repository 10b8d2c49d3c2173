/** Shared by the word-table parsers: the key a cell's text is looked up by. */
import type { Scalar } from '../model.ts';
import { cellText, normalizeName } from './text.ts';

const MEMO_LIMIT = 10_000;
const memo = new Map<string, string>();

/** NFKC, no white space, Latin letters upper-cased: " ｙ " → "Y". Memoised: ledgers repeat few spellings. */
export function lookupKey(v: Scalar): string {
  if (typeof v !== 'string') return normalizeName(cellText(v)).toUpperCase();
  let key = memo.get(v);
  if (key === undefined) {
    key = normalizeName(cellText(v)).toUpperCase();
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(v, key);
  }
  return key;
}

/** A map from every spelling to its value. */
export function wordTable<T>(groups: readonly (readonly [T, readonly string[]])[]): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const [value, words] of groups) for (const w of words) map.set(normalizeName(w).toUpperCase(), value);
  return map;
}
