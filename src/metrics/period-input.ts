/**
 * The one reader of a chosen term, day and month, as typed on the command line or in a
 * page address. It refuses what no ledger can mean (2026-02-30, a term of year 0000, a day
 * in 9999) with a problem code; the CLI and the server turn the code into the same sentence.
 */
import type { ParamProblemCode } from '../messages/params.ts';
import { parseSpanKind } from '../term/span.ts';
import { parseTermId, termIdString, type SpanKind } from '../term/term.ts';
import { isYmd } from './period.ts';
import { isMonth } from './months.ts';

/** The years a school's ledgers can be about. */
export const YEARS = { from: 1990, to: 2100 } as const;

export interface InputProblem {
  readonly code: ParamProblemCode;
  readonly value: string;
}

export type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: InputProblem };

const fail = <T>(code: InputProblem['code'], value: string): Read<T> => ({ ok: false, problem: { code, value } });
const inRange = (year: number) => year >= YEARS.from && year <= YEARS.to;

/** `YYYY-MM-DD`, a real calendar day between 1990 and 2100. */
export function readDay(text: string): Read<string> {
  if (!isYmd(text)) return fail('bad_date', text);
  return inRange(Number(text.slice(0, 4))) ? { ok: true, value: text } : fail('date_out_of_range', text);
}

/** `2025-2026-2` or `2025-2026学年第二学期`, normalised to the id. */
export function readTerm(text: string): Read<string> {
  const t = parseTermId(text);
  if (!t) return fail('bad_term', text);
  return inRange(t.firstYear) && inRange(t.firstYear + 1) ? { ok: true, value: termIdString(t) } : fail('term_out_of_range', text);
}

/** `YYYY-MM` between 1990-01 and 2100-12. */
export function readMonth(text: string): Read<string> {
  if (!isMonth(text)) return fail('bad_month', text);
  return inRange(Number(text.slice(0, 4))) ? { ok: true, value: text } : fail('month_out_of_range', text);
}

/** `学期`, `学年`, `年度`, `统计年度` (or `term`, `school-year`, `year`, `stat-year`). */
export function readSpan(text: string): Read<SpanKind> {
  const kind = parseSpanKind(text);
  return kind ? { ok: true, value: kind } : fail('bad_period', text);
}
