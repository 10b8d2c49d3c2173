/**
 * Which term and up to which day: `--term`, else the term containing `--as-of`, else the
 * settings' 学期, else the term containing today. asOf defaults to today and is capped at
 * the term's end. The settings' dates and working months apply to the term they describe.
 * With a `span` other than a term (`--period 学年|年度|统计年度`), the year containing asOf
 * (or that term's first day) instead; see src/term/span.ts.
 */
import { isValidYmd } from '../ingest/values/index.ts';
import { previousSpan, spanContaining } from '../term/span.ts';
import { makeTerm, parseTermId, termIdContaining, termIdString, type SpanKind, type Term, type TermId } from '../term/term.ts';
import type { MetricsSettings } from './settings.ts';

export interface PeriodOptions {
  /** Term id or label (`2025-2026-2`, `2025-2026学年第二学期`). */
  readonly term?: string;
  /** `YYYY-MM-DD` */
  readonly asOf?: string;
  /** `YYYY-MM-DD`: metrics read no clock. */
  readonly today: string;
  /** A term (default) or a year made of terms. */
  readonly span?: SpanKind;
}

export interface Period {
  /** The term, or the year, the metrics cover. */
  readonly term: Term;
  readonly asOf: string;
  /** What it is compared with: the term before, or the same kind of year a year earlier. */
  readonly previous: Term;
}

export const isYmd = (s: string): boolean => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m !== null && isValidYmd(Number(m[1]), Number(m[2]), Number(m[3]));
};

function checkedDate(value: string, what: string): string {
  if (!isYmd(value)) throw new RangeError(`${what} must be YYYY-MM-DD, got "${value}"`);
  return value;
}

export function resolvePeriod(settings: MetricsSettings, options: PeriodOptions): Period {
  const today = checkedDate(options.today, 'today');
  const asOfOption = options.asOf === undefined ? undefined : checkedDate(options.asOf, 'asOf');
  let id: TermId | null;
  if (options.term !== undefined) {
    id = parseTermId(options.term);
    if (!id) throw new RangeError(`not a term id: "${options.term}"`);
  } else {
    id = asOfOption ? termIdContaining(asOfOption) : (settings.term ?? termIdContaining(today));
  }
  const termFor = (t: TermId) => makeTerm(t, termOptions(settings, t));
  const kind = options.span ?? 'term';
  const term = kind === 'term' ? termFor(id) : spanContaining(kind, asOfOption ?? termFor(id).start, termFor);
  const asOf = asOfOption ?? today;
  return { term, asOf: asOf > term.end ? term.end : asOf, previous: previousSpan(term, termFor) };
}

/** The settings describe the term they name, or (naming none) the term their dates fall in. */
function termOptions(settings: MetricsSettings, id: TermId) {
  const same = (t: TermId | null) => t !== null && termIdString(t) === termIdString(id);
  const describes = (date: string | null) => (settings.term ? same(settings.term) : date !== null && same(termIdContaining(date)));
  const start = settings.termStart !== null && describes(settings.termStart) ? settings.termStart : undefined;
  const end = settings.termEnd !== null && describes(settings.termEnd) ? settings.termEnd : undefined;
  const months = settings.workingMonths && (settings.term ? same(settings.term) : true) ? settings.workingMonths : undefined;
  const options = { start, end, workingMonths: months };
  // Working months that fall outside the term (set for the other half-year) are ignored.
  if (months && makeTerm(id, options).workingMonths.length === 0) return { start, end };
  return options;
}
