/** What one read of the sources produces: the snapshot every view of any term and day is computed from. */
import type { TermId } from '../term/term.ts';
import type { LedgerIssue } from './issues.ts';
import type { LedgerKind } from './kinds.ts';
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

export interface IngestResult {
  readonly records: Records;
  readonly sheets: readonly SheetReport[];
  /** What the files themselves get wrong; nothing here depends on a day or a chosen term. */
  readonly issues: readonly LedgerIssue[];
  /** Issues that made a whole named source unreadable (the CLI exits 2 on these). */
  readonly fatal: readonly LedgerIssue[];
  /** The term the ledgers belong to where they do not say: year-less dates and 本学期/上学期 refer to it. */
  readonly term: TermId;
}
