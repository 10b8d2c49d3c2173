/** The outside world the server reads: time and a place to log. Passed in, never global. */

export interface Clock {
  /** The current instant (for 更新于 and the banner's time). */
  readonly now: () => Date;
  /** Today in the school's calendar, `YYYY-MM-DD`. */
  readonly today: () => string;
}

export interface Logger {
  readonly info: (message: string) => void;
  readonly warn: (message: string) => void;
  readonly error: (message: string) => void;
}

const SCHOOL_ZONE = 'Asia/Shanghai';

/** `YYYY-MM-DD` of an instant in the school's time zone. */
export function schoolDate(d: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: SCHOOL_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
}

/** An instant as the school reads it: 2026年11月22日 10:05. */
export function schoolTimeZh(d: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: SCHOOL_ZONE,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(d);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}年${get('month')}月${get('day')}日 ${get('hour')}:${get('minute')}`;
}

export const systemClock: Clock = { now: () => new Date(), today: () => schoolDate(new Date()) };

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };
