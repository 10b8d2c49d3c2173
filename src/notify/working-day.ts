/** Which school-calendar dates (`YYYY-MM-DD`) are working days: weekdays, less listed holidays, plus listed make-up days. */

export type IsWorkingDay = (date: string) => boolean;

/** 0 = Sunday … 6 = Saturday, from the calendar date alone (no time zone). */
export function weekdayOf(date: string): number {
  return new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)))).getUTCDay();
}

/** `date` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  const t = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + days);
  return new Date(t).toISOString().slice(0, 10);
}

/** Monday to Friday. */
export function defaultIsWorkingDay(date: string): boolean {
  const d = weekdayOf(date);
  return d >= 1 && d <= 5;
}

/**
 * Weekdays, less the school's listed 节假日 (`holidays`), plus its 调休上班 days (`workdays`,
 * usually a Saturday or Sunday). There is no built-in holiday table: the State Council
 * publishes each year's dates in December and the school lists them. A date in both lists
 * is a holiday.
 */
export function workingDayPredicate(lists: { readonly holidays?: readonly string[]; readonly workdays?: readonly string[] }): IsWorkingDay {
  const off = new Set(lists.holidays ?? []);
  const on = new Set(lists.workdays ?? []);
  return (date) => !off.has(date) && (on.has(date) || defaultIsWorkingDay(date));
}
