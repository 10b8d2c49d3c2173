/**
 * Ingest: sources → sheet models → classified tables → typed records, with every issue
 * and an account of every row. Knows nothing of targets.
 */
import { dirname, join } from 'node:path';
import { kindLabels } from '../messages/zh.ts';
import { makeTerm, parseTermId, termIdContaining, termIdString, type TermId } from '../term/term.ts';
import { classifySheet, type Classification } from './classify.ts';
import { readExcelWorkbook } from './excel/read-workbook.ts';
import { limitsFromEnv, type ReadLimits } from './excel/limits.ts';
import { IssueLog, SourceError, makeIssue, type LedgerIssue } from './issues.ts';
import type { LedgerKind } from './kinds.ts';
import { emptySink, type ReadEnv, type RecordSink } from './ledgers/env.ts';
import { readerFor } from './ledgers/readers.ts';
import { linkLedgers } from './link.ts';
import type { SheetModel, WorkbookModel } from './model.ts';
import { CONFIG_FILE, kindByName, loadOverrides, overrideFor, type GoogleConfig, type SheetOverride } from './overrides.ts';
import type { Records } from './records.ts';
import { resolveSources, type SourceRef } from './sources.ts';
import type { RemoteRead } from './sheets/reader.ts';
import { SheetContext } from './table/sheet-context.ts';
import { normalizeActivity } from './ledgers/activity-match.ts';
import { cellText, normalizeName, parseDate } from './values/index.ts';
import type { TermSpan } from './values/school-year.ts';
import { structuralLabel } from './table/structural.ts';
import { statSync } from 'node:fs';

export type { LedgerIssue } from './issues.ts';
export type { LedgerKind } from './kinds.ts';
export type * from './records.ts';

/** The per-sheet account of interface.md's `check --json`. */
export interface SheetReport {
  readonly file: string;
  readonly sheet: string;
  readonly kind: LedgerKind | null;
  /** 1-based row of the (lowest) header row; null when the sheet has none. */
  readonly header_row: number | null;
  readonly rows_read: number;
  readonly rows_used: number;
  readonly rows_skipped: number;
  readonly rows_rejected: number;
}

export interface SourceStatus {
  readonly source: string;
  readonly ok: boolean;
}

export interface IngestOptions {
  /** Calendar date for checks that depend on time (无签到记录); default: the term's end. */
  readonly asOf?: string;
  /** Term for year-less dates when no settings sheet or title names one. */
  readonly term?: string;
  /** Size limits of one workbook; default: 200 MB of XML and 5 million cells, or the UNION_DASH_MAX_* variables. */
  readonly limits?: ReadLimits;
  /** Path of union-dash.config.json; default: beside the first folder source, else the working directory. */
  readonly configPath?: string;
  /** Reads a non-file source (Google Sheets); absent = a reader configured from the environment. */
  readonly readRemote?: (ref: Extract<SourceRef, { type: 'gsheets' }>) => Promise<RemoteRead>;
  /** Today, `YYYY-MM-DD`, for the default term. */
  readonly today?: string;
}

export interface IngestResult {
  readonly records: Records;
  readonly sheets: readonly SheetReport[];
  readonly issues: readonly LedgerIssue[];
  /** Issues that made a whole named source unreadable (the CLI exits 2 on these). */
  readonly fatal: readonly LedgerIssue[];
  /** The term year-less dates were resolved in. */
  readonly term: TermId;
}

interface PendingSheet {
  readonly file: string;
  readonly sheet: SheetModel;
  classification: Classification;
  override: SheetOverride | undefined;
}

/** Kinds read first: the others look names, departments and activities up in them. */
const READ_ORDER: readonly LedgerKind[] = [
  'settings',
  'targets',
  'roster',
  'activities',
  'participation',
  'offices',
  'funds',
  'budget',
  'survey',
  'proposals',
  'archive',
  'tasks',
  'mentoring',
];

export async function ingest(sourceArgs: readonly string[], options: IngestOptions = {}): Promise<IngestResult> {
  const log = new IssueLog();
  const resolved = await resolveSources(sourceArgs);
  const fatal: LedgerIssue[] = [...resolved.fatal];
  log.issues.push(...resolved.notes);

  const configPath = options.configPath ?? defaultConfigPath(sourceArgs);
  const loaded = await loadOverrides(configPath);
  log.issues.push(...loaded.issues);

  const workbooks: WorkbookModel[] = [];
  let remote: NonNullable<IngestOptions['readRemote']> | undefined = options.readRemote;
  for (const ref of resolved.refs) {
    try {
      const { workbook, notes } =
        ref.type === 'file'
          ? await readExcelWorkbook(ref.path, options.limits ?? limitsFromEnv(process.env))
          : await (remote ??= await remoteReader(loaded.google))(ref);
      workbooks.push(workbook);
      log.issues.push(...notes);
    } catch (e) {
      if (!(e instanceof SourceError)) throw e;
      fatal.push(e.issue);
    }
  }
  return readWorkbooks(workbooks, loaded.overrides, log, fatal, options);
}

