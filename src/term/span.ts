/**
 * Years made of terms, for `--period`: the school year (学年: both terms), the calendar year
 * (年度: 1 January to 31 December) and the union's statistical year (统计年度: 1 October to
 * 30 September, named by the year it ends in). A year counts the dated rows between its first
 * and last day, the working months of the terms those months belong to, and the term-keyed
 * rows (budget lines, survey answers, proposals, pairs) of the terms most of whose days fall
 * in it: 年度 2026 is 2025-2026-2 and 2026-2027-1; 统计年度 2026 is the 2025-2026 school year.
 */
import { schoolYearZh, SPAN_WORDS, statYearZh, yearZh } from '../messages/span.ts';
import { parseTermId, previousTermId, termIdContaining, termIdString, type SpanKind, type Term, type TermId } from './term.ts';

/** Builds a term with whatever dates and working months the settings give it. */
export type TermFor = (id: TermId) => Term;

export const SPAN_KINDS: readonly SpanKind[] = ['term', 'school_year', 'year', 'stat_year'];

/** `学年`, `school-year`… → its kind; null when the text names none. */
export function parseSpanKind(text: string): SpanKind | null {
  const s = text.normalize('NFKC').trim().toLowerCase();
  return SPAN_KINDS.find((k) => SPAN_WORDS[k].names.some((n) => n.toLowerCase() === s)) ?? null;
}

const months = (start: string, end: string): string[] => {
  const out: string[] = [];
  let y = Number(start.slice(0, 4));
  let m = Number(start.slice(5, 7));
  for (let ym = start.slice(0, 7); ym <= end.slice(0, 7); ym = `${y}-${String(m).padStart(2, '0')}`) {
    out.push(ym);
    if (++m > 12) (m = 1), (y += 1);
  }
  return out;
};

/** The months of [start, end] that are working months of the term each falls in. */
function workingMonthsIn(start: string, end: string, termFor: TermFor): string[] {
  return months(start, end).filter((ym) => termFor(termIdContaining(`${ym}-01`)).workingMonths.includes(ym));
}

function calendarSpan(kind: SpanKind, id: string, label: string, start: string, end: string, terms: readonly TermId[], termFor: TermFor): Term {
  return { id, label, start, end, workingMonths: workingMonthsIn(start, end, termFor), kind, termIds: terms.map(termIdString) };
}

/** The span of `kind` a calendar date falls in; the settings' term dates shape the school year. */
export function spanContaining(kind: SpanKind, date: string, termFor: TermFor): Term {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  switch (kind) {
    case 'term':
      return termFor(termIdContaining(date));
    case 'school_year':
      return schoolYear(termIdContaining(date).firstYear, termFor);
    case 'year':
      return calendarYear(year, termFor);
    case 'stat_year':
      return statYear(month >= 10 ? year + 1 : year, termFor);
  }
}

function schoolYear(firstYear: number, termFor: TermFor): Term {
  const first = termFor({ firstYear, half: 1 });
  const second = termFor({ firstYear, half: 2 });
  return {
    id: `${firstYear}-${firstYear + 1}`,
    label: schoolYearZh(firstYear),
    start: first.start,
    end: second.end,
    workingMonths: [...first.workingMonths, ...second.workingMonths],
    kind: 'school_year',
    termIds: [first.id, second.id],
  };
}

const calendarYear = (year: number, termFor: TermFor): Term =>
  calendarSpan('year', String(year), yearZh(year), `${year}-01-01`, `${year}-12-31`, [{ firstYear: year - 1, half: 2 }, { firstYear: year, half: 1 }], termFor);

const statYear = (endYear: number, termFor: TermFor): Term =>
  calendarSpan('stat_year', `${endYear}-stat`, statYearZh(endYear), `${endYear - 1}-10-01`, `${endYear}-09-30`, [{ firstYear: endYear - 1, half: 1 }, { firstYear: endYear - 1, half: 2 }], termFor);

/** What the span is compared with: the previous term, or the same kind of year a year earlier. */
export function previousSpan(span: Term, termFor: TermFor): Term {
  const id = span.kind === 'term' ? parseTermId(span.id) : null;
  if (id !== null) return termFor(previousTermId(id));
  const yearBefore = `${Number(span.start.slice(0, 4)) - 1}${span.start.slice(4)}`;
  return spanContaining(span.kind, yearBefore, termFor);
}
