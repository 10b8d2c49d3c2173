/**
 * A five-field cron expression `m h dom mon dow`, read as Vixie cron reads it: numbers, `*`,
 * lists `1,15`, ranges `1-5`, steps `*\/5`, `1-10/2` and `5/15` (5 to the end, every 15);
 * weekday 0–7 with 0 and 7 both Sunday. When both day fields are restricted (neither
 * starts with `*`) a day matching either fires; otherwise a day must match both.
 */
import { scheduleText, type CronFieldId } from '../messages/notify-schedule.ts';
import { daysInMonth } from '../ingest/values/calendar.ts';
import type { CronSchedule, ParseResult } from './schedule.ts';

const FIELDS: readonly { readonly id: CronFieldId; readonly min: number; readonly max: number }[] = [
  { id: 'minute', min: 0, max: 59 },
  { id: 'hour', min: 0, max: 23 },
  { id: 'day', min: 1, max: 31 },
  { id: 'month', min: 1, max: 12 },
  { id: 'weekday', min: 0, max: 7 },
];

const CRON_TOKEN = /^[\d*,/-]+$/;
const ITEM = /^(?:\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/;

/** A cron expression, or null when the text does not look like one (then it is not an error of cron's). */
export function parseCron(text: string): ParseResult | null {
  const tokens = text.trim().split(/\s+/);
  if (tokens.length < 3 || !tokens.every((t) => CRON_TOKEN.test(t))) return null;
  const expression = tokens.join(' ');
  if (tokens.length !== 5) return { ok: false, message: scheduleText.cronFieldCount(expression, tokens.length) };
  const values: number[][] = [];
  for (const [i, field] of FIELDS.entries()) {
    const token = tokens[i]!;
    const list = fieldValues(token, field.min, field.max);
    if (!list) return { ok: false, message: scheduleText.cronField(expression, field.id, token) };
    values.push(list);
  }
  const [minutes, hours, days, months, weekdays] = values as [number[], number[], number[], number[], number[]];
  const schedule: CronSchedule = {
    kind: 'cron',
    expression,
    minutes,
    hours,
    days,
    months,
    weekdays: [...new Set(weekdays.map((d) => d % 7))].sort((a, b) => a - b),
    daysRestricted: !tokens[2]!.startsWith('*'),
    weekdaysRestricted: !tokens[4]!.startsWith('*'),
  };
  return canFire(schedule) ? { ok: true, schedule } : { ok: false, message: scheduleText.cronNever(expression) };
}

function fieldValues(token: string, min: number, max: number): number[] | null {
  const out = new Set<number>();
  for (const item of token.split(',')) {
    const m = ITEM.exec(item);
    if (!m) return null;
    const step = m[3] === undefined ? 1 : Number(m[3]);
    const lo = m[1] === undefined ? min : Number(m[1]);
    const hi = m[1] === undefined ? max : m[2] !== undefined ? Number(m[2]) : m[3] !== undefined ? max : lo;
    if (step < 1 || lo < min || hi > max || lo > hi) return null;
    for (let v = lo; v <= hi; v += step) out.add(v);
  }
  return [...out].sort((a, b) => a - b);
}

/** `0 8 30 2 *` never fires; every other expression fires at least once in eight years. */
function canFire(s: CronSchedule): boolean {
  if (!s.daysRestricted || s.weekdaysRestricted) return true;
  return s.months.some((m) => s.days.some((d) => d <= daysInMonth(2028, m)));
}

/** Whether the cron fires on this school-calendar day (`weekday` 0 = Sunday). */
export function cronFiresOn(s: CronSchedule, month: number, day: number, weekday: number): boolean {
  if (!s.months.includes(month)) return false;
  const byDay = s.days.includes(day);
  const byWeekday = s.weekdays.includes(weekday);
  return s.daysRestricted && s.weekdaysRestricted ? byDay || byWeekday : byDay && byWeekday;
}
