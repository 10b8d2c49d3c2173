/**
 * The term a ledger belongs to, which gives year-less dates (3月8日) their year and 本学期 /
 * 上学期 their meaning: the settings' 学期, else a term named in the sheet's title rows, its
 * name or its file name, else the term of the day the sources are read. It is a fact of the
 * ledgers, never of the view: looking at another term does not re-read them.
 */
import { makeTerm, parseTermId, termIdContaining, termIdString, type TermId } from '../term/term.ts';
import type { Classification } from './classify.ts';
import type { RecordSink } from './ledgers/env.ts';
import { settingRow } from './ledgers/settings/keys.ts';
import type { SheetModel } from './model.ts';
import { normalizeName, parseDate } from './values/index.ts';
import type { TermSpan } from './values/school-year.ts';
import type { DateContext, TermOrigin } from './values/date.ts';

/** The term of the read's day, until the settings name one. */
export const termOfDay = (today: string): TermId => termIdContaining(today);

export function termFromSettings(sink: Pick<RecordSink, 'settings'>): TermId | null {
  const s = settingRow(sink.settings, 'term');
  return s ? parseTermId(s.value) : null;
}

/**
 * 学期开始 / 学期结束 from the settings move the span of the settings' own term: year-less
 * dates outside it are errors. Another term keeps its usual span.
 */
export function spanFromSettings(sink: Pick<RecordSink, 'settings'>, term: TermId): TermSpan | null {
  const settingsTerm = termFromSettings(sink);
  if (!settingsTerm || termIdString(settingsTerm) !== termIdString(term)) return null;
  const day = (key: 'termStart' | 'termEnd') => {
    const s = settingRow(sink.settings, key);
    const d = s ? parseDate(s.raw, { term }) : null;
    return d?.ok ? d.value : null;
  };
  const start = day('termStart');
  const end = day('termEnd');
  if (!start && !end) return null;
  const usual = makeTerm(term);
  return { start: start ?? usual.start, end: end ?? usual.end };
}

/** A term named in the sheet's title rows, its name or its file name. */
export function sheetTermHint(file: string, sheet: SheetModel, c: Classification): TermId | null {
  if (c.status !== 'ok') return null;
  for (let r = 0; r < c.top; r++) {
    for (let col = 0; col < Math.min(sheet.columnCount, 4); col++) {
      const t = parseTermId(String(sheet.cell(r, col).value ?? ''));
      if (t) return t;
    }
  }
  return parseTermId(normalizeName(sheet.name)) ?? parseTermId(normalizeName(file));
}

/** How a sheet's year-less dates are read: its own term (or the ledgers'), in the settings' span when they set one. */
export function homeTermFor(
  file: string,
  sheet: SheetModel,
  c: Classification,
  sink: Pick<RecordSink, 'settings'>,
  ledgers: { readonly term: TermId; readonly origin: TermOrigin },
): DateContext & { readonly term: TermId; readonly origin: TermOrigin } {
  const own = sheetTermHint(file, sheet, c);
  const term = own ?? ledgers.term;
  const origin = own ? 'sheet' : ledgers.origin;
  const span = spanFromSettings(sink, term);
  return span ? { term, span, origin } : { term, origin };
}
