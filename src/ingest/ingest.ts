/**
 * ingest(): sources on disk or in Google Sheets → one snapshot of typed records. It reads
 * what is there and knows no as-of day: every rule that depends on a day lives in metrics.
 */
import { DEFAULT_INGEST_CONFIG, type IngestConfig } from './ingest-config.ts';
import { IssueLog, makeIssue, SourceError, type LedgerIssue } from './issues.ts';
import type { WorkbookModel } from './model.ts';
import { readWorkbooks } from './pipeline.ts';
import { readWorkbookFile } from './read-file.ts';
import type { IngestResult, ReadFile } from './result.ts';
import type { RemoteRead, Refresh, SheetsReaderOptions } from './sheets/reader.ts';
import { resolveSources, type SourceRef } from './sources.ts';
import { DEFAULT_DEADLINE_MS } from './sheets/defaults.ts';
import { standInsFor } from './stand-ins.ts';

export interface IngestOptions {
  /** The day the sources are read, `YYYY-MM-DD` (the school's calendar): its term is the ledgers' term unless they name one. */
  readonly today: string;
  /** Overrides, limits and Google settings (src/config); default: none, the default limits, no Google credentials. */
  readonly config?: IngestConfig;
  /** Reads a non-file source (Google Sheets); absent = a reader with the config's Google settings. */
  readonly readRemote?: (ref: Extract<SourceRef, { type: 'gsheets' }>, refresh?: Refresh) => Promise<RemoteRead>;
  /** The `files` of an earlier read: a ledger file gone from its folder since is read from here, with a `file_missing` warning. */
  readonly standIns?: ReadonlyMap<string, ReadFile>;
}

export async function ingest(sourceArgs: readonly string[], options: IngestOptions): Promise<IngestResult> {
  const config = options.config ?? DEFAULT_INGEST_CONFIG;
  const log = new IssueLog();
  const resolved = await resolveSources(sourceArgs);
  const fatal: LedgerIssue[] = [...config.problems, ...resolved.fatal];
  const standIns = options.standIns ? standInsFor(options.standIns, resolved.refs, resolved.folders) : [];
  // a folder emptied of its ledgers is not "empty" while their last reads stand in
  const emptied = (i: LedgerIssue) => i.code === 'source_empty_folder' && standIns.length > 0;
  log.issues.push(...resolved.notes.filter((i) => !emptied(i)));

  const workbooks: WorkbookModel[] = [];
  const paths = new Map<WorkbookModel, string>();
  // spreadsheets are fetched together, under one deadline, while the files are read
  const remote = remoteReads(resolved.refs, options.readRemote, config.sheets);
  for (const ref of resolved.refs) {
    try {
      const { workbook, notes } = ref.type === 'file' ? await readWorkbookFile(ref.path, config.limits) : await remote.get(ref)!;
      workbooks.push(workbook);
      if (ref.type === 'file') paths.set(workbook, ref.path);
      log.issues.push(...notes);
    } catch (e) {
      if (!(e instanceof SourceError)) throw e;
      fatal.push(e.issue);
    }
  }
  for (const { path, model } of standIns) {
    workbooks.push(model);
    paths.set(model, path);
    log.issues.push(makeIssue({ file: model.file, sheet: null, cell: null }, 'file_missing', { path: model.file }));
  }
  const result = readWorkbooks(workbooks, config.overrides, log, fatal, { today: options.today });
  const ledgerFiles = new Set(result.sheets.filter((s) => s.kind !== null).map((s) => s.file));
  const files = new Map<string, ReadFile>([...paths].map(([model, path]) => [path, { model, ledger: ledgerFiles.has(model.file) }]));
  return { ...result, files, standingIn: standIns.map((s) => s.path) };
}

type RemoteRef = Extract<SourceRef, { type: 'gsheets' }>;

/** At most this many spreadsheets are fetched at once (two requests each; Google allows 60 reads a minute per user). */
const REMOTE_AT_ONCE = 4;

/**
 * Every gsheets: source's read, started now, at most REMOTE_AT_ONCE at a time, all under one
 * refresh deadline. The reader is loaded only when there is such a source.
 */
function remoteReads(refs: readonly SourceRef[], given: IngestOptions['readRemote'], options: SheetsReaderOptions): Map<SourceRef, Promise<RemoteRead>> {
  const remote = refs.filter((r): r is RemoteRef => r.type === 'gsheets');
  const out = new Map<SourceRef, Promise<RemoteRead>>();
  if (remote.length === 0) return out;
  const refresh: Refresh = { deadlineAt: Date.now() + (options.deadlineMs ?? DEFAULT_DEADLINE_MS) };
  const reader = given ? Promise.resolve(given) : import('./sheets/reader.ts').then((m) => m.createSheetsReader(options));
  let running = 0;
  const waiting: (() => void)[] = [];
  const slot = async () => {
    if (running >= REMOTE_AT_ONCE) await new Promise<void>((go) => waiting.push(go));
    running++;
  };
  const release = () => {
    running--;
    waiting.shift()?.();
  };
  for (const ref of remote) {
    const read = (async () => {
      await slot();
      try {
        return await (await reader)(ref, refresh);
      } finally {
        release();
      }
    })();
    read.catch(() => {}); // awaited in source order by ingest; a failure must not be unhandled before then
    out.set(ref, read);
  }
  return out;
}
