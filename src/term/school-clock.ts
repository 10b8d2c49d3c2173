/**
 * The school's clock: an instant as the office reads it (Asia/Shanghai), whatever zone
 * the server runs in. The one place that turns an instant into a calendar date or time.
 */
import { dateTimeZh } from '../messages/format.ts';

export const SCHOOL_ZONE = 'Asia/Shanghai';

interface Parts {
  readonly year: string;
  readonly month: string;
  readonly day: string;
  readonly hour: string;
  readonly minute: string;
}

/** Zero-padded calendar parts of an instant in a time zone (default the school's). */
export function zonedParts(at: Date, zone: string = SCHOOL_ZONE): Parts {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (t: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === t)?.value ?? '';
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

/** `2026-11-22` */
export function schoolDate(at: Date): string {
  const p = zonedParts(at);
  return `${p.year}-${p.month}-${p.day}`;
}

/** `2026年11月22日 09:05` */
export function schoolDateTime(at: Date): string {
  return dateTimeZh(zonedParts(at));
}

/** `2026-11-22 09:05` in a given zone (a spreadsheet's own), falling back to the school's for an unknown zone. */
export function zonedStamp(at: Date, zone: string | null | undefined): string {
  const p = zonedParts(at, zone && isZone(zone) ? zone : SCHOOL_ZONE);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

function isZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The instant at which a wall clock in `zone` (default the school's) reads `date` (`YYYY-MM-DD`)
 * `hour:minute`: the inverse of zonedParts. Asia/Shanghai has kept UTC+8 all year since 1991,
 * so every school wall time names exactly one instant.
 */
export function zonedInstant(date: string, hour: number, minute: number, zone: string = SCHOOL_ZONE): Date {
  const wall = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), hour, minute);
  let t = wall;
  for (let i = 0; i < 2; i++) {
    const p = zonedParts(new Date(t), zone);
    t += wall - Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
  }
  return new Date(t);
}
