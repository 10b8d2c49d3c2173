/** Excel serial day numbers ↔ calendar dates, 1900 date system with its leap-year bug. */
import { formatYmd, isValidYmd } from './calendar.ts';

export const MAX_SERIAL = 2958465; // 9999-12-31
const DAY_MS = 86_400_000;

/**
 * The calendar date of an Excel serial (the fraction, a time of day, is dropped).
 * Serial 60 is Excel's phantom 1900-02-29, returned as such. Throws outside 1..2958465.
 */
export function serialToDate(serial: number): string {
  const day = Math.floor(serial);
  if (!Number.isFinite(serial) || day < 1 || day > MAX_SERIAL) throw new RangeError(`not an Excel serial date: ${serial}`);
  if (day === 60) return '1900-02-29';
  // Before the phantom day, serial 1 is 1900-01-01; from 61 on, days count from 1899-12-30.
  const epoch = day < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const d = new Date(epoch + day * DAY_MS);
  return formatYmd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The Excel serial of a `YYYY-MM-DD` date (1900-01-01 = 1). Throws on an invalid or earlier date. */
export function dateToSerial(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  if (y === 1900 && mo === 2 && d === 29) return 60;
  if (!isValidYmd(y, mo, d) || y < 1900) throw new RangeError(`not a date Excel can store: ${date}`);
  const days = (Date.UTC(y, mo - 1, d) - Date.UTC(1899, 11, 30)) / DAY_MS;
  return days < 61 ? days - 1 : days;
}
