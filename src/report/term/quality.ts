/** Appendix: the data-quality summary, issues per sheet and the top issues with their cells. */
import type { LedgerIssue } from '../../ingest/issues.ts';
import type { SheetReport } from '../../ingest/index.ts';
import type { MetricsResult } from '../../metrics/index.ts';
import { kindLabels } from '../../messages/kinds.ts';
import { table, type TableView } from '../view/table.ts';

/** How many issues the appendix lists one by one. */
export const TOP_ISSUES = 40;

export interface QualityView {
  readonly lead: string;
  readonly sheets: TableView;
  readonly top: TableView;
}

export const SEVERITY_WORD = { error: '错误', warning: '提醒', info: '说明' } as const;
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
        caption: '各表读取情况与问题数',
        columns: [
          { label: '台账（文件 › 工作表）', width: '34%' },
          { label: '类型', align: 'center' },
          { label: '读取行', align: 'right' },
          { label: '采用', align: 'right' },
          { label: '未计入', align: 'right' },
          { label: '错误', align: 'right' },
          { label: '提醒', align: 'right' },
        ],
        rows: read.map((s) => [
          `${s.file} › ${s.sheet}`,
          s.kind ? kindLabels[s.kind] : '—',
          String(s.rows_read),
          String(s.rows_used),
          String(s.rows_rejected),
          ...countCells(s.file, s.sheet),
        ]),
        empty: '没有读取到任何台账。',
        note: '读取行 = 采用 + 跳过（标题、表头、空行、合计、签名等）+ 未计入（有错误的行）。',
      })
    : table({
        caption: '各表问题数',
        columns: [{ label: '台账（文件 › 工作表）', width: '60%' }, { label: '错误', align: 'right' }, { label: '提醒', align: 'right' }],
        rows: [...counts.keys()].map((k) => {
          const [file, sheet] = k.split('\u0000') as [string, string];
          return [sheet ? `${file} › ${sheet}` : file, ...countCells(file, sheet || null)];
        }),
        empty: '没有发现数据问题。',
      });

  const sorted = [...issues].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  const shown = sorted.slice(0, TOP_ISSUES);
  const rest = sorted.length - shown.length;
  return {
    lead:
      (sheets ? `本次统计读取台账工作表 ${read.length} 张。` : '') +
      (issues.length === 0 ? '没有发现数据问题。' : `发现错误 ${errors} 处、提醒 ${issues.length - errors} 处。错误所在的行或单元格未计入统计，请在台账中改正；提醒不影响统计，请核对。`),
    sheets: sheetTable,
    top: table({
      caption: rest > 0 ? `主要问题（前 ${TOP_ISSUES} 条，错误在前）` : '问题清单（错误在前）',
      columns: [
        { label: '级别', align: 'center', width: '8%' },
        { label: '位置', width: '32%' },
        { label: '问题', width: '60%' },
      ],
      rows: shown.map((i) => [
        { text: SEVERITY_WORD[i.severity], tone: i.severity === 'error' ? ('not_met' as const) : ('warn' as const), strong: true },
        place(i),
        i.message,
      ]),
      empty: '没有发现数据问题。',
      ...(rest > 0 ? { note: `另有 ${rest} 条问题未列出，请运行 union-dash check 或打开看板“数据质量”页查看全部。` } : {}),
    }),
  };
}
