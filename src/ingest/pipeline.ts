/**
 * Loaded workbooks → classified sheets → typed records, in the order the ledgers look each
 * other up (the settings first, then the roster, then activities, then everything that
 * names people or activities), with an account of every row.
 */
import { issueWords } from '../messages/issues.ts';
import { kindLabels } from '../messages/kinds.ts';
import type { TermId } from '../term/term.ts';
import { classifySheet, type Classification } from './classify.ts';
import type { IssueLog, LedgerIssue } from './issues.ts';
import type { LedgerKind } from './kinds.ts';
import { normalizeActivity } from './ledgers/activity-match.ts';
import { emptySink, sinkRecords, type ReadEnv, type RecordSink } from './ledgers/env.ts';
import { ledgerOf, READ_ORDER } from './ledgers/registry.ts';
import { exampleRows } from './ledgers/examples.ts';
import { exampleMatcher } from './table/example-rows.ts';
import { kindSettingSheet } from './ledgers/settings/keys.ts';
import { linkLedgers } from './link.ts';
import type { SheetModel, WorkbookModel } from './model.ts';
import { kindByName, overrideFor, type SheetOverride } from './overrides.ts';
import type { PipelineResult, SheetReport } from './result.ts';
import { structuralLabel } from './table/structural.ts';
import { SheetContext } from './table/sheet-context.ts';
import { cellText, normalizeName, type TermOrigin } from './values/index.ts';
import { homeTermFor, termFromSettings, termOfDay } from './home-term.ts';

interface PendingSheet {
  readonly file: string;
  readonly sheet: SheetModel;
  classification: Classification;
  override: SheetOverride | undefined;
}

const ALREADY_READ = new Set<LedgerKind>(READ_ORDER.slice(0, READ_ORDER.indexOf('participation')));

export interface PipelineOptions {
  /** The day the sources are read, `YYYY-MM-DD`: its term is the ledgers' term until the settings name one. */
  readonly today: string;
}

/** Classifies and reads already-loaded workbooks; shared by every adapter. */
export function readWorkbooks(
  workbooks: readonly WorkbookModel[],
  overrides: readonly SheetOverride[],
  log: IssueLog,
  fatal: readonly LedgerIssue[],
  options: PipelineOptions,
): PipelineResult {
  const sink = emptySink();
  const pending: PendingSheet[] = [];
  for (const wb of workbooks) {
    for (const sheet of wb.sheets) {
      const override = overrideFor(overrides, wb.file, sheet.name);
      const classification = classifySheet(sheet, {
        file: wb.file,
        activityNames: [],
        forcedKind: override?.kind ?? undefined,
        extraNames: override?.columns,
      });
      pending.push({ file: wb.file, sheet, classification, override });
    }
  }

  const reports = new Map<PendingSheet, SheetReport>();
  const env: { term: TermId; termOrigin: TermOrigin; staffByName: Map<string, number[]>; departments: string[] } = {
    term: termOfDay(options.today),
    termOrigin: 'day',
    staffByName: new Map(),
    departments: [],
  };
  const readEnv = (): ReadEnv => ({ sink, ...env });

  // a sign-in sheet of 1/0 marks looks like a roster until its columns are seen to name activities
  reclassify(pending, activityNamesAhead(pending), (c) => c.status === 'ok' && ALREADY_READ.has(c.kind));
  for (const kind of READ_ORDER) {
    if (kind === 'participation') {
      const names = sink.activities.map((a) => normalizeActivity(a.name));
      reclassify(pending, names, (c) => c.status !== 'ok' || !ALREADY_READ.has(c.kind));
    }
    for (const p of pending) {
      if (p.classification.status !== 'ok' || p.classification.kind !== kind) continue;
      const dates = homeTermFor(p.file, p.sheet, p.classification, sink, { term: env.term, origin: env.termOrigin });
      const examples = exampleRows(dates.term)[kind] ?? [];
      const matcher = exampleMatcher(p.sheet, p.classification.top, p.classification.bottom, ledgerOf(kind).template.columns, examples);
      const ctx = new SheetContext(p.file, p.sheet, p.classification, log, dates, matcher);
      const account = ledgerOf(kind).read(ctx, readEnv());
      reports.set(p, {
        file: p.file,
        sheet: p.sheet.name,
        kind,
        header_row: p.classification.top < 0 ? null : p.classification.bottom + 1,
        ...account,
      });
    }
    if (kind === 'settings') {
      const named = termFromSettings(sink);
      if (named) [env.term, env.termOrigin] = [named, 'settings'];
      applySettingKinds(pending, sink, log, reports);
    }
    if (kind === 'roster') indexRoster(sink, env);
  }

  for (const p of pending) {
    if (reports.has(p)) continue;
    reports.set(p, unreadReport(p, log));
  }
  linkLedgers(sink, log);
  const sheets = pending.map((p) => reports.get(p)!);
  return { records: sinkRecords(sink), sheets, issues: log.issues, fatal, term: env.term };
}

