/**
 * The one parser of page, API and PDF parameters: term, as-of date and period (`?period=学年`:
 * a year made of terms) from the query string, a month from the path. Every route reads them
 * here, so a bad or repeated value gets the same 400 and the same sentence everywhere.
 */
import { readDay, readMonth, readSpan, readTerm, type Period, type Read } from '../metrics/index.ts';
import { SPAN_WORDS } from '../messages/span.ts';
import type { SpanKind } from '../term/term.ts';
import { badSeconds, paramText, repeatedParam } from '../messages/params.ts';
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

/** How `?period=` names a span in links (its ASCII name: `school-year`); '' for a term, the default. */
export const periodParam = (span: SpanKind): string => (span === 'term' ? '' : SPAN_WORDS[span].names.at(-1)!);

export function parseQuery(q: Readonly<Record<string, unknown>>): Query {
  const term = single(q['term'], 'term');
  const asOf = single(q['as_of'], 'as_of');
  const period = single(q['period'], 'period');
  const span = period === undefined ? undefined : accept(readSpan(period));
  return {
    ...(term !== undefined ? { term: accept(readTerm(term)) } : {}),
    ...(asOf !== undefined ? { asOf: accept(readDay(asOf)) } : {}),
    ...(span !== undefined && span !== 'term' ? { span } : {}),
  };
}

export const parseMonth = (month: string): string => accept(readMonth(month));

/** How long a slide of the projector mode stays up: long enough to read, short enough to move on. */
export const PRESENT_SECONDS = { min: 5, max: 300 } as const;

export interface PresentQuery {
  readonly query: Query;
  /** `?month=YYYY-MM`; null = the as-of month. */
  readonly month: string | null;
  readonly seconds: number;
}

/** `/present?month=…&seconds=…` besides the term and as-of date; `fallback` is serve.presentSeconds. */
export function parsePresent(q: Readonly<Record<string, unknown>>, fallback: number): PresentQuery {
  const month = single(q['month'], 'month');
  const raw = single(q['seconds'], 'seconds');
  const seconds = raw === undefined ? fallback : Number(raw);
  if (raw !== undefined && (!/^\d+$/.test(raw) || seconds < PRESENT_SECONDS.min || seconds > PRESENT_SECONDS.max)) {
    throw new HttpError(400, badSeconds(raw, PRESENT_SECONDS.min, PRESENT_SECONDS.max));
  }
  return { query: parseQuery(q), month: month === undefined ? null : parseMonth(month), seconds };
}

/** `?term=…&as_of=…&period=…` for links that keep the reader's choice; '' when none is set. */
export function queryString(q: Query): string {
  const p = new URLSearchParams();
  if (q.term) p.set('term', q.term);
  if (q.asOf) p.set('as_of', q.asOf);
  if (q.span && q.span !== 'term') p.set('period', periodParam(q.span));
  const s = p.toString();
  return s ? `?${s}` : '';
}

export const queryKey = (q: Query): string => `${q.term ?? ''}|${q.asOf ?? ''}|${q.span ?? ''}`;
