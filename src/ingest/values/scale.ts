/** Survey scale answers: 非常满意 = 5 … 非常不满意 = 1, or the digits 1–5. */
import type { Scalar } from '../model.ts';
import { lookupKey, wordTable } from './lookup.ts';
import { fail, ok, type Parsed } from './result.ts';
import { isBlank } from './text.ts';

const SCALE = wordTable<number>([
  [5, ['非常满意', '很满意', '5', '5分']],
  [4, ['满意', '比较满意', '较满意', '4', '4分']],
  [3, ['基本满意', '一般', '3', '3分']],
  [2, ['不满意', '不太满意', '较不满意', '比较不满意', '2', '2分']],
  [1, ['很不满意', '非常不满意', '1', '1分']],
]);

/** An option letter before the answer: "A.非常满意", "A、非常满意", "(A)非常满意". */
const OPTION_LETTER = /^(?:[A-F][.、:)]|\([A-F]\))/u;

/** Blank → null (no answer). */
export function parseScale(v: Scalar): Parsed<number | null> {
  if (isBlank(v)) return ok(null);
  if (typeof v === 'boolean') return fail('bad_scale');
  const score = SCALE.get(lookupKey(v).replace(OPTION_LETTER, ''));
  return score === undefined ? fail('bad_scale') : ok(score);
}

/** True for a non-blank answer parseScale accepts: how survey item columns are recognised. */
export function isScaleAnswer(v: Scalar): boolean {
  return !isBlank(v) && parseScale(v).ok;
}

/** 满意度口径 (a setting): 满意及以上 (≥4), 基本满意及以上 (≥3), 非常满意 (5), or a score; null when unreadable. */
export function parseSatisfiedFrom(text: string): number | null {
  const digit = /[345]/u.exec(text.normalize('NFKC'));
  if (digit) return Number(digit[0]);
  if (text.includes('基本满意') || text.includes('一般')) return 3;
  if (text.includes('非常满意')) return 5;
  if (text.includes('满意')) return 4;
  return null;
}
