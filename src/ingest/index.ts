/**
 * Ingest: sources → sheet models → classified tables → typed records, with every issue
 * and an account of every row. Knows nothing of targets, nor of the day a view is for.
 */
export { ingest, type IngestOptions } from './ingest.ts';
export { readWorkbooks, type PipelineOptions } from './pipeline.ts';
export type { IngestResult, SheetReport } from './result.ts';
export type { LedgerIssue } from './issues.ts';
export type { LedgerKind } from './kinds.ts';
export type * from './records.ts';
