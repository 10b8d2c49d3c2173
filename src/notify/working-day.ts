/** Which school-calendar dates (`YYYY-MM-DD`) are working days: weekdays, less listed holidays, plus listed make-up days. */

import { isWeekday } from '../metrics/working-days.ts';

export type IsWorkingDay = (date: string) => boolean;

/** Monday to Friday. */
export const defaultIsWorkingDay: IsWorkingDay = isWeekday;

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
