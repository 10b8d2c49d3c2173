/** Money amounts (yuan, rounded to cents) and plain numbers such as scores. */
import type { Scalar } from '../model.ts';
import { fail, ok, type Parsed } from './result.ts';
import { isBlank } from './text.ts';

/** Rounds to cents without float noise (0.1 + 0.2 → 0.3, 1.005 → 1.01). */
export function roundCents(x: number): number {
  const c = Math.abs(x) * 100;
  const r = Math.round(c);
  // within a millionth of a whole cent (and 13 digits at most, so 15 significant digits keep the
  // cents): what rounding at 15 digits gives, without the round trip through a string
  const cents = c < 1e13 && Math.abs(c - r) < 1e-6 ? r : Math.round(Number(c.toPrecision(15)));
  return cents === 0 ? 0 : (Math.sign(x) * cents) / 100;
}

/** Digits with proper thousands groups ("1,200", not "1,2345"), optional decimals. */
const DIGITS = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+`;
const AMOUNT = new RegExp(String.raw`^(?<sign>-)?(?:¥|RMB|人民币)?(?<sign2>-)?(?<num>${DIGITS})(?<wan>万)?元?$`, 'u');
const NUMBER = new RegExp(String.raw`^(?<sign>-)?(?<num>${DIGITS})分?$`, 'u');

/** Full-width forms folded, white space removed, Unicode minus signs made ASCII. */
function compact(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u200B-\u200D\uFEFF]+/gu, '').replace(/[−﹣]/gu, '-');
}

function readNumber(text: string, pattern: RegExp): number | null {
  const g = pattern.exec(compact(text))?.groups;
  if (!g || (g.sign !== undefined && g.sign2 !== undefined)) return null;
  const n = Number(g.num!.replaceAll(',', '')) * (g.wan !== undefined ? 10_000 : 1);
  return (g.sign !== undefined || g.sign2 !== undefined) && n !== 0 ? -n : n;
}

/** Blank → null; numbers; "1,200", "¥1200.00", "￥1,200", "1200元", "1.2万" (= 12000). */
export function parseAmount(v: Scalar): Parsed<number | null> {
  if (isBlank(v)) return ok(null);
  if (typeof v === 'number') return Number.isFinite(v) ? ok(roundCents(v)) : fail('bad_amount');
  if (typeof v !== 'string') return fail('bad_amount');
  const n = readNumber(v, AMOUNT);
  return n === null ? fail('bad_amount') : ok(roundCents(n));
}

/** Blank → null; numbers; "95.5", "９５", "95分". */
export function parseNumber(v: Scalar): Parsed<number | null> {
  if (isBlank(v)) return ok(null);
  if (typeof v === 'number') return Number.isFinite(v) ? ok(v) : fail('bad_number');
  if (typeof v !== 'string') return fail('bad_number');
  const n = readNumber(v, NUMBER);
  return n === null ? fail('bad_number') : ok(n);
}
