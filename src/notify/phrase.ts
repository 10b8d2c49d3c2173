/**
 * The schedules a chair writes in words: 每月倒数第3个工作日 08:00, 每月最后一个工作日,
 * 每月第2个工作日 8点半, 每月25号 16:00, 每周五 15:30. The words come from the catalogue
 * (SCHEDULE_WORDS); this file only arranges them. Text is NFKC-normalised and spaceless here.
 */
import { SCHEDULE_WORDS as W, scheduleText } from '../messages/notify-schedule.ts';
import type { DayOfMonth, NthWorkingDay, ParseResult, TimeOfDay, Weekly } from './schedule.ts';

/** The furthest 第N个工作日 read: a month has at most 23 weekdays, and a briefing is sent early or late in it. */
export const MAX_ORDINAL = 20;
/** When the chair writes no time. */
export const DEFAULT_TIME: TimeOfDay = { hour: 8, minute: 0 };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const any = (words: readonly string[]) => `(?:${words.map(escape).join('|')})`;
const NUMERAL = `(\\d{1,2}|[${Object.keys(W.numeralDigits).join('')}${W.numeralTen}]{1,3})`;
const MONTHLY = `${any(W.everyMonth)}${any(W.of)}?`;
const WEEKDAY = `([1-7${Object.keys(W.weekdays).join('')}])`;

type Day = Omit<NthWorkingDay, 'time'> | Omit<DayOfMonth, 'time'> | Omit<Weekly, 'time'>;

/** Each form: its pattern up to the time, and the day it names (or which number is out of range). */
const FORMS: readonly { readonly re: RegExp; readonly day: (m: RegExpExecArray) => Day | 'bad-ordinal' | 'bad-day' }[] = [
  {
    re: new RegExp(`^${MONTHLY}${any(W.last)}${any(W.workingDay)}`, 'u'),
    day: () => ({ kind: 'nth-working-day', n: 1, fromEnd: true }),
  },
  {
    re: new RegExp(`^${MONTHLY}${any(W.fromEnd)}${any(W.ordinal)}?${NUMERAL}${any(W.counter)}?${any(W.workingDay)}`, 'u'),
    day: (m) => ordinal(m[1]!, true),
  },
  {
    re: new RegExp(`^${MONTHLY}${any(W.ordinal)}${NUMERAL}${any(W.counter)}?${any(W.workingDay)}`, 'u'),
    day: (m) => ordinal(m[1]!, false),
  },
  {
    re: new RegExp(`^${MONTHLY}${NUMERAL}${any(W.dayOfMonth)}`, 'u'),
    day: (m) => {
      const day = numeral(m[1]!);
      return day >= 1 && day <= 31 ? { kind: 'day-of-month', day } : 'bad-day';
    },
  },
  {
    re: new RegExp(`^${any(W.week)}${WEEKDAY}`, 'u'),
    day: (m) => ({ kind: 'weekly', weekday: /\d/.test(m[1]!) ? Number(m[1]) % 7 : W.weekdays[m[1]!]! }),
  },
];

const TIME = new RegExp(
  `^${any(W.separator)}?(?:(${any(W.morning)})|(${any(W.afternoon)}))?${NUMERAL}(?::(\\d{2})|${any(W.hour)}(?:(\\d{1,2})${any(W.minute)}?|(${any(W.half)}))?)$`,
  'u',
);

/** A schedule in words, or null when the text is none of the forms. */
export function parsePhrase(original: string, text: string): ParseResult | null {
  for (const form of FORMS) {
    const m = form.re.exec(text);
    if (!m) continue;
    const day = form.day(m);
    if (day === 'bad-ordinal') return { ok: false, message: scheduleText.badOrdinal(original, MAX_ORDINAL) };
    if (day === 'bad-day') return { ok: false, message: scheduleText.badDay(original) };
    const time = parseTime(text.slice(m[0].length));
    if (time === null) return null;
    if (time === 'bad') return { ok: false, message: scheduleText.badTime(original) };
    return { ok: true, schedule: { ...day, time } };
  }
  return null;
}

function ordinal(text: string, fromEnd: boolean): Day | 'bad-ordinal' {
  const n = numeral(text);
  return n >= 1 && n <= MAX_ORDINAL ? { kind: 'nth-working-day', n, fromEnd } : 'bad-ordinal';
}

/** `''` → 08:00; `8:00`, `8点`, `8点30分`, `8点半`, `下午4点`; 'bad' for 25:00; null when it is no time at all. */
function parseTime(rest: string): TimeOfDay | 'bad' | null {
  if (rest === '' || W.separator.some((s) => s === rest)) return DEFAULT_TIME;
  const m = TIME.exec(rest);
  if (!m) return null;
  const [, , pm, h, colonMinute, minute, half] = m;
  let hour = numeral(h!);
  if (pm !== undefined && hour >= 1 && hour < 12) hour += 12;
  const min = half !== undefined ? 30 : Number(colonMinute ?? minute ?? 0);
  return Number.isInteger(hour) && hour <= 23 && min <= 59 ? { hour, minute: min } : 'bad';
}

/** `3`, `三`, `十`, `十五`, `二十`, `三十一`; NaN for anything else (`一一`). */
function numeral(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const digit = (c: string | undefined) => (c === undefined ? undefined : W.numeralDigits[c]);
  const [a, b, c] = [...text];
  if (b === undefined) return a === W.numeralTen ? 10 : (digit(a) ?? NaN);
  if (a === W.numeralTen && c === undefined) return 10 + (digit(b) ?? NaN);
  if (b === W.numeralTen) return (digit(a) ?? NaN) * 10 + (c === undefined ? 0 : (digit(c) ?? NaN));
  return NaN;
}