/** The activity names written in the activities sheets, before any sheet is read. */
function activityNamesAhead(pending: readonly PendingSheet[]): string[] {
  const names: string[] = [];
  for (const { sheet, classification: c } of pending) {
    if (c.status !== 'ok' || c.kind !== 'activities') continue;
    const col = c.match.columns.get('activity');
    for (let r = c.bottom + 1; col !== undefined && r < sheet.rowCount; r++) {
      const text = cellText(sheet.cell(r, col).value);
      if (text && !structuralLabel(text)) names.push(normalizeActivity(text));
    }
  }
  return names;
}

/** Once the activities are known, sheets may be sign-in sheets whose columns name them. */
function reclassify(pending: PendingSheet[], names: readonly string[], which: (c: Classification) => boolean): void {
  const activityNames = [...new Set(names)];
  if (activityNames.length === 0) return;
  for (const p of pending) {
    if (!which(p.classification)) continue;
    p.classification = classifySheet(p.sheet, {
      file: p.file,
      activityNames,
      forcedKind: p.override?.kind ?? undefined,
      extraNames: p.override?.columns,
    });
  }
}

function applySettingKinds(pending: PendingSheet[], sink: RecordSink, log: IssueLog, read: ReadonlyMap<PendingSheet, unknown>): void {
  for (const s of sink.settings) {
    const sheetName = kindSettingSheet(s.key);
    if (sheetName === null) continue;
    const kind = kindByName(s.value);
    if (!kind) {
      log.add(s.ref, 'bad_setting', { key: s.key, text: s.value });
      continue;
    }
    for (const p of pending) {
      if (read.has(p) || normalizeName(p.sheet.name) !== normalizeName(sheetName)) continue;
      p.override = { file: p.file, sheet: p.sheet.name, kind, columns: p.override?.columns ?? new Map() };
      p.classification = classifySheet(p.sheet, { file: p.file, activityNames: [], forcedKind: kind, extraNames: p.override.columns });
    }
  }
}

function indexRoster(sink: RecordSink, env: { staffByName: Map<string, number[]>; departments: string[] }): void {
  sink.staff.forEach((s, i) => {
    const list = env.staffByName.get(s.name) ?? [];
    list.push(i);
    env.staffByName.set(s.name, list);
  });
  env.departments = [...new Set(sink.staff.map((s) => s.department).filter((d): d is string => !!d))];
}

/** The account of a sheet that was not read: ignored (unrecognised) or refused (no header, ambiguous). */
function unreadReport(p: PendingSheet, log: IssueLog): SheetReport {
  const place = { file: p.file, sheet: p.sheet.name, cell: null };
  const c = p.classification;
  const rows = p.sheet.rowCount;
  const base = { file: p.file, sheet: p.sheet.name, header_row: null, rows_read: rows, rows_used: 0 };
  if (c.status === 'ambiguous') {
    log.add(place, 'sheet_ambiguous', { a: kindLabels[c.kinds[0]], b: kindLabels[c.kinds[1]] });
    return { ...base, kind: null, rows_skipped: 0, rows_rejected: rows };
  }
  if (c.status === 'no_header') {
    log.add(place, 'header_not_found', { kind: kindLabels[c.kind], missing: issueWords.list(c.missing) });
    return { ...base, kind: c.kind, rows_skipped: 0, rows_rejected: rows };
  }
  if (rows > 0) log.add(place, 'sheet_unrecognised', {});
  return { ...base, kind: null, rows_skipped: rows, rows_rejected: 0 };
}
