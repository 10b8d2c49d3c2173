/** What one read of the sources produces: the snapshot every view of any term and day is computed from. */
import type { TermId } from '../term/term.ts';
import type { LedgerIssue } from './issues.ts';
import type { LedgerKind } from './kinds.ts';
import type { WorkbookModel } from './model.ts';
import type { Records } from './records.ts';

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

/** What the pipeline makes of loaded workbooks. */
export interface PipelineResult {
  readonly records: Records;
  readonly sheets: readonly SheetReport[];
  /** What the files themselves get wrong; nothing here depends on a day or a chosen term. */
  readonly issues: readonly LedgerIssue[];
  /** Issues that made a whole named source unreadable (the CLI exits 2 on these). */
  readonly fatal: readonly LedgerIssue[];
  /** The term the ledgers belong to where they do not say: year-less dates and 本学期/上学期 refer to it. */
  readonly term: TermId;
}

/** A file read in a folder, kept so that a later read can stand it in if the file vanishes. */
export interface ReadFile {
  readonly model: WorkbookModel;
  /** At least one of its sheets was read as a ledger. */
  readonly ledger: boolean;
}

export interface IngestResult extends PipelineResult {
  /** The workbooks read from files (and stood in), by path: pass them as the next read's `standIns`. */
  readonly files: ReadonlyMap<string, ReadFile>;
  /** Paths of ledger files that were in their folder at the read before and are gone now; their last read stands in. */
  readonly standingIn: readonly string[];
}
