/** Working days for early warnings: Monday to Friday (the ledgers carry no holiday calendar). */
import { addDays, weekday } from '../ingest/values/index.ts';

export const isWeekday = (date: string): boolean => weekday(date) >= 1 && weekday(date) <= 5;

/** Working days after `date` up to and including `until`. */
export function workingDaysAfter(date: string, until: string): number {
  let n = 0;
  for (let d = addDays(date, 1); d <= until; d = addDays(d, 1)) if (isWeekday(d)) n++;
  return n;
}
