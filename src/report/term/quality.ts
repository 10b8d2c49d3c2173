/** Appendix: the data-quality summary, issues per sheet and the top issues with their cells. */
import type { LedgerIssue } from '../../ingest/issues.ts';
import type { SheetReport } from '../../ingest/index.ts';
import type { MetricsResult } from '../../metrics/index.ts';
import { severityLabels } from '../../messages/issues.ts';
import { kindLabels } from '../../messages/kinds.ts';
import { qualityText as words } from '../../messages/term-report.ts';
import { table, type TableView } from '../view/table.ts';

/** How many issues the appendix lists one by one. */
export const TOP_ISSUES = 40;

export interface QualityView {
  readonly lead: string;
  readonly sheets: TableView;
  readonly top: TableView;
}

export const SEVERITY_WORD = severityLabels;
const RANK = { error: 0, warning: 1, info: 2 } as const;

export const place = (i: Pick<LedgerIssue, 'file' | 'sheet' | 'cell'>): string =>
  i.sheet ? `${i.file} › ${i.sheet}${i.cell ? `!${i.cell}` : ''}` : i.file;

export function qualityView(m: MetricsResult, sheets: readonly SheetReport[] | undefined): QualityView {
  const issues = m.issues.filter((i) => i.severity !== 'info');
  const errors = issues.filter((i) => i.severity === 'error').length;
  const key = (file: string, sheet: string | null) => `${file}\u0000${sheet ?? ''}`;
  const counts = new Map<string, { error: number; warning: number }>();
  for (const i of issues) {
    const c = counts.get(key(i.file, i.sheet)) ?? { error: 0, warning: 0 };
    if (i.severity === 'error') c.error += 1;
    else c.warning += 1;
    counts.set(key(i.file, i.sheet), c);
  }
  const countCells = (file: string, sheet: string | null) => {
    const c = counts.get(key(file, sheet));
    return [
      { text: String(c?.error ?? 0), ...(c?.error ? { tone: 'not_met' as const, strong: true } : {}) },
      { text: String(c?.warning ?? 0), ...(c?.warning ? { tone: 'warn' as const } : {}) },
    ];
  };

  const read = (sheets ?? []).filter((s) => s.kind !== null);
  const sheetTable = sheets
    ? table({
        caption: words.sheets.caption,
        columns: [
          { label: words.sheets.columns.sheet, width: '34%' },
          { label: words.sheets.columns.kind, align: 'center' },
          { label: words.sheets.columns.read, align: 'right' },
          { label: words.sheets.columns.used, align: 'right' },
          { label: words.sheets.columns.rejected, align: 'right' },
          { label: words.sheets.columns.errors, align: 'right' },
          { label: words.sheets.columns.warnings, align: 'right' },
        ],
        rows: read.map((s) => [
          `${s.file} › ${s.sheet}`,
          s.kind ? kindLabels[s.kind] : '—',
          String(s.rows_read),
          String(s.rows_used),
          String(s.rows_rejected),
          ...countCells(s.file, s.sheet),
        ]),
        empty: words.sheets.empty,
        note: words.sheets.note,
      })
    : table({
        caption: words.counts.caption,
        columns: [{ label: words.counts.columns.sheet, width: '60%' }, { label: words.counts.columns.errors, align: 'right' }, { label: words.counts.columns.warnings, align: 'right' }],
        rows: [...counts.keys()].map((k) => {
          const [file, sheet] = k.split('\u0000') as [string, string];
          return [sheet ? `${file} › ${sheet}` : file, ...countCells(file, sheet || null)];
        }),
        empty: words.none,
      });

  const sorted = [...issues].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  const shown = sorted.slice(0, TOP_ISSUES);
  const rest = sorted.length - shown.length;
  return {
    lead:
      (sheets ? words.sheetsRead(read.length) : '') + (issues.length === 0 ? words.none : words.found(errors, issues.length - errors)),
    sheets: sheetTable,
    top: table({
      caption: words.top.caption(rest > 0 ? TOP_ISSUES : null),
      columns: [
        { label: words.top.columns.severity, align: 'center', width: '8%' },
        { label: words.top.columns.place, width: '32%' },
        { label: words.top.columns.issue, width: '60%' },
      ],
      rows: shown.map((i) => [
        { text: SEVERITY_WORD[i.severity], tone: i.severity === 'error' ? ('not_met' as const) : ('warn' as const), strong: true },
        place(i),
        i.message,
      ]),
      empty: words.none,
      ...(rest > 0 ? { note: words.top.more(rest) } : {}),
    }),
  };
}
