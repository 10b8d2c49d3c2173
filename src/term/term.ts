/**
 * School terms. A school year runs September to July; `2025-2026-1` is the first term
 * (08-01 to 01-31 by default) and `2025-2026-2` the second (02-01 to 07-31).
 * All dates are `YYYY-MM-DD` strings.
 */
import { termZh } from '../messages/format.ts';
import type { SpanKindKey } from '../messages/span.ts';

/** What a report covers: a term, or a year made of terms (src/term/span.ts). */
export type SpanKind = SpanKindKey;

export interface Term {
  /** `2025-2026-2`; for a year, see span.ts (`2025-2026`, `2026`, `2026-stat`). */
  readonly id: string;
  /** `2025-2026学年第二学期` */
  readonly label: string;
  readonly start: string;
  readonly end: string;
  /** Calendar months that count as working months, in term order (`2026-02` …). */
  readonly workingMonths: readonly string[];
  readonly kind: SpanKind;
  /**
   * The terms whose term-keyed rows (budget lines, survey answers, proposals and pairs that
   * name a 学期) belong here: the term itself, or the terms most of whose days fall in the year.
   */
  readonly termIds: readonly string[];
}

export interface TermId {
  readonly firstYear: number;
  readonly half: 1 | 2;
}

export function termIdString(t: TermId): string {
  return `${t.firstYear}-${t.firstYear + 1}-${t.half}`;
}

/** `2025-2026学年第二学期` */
export function termLabel(t: TermId): string {
  return termZh(t.firstYear, t.half);
}

/**
 * Reads a term id from `2025-2026-2`, `2025-2026学年第二学期`, `2025-2026学年度第2学期`,
 * `2025—2026学年下学期`, `2025-2026-2学期`. Returns null when the text names no term.
 */
export function parseTermId(text: string): TermId | null {
  const s = text.normalize('NFKC').replace(/\s+/g, '');
  const m = /(\d{4})[-－—–~至到](\d{4})(?:学年度?|年度?)?[-－—–]?(?:第)?([12一二上下])(?:学期)?/.exec(s);
  if (!m) return null;
  const first = Number(m[1]);
  if (Number(m[2]) !== first + 1) return null;
  const h = m[3]!;
  const half = /^[1一上]$/u.test(h) ? 1 : 2;
  return { firstYear: first, half };
}

/** The term whose default span contains a calendar date. */
export function termIdContaining(date: string): TermId {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (month >= 8) return { firstYear: year, half: 1 };
  if (month === 1) return { firstYear: year - 1, half: 1 };
  return { firstYear: year - 1, half: 2 };
}

export function previousTermId(t: TermId): TermId {
  return t.half === 2 ? { firstYear: t.firstYear, half: 1 } : { firstYear: t.firstYear - 1, half: 2 };
}

export function nextTermId(t: TermId): TermId {
  return t.half === 1 ? { firstYear: t.firstYear, half: 2 } : { firstYear: t.firstYear + 1, half: 1 };
}

const DEFAULT_WORKING_MONTHS: Record<1 | 2, readonly number[]> = { 1: [9, 10, 11, 12, 1], 2: [2, 3, 4, 5, 6] };

export interface TermOptions {
  readonly start?: string;
  readonly end?: string;
  /** Calendar month numbers (1–12) that are working months. */
  readonly workingMonths?: readonly number[];
}

/** The year a calendar month belongs to within a term's school year. */
export function yearOfMonthInSchoolYear(t: TermId, month: number): number {
  return month >= 8 ? t.firstYear : t.firstYear + 1;
}

export function makeTerm(t: TermId, options: TermOptions = {}): Term {
  const defaultStart = t.half === 1 ? `${t.firstYear}-08-01` : `${t.firstYear + 1}-02-01`;
  const defaultEnd = t.half === 1 ? `${t.firstYear + 1}-01-31` : `${t.firstYear + 1}-07-31`;
  const start = options.start ?? defaultStart;
  const end = options.end ?? defaultEnd;
  const months = options.workingMonths ?? DEFAULT_WORKING_MONTHS[t.half];
  const workingMonths = months
    .map((m) => `${yearOfMonthInSchoolYear(t, m)}-${String(m).padStart(2, '0')}`)
    .filter((ym) => ym >= start.slice(0, 7) && ym <= end.slice(0, 7))
    .sort();
  const id = termIdString(t);
  return { id, label: termLabel(t), start, end, workingMonths, kind: 'term', termIds: [id] };
}

export function termOf(id: string, options?: TermOptions): Term | null {
  const t = parseTermId(id);
  return t ? makeTerm(t, options) : null;
}
