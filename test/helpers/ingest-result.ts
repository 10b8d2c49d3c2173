/** Small readers of an ingest result, for assertions about what a chair would see. */
import type { IngestResult, LedgerIssue, SheetReport } from '../../src/ingest/index.ts';

export type IssueBrief = Pick<LedgerIssue, 'severity' | 'file' | 'sheet' | 'cell' | 'code'>;

export const brief = (i: LedgerIssue): IssueBrief => ({ severity: i.severity, file: i.file, sheet: i.sheet, cell: i.cell, code: i.code });

/** Errors and warnings (not info notes), briefly. */
export const problems = (res: Pick<IngestResult, 'issues'>): IssueBrief[] =>
  res.issues.filter((i) => i.severity !== 'info').map(brief);

export const issuesCoded = (res: Pick<IngestResult, 'issues'>, code: LedgerIssue['code']): IssueBrief[] =>
  res.issues.filter((i) => i.code === code).map(brief);

export function sheetReport(res: Pick<IngestResult, 'sheets'>, sheet: string): SheetReport {
  const s = res.sheets.find((x) => x.sheet === sheet);
  if (!s) throw new Error(`no report for sheet ${sheet}: ${res.sheets.map((x) => x.sheet).join(', ')}`);
  return s;
}

/** The row account of a sheet as [read, used, skipped, rejected]. */
export function account(res: Pick<IngestResult, 'sheets'>, sheet: string): [number, number, number, number] {
  const s = sheetReport(res, sheet);
  return [s.rows_read, s.rows_used, s.rows_skipped, s.rows_rejected];
}


export const kinds = (res: Pick<IngestResult, 'sheets'>): Record<string, string | null> =>
  Object.fromEntries(res.sheets.map((s) => [s.sheet, s.kind]));
