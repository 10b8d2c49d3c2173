/** `/archive`: the activity × material matrix with the gaps marked, and activities missing from the checklist. */
import { targetOf, type MetricsResult } from '../../metrics/index.ts';
import { archiveChart, barListHeight } from '../../report/charts/index.ts';
import { dateZh } from '../../messages/format.ts';
import { pageText } from '../../messages/pages.ts';
import { chartBlock, type ChartBlock } from './chart-block.ts';
import { targetPanels, type TargetView } from './targets.ts';

const WORD = pageText.archive.cell;
const CELL = {
  present: { mark: '✔', word: WORD.present, cls: 'ok' },
  missing: { mark: '✘', word: WORD.missing, cls: 'gap' },
  not_required: { mark: '—', word: WORD.not_required, cls: 'na' },
  none: { mark: '', word: WORD.none, cls: 'na' },
} as const;

export interface ArchiveView {
  readonly panels: readonly TargetView[];
  readonly chart: ChartBlock | null;
  readonly materials: readonly string[];
  readonly rows: readonly { name: string; date: string; complete: boolean; cells: readonly { mark: string; word: string; cls: string }[] }[];
  readonly notListed: readonly { name: string; date: string }[];
  readonly undated: readonly string[];
}

export function archiveView(m: MetricsResult): ArchiveView {
  const { materials, matrix } = m.archive;
  const d = targetOf(m, 'archive_completion').detail;
  return {
    panels: targetPanels(m, ['archive_completion']),
    chart: materials.length ? chartBlock('archive-materials', pageText.archive.chart, archiveChart(materials), { width: 860, height: barListHeight(materials.length, 40) }) : null,
    materials: materials.map((x) => x.material),
    rows: matrix.map((r) => ({ name: r.name, date: dateZh(r.date), complete: r.complete, cells: r.cells.map((c) => CELL[c ?? 'none']) })),
    notListed: d.not_listed.map((a) => ({ name: a.name, date: dateZh(a.date) })),
    undated: d.undated,
  };
}
