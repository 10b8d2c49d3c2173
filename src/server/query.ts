/** The page parameters: term and as-of date, read once from the query string and checked. */
import { isMonth, isYmd } from '../metrics/index.ts';
import { parseTermId, termIdString } from '../term/term.ts';
import { HttpError } from './http-error.ts';
import { text } from '../messages/server.ts';

export interface Query {
  /** Term id `2025-2026-2`. */
  readonly term?: string;
  /** `YYYY-MM-DD` */
  readonly asOf?: string;
}

/** One value of a query parameter; blank (an empty form field) counts as absent. */
function single(raw: unknown, name: string): string | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string') throw new HttpError(400, text.errors.repeatedParam(name));
  const v = raw.trim();
  return v === '' ? undefined : v;
}

export function parseQuery(q: Readonly<Record<string, unknown>>): Query {
  const term = single(q['term'], 'term');
  const asOf = single(q['as_of'], 'as_of');
  let id: string | undefined;
  if (term !== undefined) {
    const t = parseTermId(term);
    if (!t) throw new HttpError(400, text.errors.badTerm(term));
    id = termIdString(t);
  }
  if (asOf !== undefined && !isYmd(asOf)) throw new HttpError(400, text.errors.badDate(asOf));
  return { ...(id ? { term: id } : {}), ...(asOf ? { asOf } : {}) };
}

export function parseMonth(month: string): string {
  if (!isMonth(month)) throw new HttpError(400, text.errors.badMonth(month));
  return month;
}

/** `?term=…&as_of=…` for links that keep the reader's choice; '' when neither is set. */
export function queryString(q: Query): string {
  const p = new URLSearchParams();
  if (q.term) p.set('term', q.term);
  if (q.asOf) p.set('as_of', q.asOf);
  const s = p.toString();
  return s ? `?${s}` : '';
}

export const queryKey = (q: Query): string => `${q.term ?? ''}|${q.asOf ?? ''}`;
