/** What ingest needs to know besides the sources, as the config module normalised it from the environment and the config file. */
import { DEFAULT_LIMITS, type ReadLimits } from './excel/limits.ts';
import type { LedgerIssue } from './issues.ts';
import type { SheetOverride } from './overrides.ts';
import type { SheetsReaderOptions } from './sheets/reader.ts';

export interface IngestConfig {
  readonly overrides: readonly SheetOverride[];
  readonly limits: ReadLimits;
  /** How Google spreadsheets are read (credentials, endpoint, cache). */
  readonly sheets: SheetsReaderOptions;
  /** What makes the config unusable (a broken union-dash.config.json): fatal, like an unreadable source. */
  readonly problems: readonly LedgerIssue[];
}

/** No overrides, the default limits, no Google credentials: what a test or a bare call reads with. */
export const DEFAULT_INGEST_CONFIG: IngestConfig = { overrides: [], limits: DEFAULT_LIMITS, sheets: { cacheDir: null }, problems: [] };
