/** Calendar dates from whatever a ledger's date column holds, as `YYYY-MM-DD`. */
import type { TermId } from '../../term/term.ts';
import type { Scalar } from '../model.ts';
import { formatYmd, isValidMonthDay, isValidYmd } from './calendar.ts';
import { firstGroups } from './match.ts';
import { fail, ok, type Parsed } from './result.ts';
import { resolveMonthDay, type TermSpan } from './school-year.ts';
import { serialToDate } from './serial.ts';
import { numberText } from './text.ts';

export { isValidYmd } from './calendar.ts';
export { dateToSerial, serialToDate } from './serial.ts';

export interface DateContext {
  /** The term that gives a year-less date (3月8日, 3.8) its year. */
  readonly term?: TermId;
  /** The term's span when the settings set 学期开始/学期结束; year-less dates outside it are errors. */
  readonly span?: TermSpan;
  /** Where the term comes from, for messages: the settings' 学期, the sheet's title, name or file name, or the day of the read. */
  readonly origin?: TermOrigin;
}

export type TermOrigin = 'settings' | 'sheet' | 'day';

/** Plain numbers below this are not serials (20000 = 1954-10-03); above the last, not plausible. */
const MIN_PLAIN_SERIAL = 20000;
const MAX_PLAIN_SERIAL = 73050; // 2099-12-31

const WEEKDAY = /[(\[【]?(?:周|星期|礼拜)[一二三四五六日天七][)\]】]?/u;
const TIME = /(?:[T\s]+|(?<=[日号]))\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/u;

export function parseDate(v: Scalar, ctx: DateContext = {}): Parsed<string> {
  if (v === null || typeof v === 'boolean') return fail('bad_date');
  if (typeof v === 'number') return parseDateNumber(v, ctx);
  if (typeof v === 'string') return parseDateText(v, ctx);
  return fromCalendarDate(v.date, ctx);
}

function fullDate(y: number, m: number, d: number): Parsed<string> {
  if (y < 1900) return fail('bad_date');
  return isValidYmd(y, m, d) ? ok(formatYmd(y, m, d)) : fail('invalid_date');
}

/** Year 1900 is what Excel stores for a typed "3/8" in some exports: a year-less date. */
function fromCalendarDate(date: string, ctx: DateContext): Parsed<string> {
  const known = fullDates.get(date);
  if (known !== undefined) return known;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return fail('bad_date');
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y === 1900) return resolveMonthDay(mo, d, ctx.term, ctx.span);
  const full = fullDate(y, mo, d);
  if (fullDates.size >= FULL_DATES_SIZE) fullDates.clear();
  fullDates.set(date, full);
  return full;
}

/**
 * Calendar dates with a year, read once each: a ledger's date cells repeat the term's few
 * hundred days, and a record then shares the date's text with every other record of that day.
 */
const fullDates = new Map<string, Parsed<string>>();
const FULL_DATES_SIZE = 10_000;

function parseDateNumber(n: number, ctx: DateContext): Parsed<string> {
  if (!Number.isFinite(n) || n <= 0) return fail('bad_date');
  if (Number.isInteger(n) && n >= 10_000_000 && n <= 99_999_999) {
    const s = String(n);
    return fullDate(Number(s.slice(0, 4)), Number(s.slice(4, 6)), Number(s.slice(6)));
  }
  if (n >= MIN_PLAIN_SERIAL && n < MAX_PLAIN_SERIAL + 1) return fromCalendarDate(serialToDate(n), ctx);
  return monthDayNumber(n, ctx);
}

/**
 * A number such as 3.8 typed as a month.day. Excel drops trailing zeros, so 3.1 may have
 * been "3.10": whenever ten times the day is still a day of that month, it is ambiguous.
 */
function monthDayNumber(n: number, ctx: DateContext): Parsed<string> {
  const m = /^(\d{1,2})\.(\d{1,2})$/.exec(numberText(n));
  if (!m) return fail('bad_date');
  const [month, day] = [Number(m[1]), Number(m[2])];
  if (month < 1 || month > 12) return fail('bad_date');
  if (m[2]!.length === 1 && isValidMonthDay(month, day * 10)) return fail('bad_date');
  return resolveMonthDay(month, day, ctx.term, ctx.span);
}

const FULL = [
  /^(?<y>\d{4})(?<m>\d{2})(?<d>\d{2})$/u,
  /^(?<y>\d{4})(?<sep>[-/.])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})$/u,
  /^(?<y>\d{4})年(?<m>\d{1,2})月(?<d>\d{1,2})[日号]?$/u,
];
const YEARLESS = [/^(?<m>\d{1,2})月(?<d>\d{1,2})[日号]?$/u, /^(?<m>\d{1,2})[-/.](?<d>\d{1,2})$/u];

function parseDateText(text: string, ctx: DateContext): Parsed<string> {
  const s = text.normalize('NFKC').trim().replace(WEEKDAY, '').trim().replace(TIME, '').replace(/\s+/gu, '');
  const full = firstGroups(s, FULL);
  if (full) return fullDate(Number(full.y), Number(full.m), Number(full.d));
  const md = firstGroups(s, YEARLESS);
  if (md) return resolveMonthDay(Number(md.m), Number(md.d), ctx.term, ctx.span);
  return fail('bad_date');
}
