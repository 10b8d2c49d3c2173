/** A month's briefing is computed for the term containing the month, as of the month's end (or today, if earlier). */
import { termIdContaining, termIdString } from '../term/term.ts';
import { monthEnd } from './months.ts';
import type { Period } from './run-options.ts';

export function monthPeriod(month: string, today: string, asOf?: string): Required<Omit<Period, 'span'>> {
  const end = monthEnd(month);
  return { term: termIdString(termIdContaining(`${month}-01`)), asOf: asOf ?? (today < end ? today : end) };
}
