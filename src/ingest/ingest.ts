/**
 * ingest(): sources on disk or in Google Sheets → one snapshot of typed records. It reads
 * what is there and knows no as-of day: every rule that depends on a day lives in metrics.
 */
import { DEFAULT_INGEST_CONFIG, type IngestConfig } from './ingest-config.ts';
import { IssueLog, SourceError, type LedgerIssue } from './issues.ts';
import type { WorkbookModel } from './model.ts';
import { readWorkbooks } from './pipeline.ts';
import { readWorkbookFile } from './read-file.ts';
import type { IngestResult } from './result.ts';
import type { RemoteRead, SheetsReaderOptions } from './sheets/reader.ts';
import { resolveSources, type SourceRef } from './sources.ts';

export interface IngestOptions {
  /** The day the sources are read, `YYYY-MM-DD` (the school's calendar): its term is the ledgers' term unless they name one. */
  readonly today: string;
  /** Overrides, limits and Google settings (src/config); default: none, the default limits, no Google credentials. */
  readonly config?: IngestConfig;
  /** Reads a non-file source (Google Sheets); absent = a reader with the config's Google settings. */
  readonly readRemote?: (ref: Extract<SourceRef, { type: 'gsheets' }>) => Promise<RemoteRead>;
}

export async function ingest(sourceArgs: readonly string[], options: IngestOptions): Promise<IngestResult> {
  const config = options.config ?? DEFAULT_INGEST_CONFIG;
  const log = new IssueLog();
  const resolved = await resolveSources(sourceArgs);
  const fatal: LedgerIssue[] = [...config.problems, ...resolved.fatal];
  log.issues.push(...resolved.notes);

  const workbooks: WorkbookModel[] = [];
  let remote: NonNullable<IngestOptions['readRemote']> | undefined = options.readRemote;
  for (const ref of resolved.refs) {
    try {
      const { workbook, notes } = ref.type === 'file' ? await readWorkbookFile(ref.path, config.limits) : await (remote ??= await remoteReader(config.sheets))(ref);
      workbooks.push(workbook);
      log.issues.push(...notes);
    } catch (e) {
      if (!(e instanceof SourceError)) throw e;
      fatal.push(e.issue);
    }
  }
  return readWorkbooks(workbooks, config.overrides, log, fatal, { today: options.today });
}

/** The Google Sheets reader, loaded only when a gsheets: source is given. */
async function remoteReader(options: SheetsReaderOptions): Promise<NonNullable<IngestOptions['readRemote']>> {
  const sheets = await import('./sheets/reader.ts');
  return sheets.createSheetsReader(options);
}
