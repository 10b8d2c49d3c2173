/** Rates and targets: 85%, ≥85%, 0.85, 不低于85%, 百分之八十五. Values are fractions (85% → 0.85). */
import type { Scalar } from '../model.ts';
import { fail, ok, type Parsed } from './result.ts';

export type Op = '>=' | '<=' | '>' | '<' | '=';

export interface PercentValue {
  readonly value: number;
  readonly op: Op | null;
}

/** Longest words first, so "不低于" wins over "低于". */
const PREFIX_OPS: readonly (readonly [string, Op])[] = [
  ['不低于', '>='], ['不少于', '>='], ['不小于', '>='], ['至少', '>='], ['达到', '>='], ['>=', '>='], ['=>', '>='], ['≥', '>='], ['≧', '>='],
  ['不超过', '<='], ['不高于', '<='], ['不大于', '<='], ['不多于', '<='], ['至多', '<='], ['<=', '<='], ['=<', '<='], ['≤', '<='], ['≦', '<='],
  ['高于', '>'], ['大于', '>'], ['超过', '>'], ['>', '>'],
  ['低于', '<'], ['小于', '<'], ['<', '<'],
  ['等于', '='], ['=', '='],
];
const SUFFIX_OPS: readonly (readonly [string, Op])[] = [
  ['及以上', '>='], ['以上', '>='], ['及以下', '<='], ['以下', '<='], ['以内', '<='],
];

const CHINESE_DIGIT: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Removes float noise from a division (111.11 / 100 → 1.1111). */
const clean = (x: number): number => Number(x.toPrecision(12));

export function parsePercent(v: Scalar): Parsed<PercentValue> {
  if (typeof v === 'number') return Number.isFinite(v) ? ok({ value: fromBare(v), op: null }) : fail('bad_percent');
  if (typeof v !== 'string') return fail('bad_percent');
  let s = v.normalize('NFKC').replace(/\s+/gu, '');
  let op: Op | null = null;
  for (const [word, o] of PREFIX_OPS) {
    if (s.startsWith(word)) {
      [s, op] = [s.slice(word.length), o];
      break;
    }
  }
  const suffix = SUFFIX_OPS.find(([word]) => s.endsWith(word));
  if (suffix) {
    if (op !== null && op !== suffix[1]) return fail('bad_percent');
    [s, op] = [s.slice(0, -suffix[0].length), suffix[1]];
  }
  const value = readValue(s);
  return value === null ? fail('bad_percent') : ok({ value, op });
}

/** A bare number above 1 is a percentage: 85 → 0.85. */
const fromBare = (n: number): number => (Math.abs(n) > 1 ? clean(n / 100) : n);

function readValue(s: string): number | null {
  const chinese = /^百分之(.+)$/u.exec(s);
  if (chinese) {
    const n = chineseNumber(chinese[1]!);
    return n === null ? null : clean(n / 100);
  }
  const m = /^(-?(?:\d+(?:\.\d+)?|\.\d+))(%)?$/u.exec(s);
  if (!m) return null;
  const n = Number(m[1]);
  return m[2] !== undefined ? clean(n / 100) : fromBare(n);
}

/** 八十五 → 85, 百 → 100, 一百 → 100, 九十五点五 → 95.5; null for anything else. */
export function chineseNumber(text: string): number | null {
  const [whole = '', fraction, ...rest] = text.split('点');
  if (rest.length > 0 || whole === '') return null;
  let total = 0;
  let digit: number | null = null;
  for (const ch of whole) {
    const d = CHINESE_DIGIT[ch];
    if (ch === '零' && digit === null && total > 0) continue;
    if (d !== undefined) {
      if (digit !== null) return null;
      digit = d;
    } else if (ch === '十' || ch === '百') {
      total += (digit ?? 1) * (ch === '十' ? 10 : 100);
      digit = null;
    } else {
      return null;
    }
  }
  total += digit ?? 0;
  if (fraction === undefined) return total;
  let scale = 0.1;
  for (const ch of fraction) {
    const d = CHINESE_DIGIT[ch];
    if (d === undefined) return null;
    total += d * scale;
    scale /= 10;
  }
  return fraction === '' ? null : clean(total);
}
