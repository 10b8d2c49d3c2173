/**
 * The one parser of page, API and PDF parameters: term and as-of date from the query
 * string, a month from the path. Every route reads them here, so a bad or repeated value
 * gets the same 400 and the same sentence everywhere.
 */
import { readDay, readMonth, readTerm, type Period, type Read } from '../metrics/index.ts';
import { paramText, repeatedParam } from '../messages/params.ts';
import { HttpError } from './http-error.ts';

/** What the reader chose: the metrics' period. */
export type Query = Period;

/** One value of a query parameter; blank (an empty form field) counts as absent. */
function single(raw: unknown, name: string): string | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string') throw new HttpError(400, repeatedParam(name));
  const v = raw.trim();
  return v === '' ? undefined : v;
}

function accept<T>(r: Read<T>): T {
  if (!r.ok) throw new HttpError(400, paramText[r.problem.code](r.problem.value));
  return r.value;
}

export function parseQuery(q: Readonly<Record<string, unknown>>): Query {
  const term = single(q['term'], 'term');
  const asOf = single(q['as_of'], 'as_of');
  return {
    ...(term !== undefined ? { term: accept(readTerm(term)) } : {}),
    ...(asOf !== undefined ? { asOf: accept(readDay(asOf)) } : {}),
  };
}

export const parseMonth = (month: string): string => accept(readMonth(month));

/** `?term=…&as_of=…` for links that keep the reader's choice; '' when neither is set. */
export function queryString(q: Query): string {
  const p = new URLSearchParams();
  if (q.term) p.set('term', q.term);
  if (q.asOf) p.set('as_of', q.asOf);
  const s = p.toString();
  return s ? `?${s}` : '';
}

export const queryKey = (q: Query): string => `${q.term ?? ''}|${q.asOf ?? ''}`;
