/** Which term and day a report is computed for, from what the user asked (CLI options or URL query). */
import { monthEnd } from '../../metrics/months.ts';
import { termIdContaining, termIdString } from '../../term/term.ts';

export interface ReportPeriod {
  /** Term id for computeMetrics; absent = its default (the term containing asOf or today). */
  readonly term?: string;
  readonly asOf?: string;
}

/** A month's briefing: the term containing the month, as of the month's end (or today, if earlier). */
export function monthPeriod(month: string, today: string, asOf?: string): ReportPeriod {
  const end = monthEnd(month);
  return { term: termIdString(termIdContaining(`${month}-01`)), asOf: asOf ?? (today < end ? today : end) };
}
