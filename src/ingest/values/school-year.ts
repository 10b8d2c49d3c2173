/** Gives a year-less month or month/day its year from the term (Feb–Jul: second year, Aug–Jan: first). */
import type { IssueCode } from '../../messages/issues.ts';
import { makeTerm, yearOfMonthInSchoolYear, type TermId } from '../../term/term.ts';
import { formatYm, formatYmd, isValidMonthDay, isValidYmd } from './calendar.ts';
import { fail, ok, type Parsed } from './result.ts';

/** A term's first and last day when the settings move them; default: the term's usual span. */
export interface TermSpan {
  readonly start: string;
  readonly end: string;
}

export function resolveMonthDay(month: number, day: number, term: TermId | undefined, given?: TermSpan): Parsed<string> {
  if (!isValidMonthDay(month, day)) return fail('invalid_date');
  if (term === undefined) return fail('bad_date');
  const year = yearOfMonthInSchoolYear(term, month);
  if (!isValidYmd(year, month, day)) return fail('invalid_date');
  const date = formatYmd(year, month, day);
  const span = given ?? makeTerm(term);
  return date < span.start || date > span.end ? fail('date_outside_term') : ok(date);
}

export function resolveMonth(month: number, term: TermId | undefined, noTerm: IssueCode, given?: TermSpan): Parsed<string> {
  if (!Number.isInteger(month) || month < 1 || month > 12) return fail('bad_month');
  if (term === undefined) return fail(noTerm);
  const ym = formatYm(yearOfMonthInSchoolYear(term, month), month);
  const span = given ?? makeTerm(term);
  return ym < span.start.slice(0, 7) || ym > span.end.slice(0, 7) ? fail('date_outside_term') : ok(ym);
}
