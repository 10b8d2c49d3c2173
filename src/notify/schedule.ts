/**
 * When the monthly briefing goes out, as the chair writes it in union-dash.config.json
 * ("schedule": "每月倒数第3个工作日 08:00"), always on the school's clock (Asia/Shanghai).
 * Pure: the caller passes the instant to start from and the school's working days, and
 * sets its own timer.
 *
 * `每月D日` past a month's end fires on its last day (每月31日 → 2月28日); a D that falls on
 * a weekend or holiday fires that day anyway: the chair who wants a working day writes
 * 第N个工作日. A month with fewer working days than N (a holiday month) is skipped.
 * 每周几 and cron are taken literally: they fire on holidays too.
 */
import { formatYm, formatYmd, daysInMonth } from '../ingest/values/calendar.ts';
import { scheduleText } from '../messages/notify-schedule.ts';
import { schoolDate, zonedInstant, zonedParts } from '../term/school-clock.ts';
import { cronFiresOn, parseCron } from './cron.ts';
import { parsePhrase } from './phrase.ts';
import { addDays, weekday as weekdayOf } from '../ingest/values/index.ts';
import type { IsWorkingDay } from './working-day.ts';

export { defaultIsWorkingDay, workingDayPredicate, type IsWorkingDay } from './working-day.ts';

export interface TimeOfDay {
  readonly hour: number;
  readonly minute: number;
}

/** 每月第N个工作日, or 倒数第N个 (N = 1: 最后一个工作日). */
export interface NthWorkingDay {
  readonly kind: 'nth-working-day';
  readonly n: number;
  readonly fromEnd: boolean;
  readonly time: TimeOfDay;
}

/** 每月D日: the month's last day when it has no day D, working day or not. */
export interface DayOfMonth {
  readonly kind: 'day-of-month';
  readonly day: number;
  readonly time: TimeOfDay;
}

/** 每周五: `weekday` 0 = Sunday … 6 = Saturday. */
export interface Weekly {
  readonly kind: 'weekly';
  readonly weekday: number;
  readonly time: TimeOfDay;
}

/** A cron expression's fields as sorted lists (weekday 7 folded into 0). */
export interface CronSchedule {
  readonly kind: 'cron';
  readonly expression: string;
  readonly minutes: readonly number[];
  readonly hours: readonly number[];
  readonly days: readonly number[];
  readonly months: readonly number[];
  readonly weekdays: readonly number[];
  /** The day field does not start with `*`. */
  readonly daysRestricted: boolean;
  /** The weekday field does not start with `*`. */
  readonly weekdaysRestricted: boolean;
}

export type Schedule = NthWorkingDay | DayOfMonth | Weekly | CronSchedule;

export type ParseResult = { readonly ok: true; readonly schedule: Schedule } | { readonly ok: false; readonly message: string };

/** How far nextRun looks before deciding the working days leave no run (a cron on 2月29日 waits up to eight years). */
const SEARCH_YEARS = 10;

export function parseSchedule(text: string): ParseResult {
  const normal = text.normalize('NFKC').trim();
  return parseCron(normal) ?? parsePhrase(text, normal.replace(/\s+/gu, '')) ?? { ok: false, message: scheduleText.unreadable(text) };
}

const hhmm = (t: TimeOfDay) => `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;

/** `每月倒数第 3 个工作日 08:00（北京时间）` */
export function describeSchedule(s: Schedule): string {
  const d = scheduleText.describe;
  switch (s.kind) {
    case 'nth-working-day':
      return d.nthWorkingDay(s.n, s.fromEnd, hhmm(s.time));
    case 'day-of-month':
      return d.dayOfMonth(s.day, hhmm(s.time));
    case 'weekly':
      return d.weekly(s.weekday, hhmm(s.time));
    case 'cron':
      return d.cron(s.expression);
  }
}

/** The first time the schedule fires strictly after `after`. Throws when the working days leave none for ten years. */
export function nextRun(s: Schedule, after: Date, isWorkingDay: IsWorkingDay): Date {
  const start = zonedParts(after);
  const startDate = schoolDate(after);
  const startMinute = Number(start.hour) * 60 + Number(start.minute);
  /** A school wall time, if it is after `after`. */
  const at = (date: string, t: TimeOfDay): Date | null => {
    if (date < startDate || (date === startDate && t.hour * 60 + t.minute < startMinute)) return null;
    const instant = zonedInstant(date, t.hour, t.minute);
    return instant.getTime() > after.getTime() ? instant : null;
  };
  const found = s.kind === 'nth-working-day' || s.kind === 'day-of-month' ? monthly(s, Number(start.year), Number(start.month), isWorkingDay, at) : daily(s, startDate, at);
  if (!found) throw new RangeError(scheduleText.noRunWithin(describeSchedule(s), SEARCH_YEARS));
  return found;
}

type At = (date: string, t: TimeOfDay) => Date | null;

function monthly(s: NthWorkingDay | DayOfMonth, year: number, month: number, isWorkingDay: IsWorkingDay, at: At): Date | null {
  for (let i = 0; i <= SEARCH_YEARS * 12; i++) {
    const y = year + Math.floor((month - 1 + i) / 12);
    const m = ((month - 1 + i) % 12) + 1;
    const date = fireDate(s, y, m, isWorkingDay);
    const found = date === null ? null : at(date, s.time);
    if (found) return found;
  }
  return null;
}

/** The day a monthly schedule fires in month y-m, or null when the month has fewer than N working days. */
function fireDate(s: NthWorkingDay | DayOfMonth, y: number, m: number, isWorkingDay: IsWorkingDay): string | null {
  const last = daysInMonth(y, m);
  if (s.kind === 'day-of-month') return formatYmd(y, m, Math.min(s.day, last));
  const working: string[] = [];
  for (let d = 1; d <= last; d++) if (isWorkingDay(formatYmd(y, m, d))) working.push(formatYmd(y, m, d));
  return (s.fromEnd ? working[working.length - s.n] : working[s.n - 1]) ?? null;
}

function daily(s: Weekly | CronSchedule, startDate: string, at: At): Date | null {
  for (let i = 0; i <= SEARCH_YEARS * 366; i++) {
    const date = addDays(startDate, i);
    const weekday = weekdayOf(date);
    if (s.kind === 'weekly') {
      const found = weekday === s.weekday ? at(date, s.time) : null;
      if (found) return found;
      continue;
    }
    if (!cronFiresOn(s, Number(date.slice(5, 7)), Number(date.slice(8, 10)), weekday)) continue;
    for (const hour of s.hours) {
      for (const minute of s.minutes) {
        const found = at(date, { hour, minute });
        if (found) return found;
      }
    }
  }
  return null;
}

/**
 * The school month (`YYYY-MM`) a run belongs to: the month of its scheduled instant on the
 * school's clock. Pass the instant nextRun gave, not the time a retry finally got through,
 * so that a briefing due on 12月31日 and retried past midnight still counts as December's.
 * Weekly and cron schedules fire several times a month: they are keyed by month the same
 * way, and a caller that sends each of their runs keys them by instant.
 */
export function fireMonth(_s: Schedule, at: Date): string {
  const p = zonedParts(at);
  return formatYm(Number(p.year), Number(p.month));
}
