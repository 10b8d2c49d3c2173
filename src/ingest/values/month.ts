/** Months (office scores, budgets) as `YYYY-MM`. */
import type { Scalar } from '../model.ts';
import { formatYm } from './calendar.ts';
import { parseDate, type DateContext } from './date.ts';
import { firstGroups } from './match.ts';
import { fail, ok, type Parsed } from './result.ts';
import { resolveMonth } from './school-year.ts';
import { numberText } from './text.ts';

const CHINESE_MONTH: Readonly<Record<string, number>> = {
  一: 1, 元: 1, 正: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12,
};

const WITH_YEAR = [
  /^(?<y>\d{4})(?:[-/.]|年)(?<m>\d{1,2})(?:月份?)?$/u,
  /^(?<y>\d{4})(?<m>\d{2})$/u,
  /^(?<y>\d{4})年(?<cm>[一二三四五六七八九十]{1,2}|元|正)月份?$/u,
];
const YEARLESS = [/^(?<m>\d{1,2})(?:月份?)?$/u, /^(?<cm>[一二三四五六七八九十]{1,2}|元|正)月份?$/u];

const monthOf = (g: Record<string, string | undefined>): number =>
  g.cm !== undefined ? (CHINESE_MONTH[g.cm] ?? 0) : Number(g.m);

export function parseMonth(v: Scalar, ctx: DateContext = {}): Parsed<string> {
  if (v === null || typeof v === 'boolean') return fail('bad_month');
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 12) return resolveMonth(v, ctx.term, 'bad_month', ctx.span);
  if (typeof v === 'number' && v >= 1900 && v < 2100) return yearDotMonth(v);
  const s = typeof v === 'string' ? v.normalize('NFKC').replace(/\s+/gu, '') : yyyymmNumber(v);
  const full = firstGroups(s, WITH_YEAR);
  if (full) {
    const [y, m] = [Number(full.y), monthOf(full)];
    return y >= 1900 && m >= 1 && m <= 12 ? ok(formatYm(y, m)) : fail('bad_month');
  }
  const yearless = firstGroups(s, YEARLESS);
  if (yearless) return resolveMonth(monthOf(yearless), ctx.term, 'bad_month', ctx.span);
  const date = parseDate(v, ctx);
  if (date.ok) return ok(date.value.slice(0, 7));
  return date.code === 'invalid_date' || date.code === 'date_outside_term' ? date : fail('bad_month');
}

/** 202603 typed as a number. */
function yyyymmNumber(v: Scalar): string {
  return typeof v === 'number' && Number.isInteger(v) && v >= 190001 && v <= 209912 ? String(v) : '';
}

/** A number such as 2026.3; 2026.1 is ambiguous (Excel shows "2026.10" as 2026.1). */
function yearDotMonth(n: number): Parsed<string> {
  const m = /^(\d{4})(?:\.(\d{1,2}))?$/.exec(numberText(n));
  if (!m || m[2] === undefined) return fail('bad_month');
  const month = Number(m[2]);
  if (month < 1 || month > 12 || (m[2].length === 1 && month * 10 <= 12)) return fail('bad_month');
  return ok(formatYm(Number(m[1]), month));
}