/** The Google Sheets reader from the environment and the config file's credentials. */
async function remoteReader(google: GoogleConfig): Promise<NonNullable<IngestOptions['readRemote']>> {
  const sheets = await import('./sheets/reader.ts');
  return sheets.createSheetsReader(sheets.sheetsReaderOptionsFromEnv(process.env, process.cwd(), google));
}

function defaultConfigPath(args: readonly string[]): string {
  for (const a of args) {
    const info = statSafe(a);
    if (info?.isDirectory()) return join(a, CONFIG_FILE);
    if (info?.isFile()) return join(dirname(a), CONFIG_FILE);
  }
  return CONFIG_FILE;
}

const statSafe = (p: string) => {
  try {
    return statSync(p);
  } catch {
    return null;
  }
};

/** Classifies and reads already-loaded workbooks; shared by every adapter. */
export function readWorkbooks(
  workbooks: readonly WorkbookModel[],
  overrides: readonly SheetOverride[],
  log: IssueLog,
  fatal: LedgerIssue[],
  options: IngestOptions,
): IngestResult {
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
  const env: { term: TermId; staffByName: Map<string, number[]>; departments: string[] } = {
    term: termFromOptions(options),
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
      const term = sheetTermHint(p) ?? env.term;
      const span = spanFromSettings(sink, term);
      const ctx = new SheetContext(p.file, p.sheet, p.classification, log, span ? { term, span } : { term });
      const account = readerFor(kind)(ctx, readEnv());
      reports.set(p, {
        file: p.file,
        sheet: p.sheet.name,
        kind,
        header_row: p.classification.top < 0 ? null : p.classification.bottom + 1,
        ...account,
      });
    }
    if (kind === 'settings') {
      env.term = termFromSettings(sink) ?? env.term;
      applySettingKinds(pending, sink, log, reports);
    }
    if (kind === 'roster') indexRoster(sink, env);
  }

  for (const p of pending) {
    if (reports.has(p)) continue;
    reports.set(p, unreadReport(p, log));
  }
  linkLedgers(sink, log, options.asOf ?? null);
  const sheets = pending.map((p) => reports.get(p)!);
  return { records: sink, sheets, issues: log.issues, fatal, term: env.term };
}

const ALREADY_READ = new Set<LedgerKind>(READ_ORDER.slice(0, READ_ORDER.indexOf('participation')));

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

/** 设置 rows `表类型：<表名>` | <类型> name a sheet's kind, like the overrides file (ledgers.md §7). */
const KIND_SETTING = /^表类型[:：(（](.+?)[)）]?$/u;

function applySettingKinds(pending: PendingSheet[], sink: RecordSink, log: IssueLog, read: ReadonlyMap<PendingSheet, unknown>): void {
  for (const s of sink.settings) {
    const m = KIND_SETTING.exec(s.key);
    if (!m) continue;
    const kind = kindByName(s.value);
    if (!kind) {
      log.add(s.ref, 'bad_setting', { key: s.key, text: s.value });
      continue;
    }
    for (const p of pending) {
      if (read.has(p) || normalizeName(p.sheet.name) !== normalizeName(m[1]!)) continue;
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

function termFromOptions(options: IngestOptions): TermId {
  const fromOption = options.term ? parseTermId(options.term) : null;
  if (fromOption) return fromOption;
  return termIdContaining(options.asOf ?? options.today ?? new Date().toISOString().slice(0, 10));
}

/**
 * 学期开始 / 学期结束 from the settings move the span of the settings' own term: year-less
 * dates outside it are errors. Another term keeps its usual span.
 */
function spanFromSettings(sink: RecordSink, term: TermId): TermSpan | null {
  const settingsTerm = termFromSettings(sink);
  if (!settingsTerm || termIdString(settingsTerm) !== termIdString(term)) return null;
  const day = (key: string) => {
    const s = sink.settings.find((x) => x.key === key);
    const d = s ? parseDate(s.raw) : null;
    return d?.ok ? d.value : null;
  };
  const start = day('学期开始');
  const end = day('学期结束');
  if (!start && !end) return null;
  const usual = makeTerm(term);
  return { start: start ?? usual.start, end: end ?? usual.end };
}

function termFromSettings(sink: RecordSink): TermId | null {
  const s = sink.settings.find((x) => x.key === '学期');
  return s ? parseTermId(s.value) : null;
}

/** A term named in the sheet's title rows, its name or its file name. */
function sheetTermHint(p: PendingSheet): TermId | null {
  if (p.classification.status !== 'ok') return null;
  for (let r = 0; r < p.classification.top; r++) {
    for (let c = 0; c < Math.min(p.sheet.columnCount, 4); c++) {
      const t = parseTermId(String(p.sheet.cell(r, c).value ?? ''));
      if (t) return t;
    }
  }
  return parseTermId(normalizeName(p.sheet.name)) ?? parseTermId(normalizeName(p.file));
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
    log.add(place, 'header_not_found', { kind: kindLabels[c.kind], missing: c.missing.join('、') });
    return { ...base, kind: c.kind, rows_skipped: 0, rows_rejected: rows };
  }
  if (rows > 0) log.add(place, 'sheet_unrecognised', {});
  return { ...base, kind: null, rows_skipped: rows, rows_rejected: 0 };
}
