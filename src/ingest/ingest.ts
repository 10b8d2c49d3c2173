/**
 * ingest(): sources on disk or in Google Sheets → one snapshot of typed records. It reads
 * what is there and knows no as-of day: every rule that depends on a day lives in metrics.
 */
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { limitsFromEnv, type ReadLimits } from './excel/limits.ts';
import { IssueLog, SourceError, type LedgerIssue } from './issues.ts';
import type { WorkbookModel } from './model.ts';
import { CONFIG_FILE, loadOverrides, type GoogleConfig } from './overrides.ts';
import { readWorkbooks } from './pipeline.ts';
import { readWorkbookFile } from './read-file.ts';
import type { IngestResult } from './result.ts';
import type { RemoteRead } from './sheets/reader.ts';
import { resolveSources, type SourceRef } from './sources.ts';

export interface IngestOptions {
  /** The day the sources are read, `YYYY-MM-DD` (the school's calendar): its term is the ledgers' term unless they name one. */
  readonly today: string;
  /** Size limits of one workbook; default: 200 MB of XML and 5 million cells, or the UNION_DASH_MAX_* variables. */
  readonly limits?: ReadLimits;
  /** Path of union-dash.config.json; default: beside the first folder source, else the working directory. */
  readonly configPath?: string;
  /** Reads a non-file source (Google Sheets); absent = a reader configured from the environment. */
  readonly readRemote?: (ref: Extract<SourceRef, { type: 'gsheets' }>) => Promise<RemoteRead>;
}

export async function ingest(sourceArgs: readonly string[], options: IngestOptions): Promise<IngestResult> {
  const log = new IssueLog();
  const resolved = await resolveSources(sourceArgs);
  const fatal: LedgerIssue[] = [...resolved.fatal];
  log.issues.push(...resolved.notes);

  const loaded = await loadOverrides(options.configPath ?? defaultConfigPath(sourceArgs));
  log.issues.push(...loaded.issues);

  const workbooks: WorkbookModel[] = [];
  let remote: NonNullable<IngestOptions['readRemote']> | undefined = options.readRemote;
  for (const ref of resolved.refs) {
    try {
      const { workbook, notes } =
        ref.type === 'file'
          ? await readWorkbookFile(ref.path, options.limits ?? limitsFromEnv(process.env))
          : await (remote ??= await remoteReader(loaded.google))(ref);
      workbooks.push(workbook);
      log.issues.push(...notes);
    } catch (e) {
      if (!(e instanceof SourceError)) throw e;
      fatal.push(e.issue);
    }
  }
  return readWorkbooks(workbooks, loaded.overrides, log, fatal, { today: options.today });
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
