/** `/quality`: every data issue with its place, and the per-sheet row accounting. */
import type { IngestResult } from '../../ingest/index.ts';
import type { MetricsResult } from '../../metrics/index.ts';
import { severityLabels } from '../../messages/issues.ts';
import { kindLabels, unrecognisedKind } from '../../messages/kinds.ts';
import { pageText } from '../../messages/pages.ts';
import { STATUS_COLOUR } from '../../report/status.ts';
import { text } from '../../messages/server.ts';

const SEVERITY = {
  error: { word: severityLabels.error, colour: STATUS_COLOUR.not_met, mark: '✘' },
  warning: { word: severityLabels.warning, colour: '#8A6100', mark: '!' },
  info: { word: severityLabels.info, colour: STATUS_COLOUR.no_data, mark: 'i' },
} as const;

export interface QualityView {
  readonly summary: string;
  readonly issues: readonly { severity: string; word: string; colour: string; mark: string; place: string; message: string; code: string }[];
  readonly sheets: readonly { file: string; sheet: string; kind: string; header: string; read: number; used: number; skipped: number; rejected: number; balanced: boolean }[];
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;

export function qualityView(ingest: IngestResult, m: MetricsResult): QualityView {
  const errors = m.issues.filter((i) => i.severity === 'error').length;
  const warnings = m.issues.filter((i) => i.severity === 'warning').length;
  return {
    summary: text.issues(errors, warnings),
    issues: [...m.issues]
      .sort((a, b) => ORDER[a.severity] - ORDER[b.severity])
      .map((i) => ({
        severity: i.severity,
        ...SEVERITY[i.severity],
        place: text.place(i.file, i.sheet, i.cell),
        message: i.message,
        code: i.code,
      })),
    sheets: ingest.sheets.map((s) => ({
      file: s.file,
      sheet: s.sheet,
      kind: s.kind ? kindLabels[s.kind] : unrecognisedKind,
      header: s.header_row === null ? '—' : pageText.quality.headerRow(s.header_row),
      read: s.rows_read,
      used: s.rows_used,
      skipped: s.rows_skipped,
      rejected: s.rows_rejected,
      balanced: s.rows_read === s.rows_used + s.rows_skipped + s.rows_rejected,
    })),
  };
}
