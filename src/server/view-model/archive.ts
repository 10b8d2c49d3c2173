/** `/archive`: the activity × material matrix with the gaps marked, and activities missing from the checklist. */
import { targetOf, type MetricsResult } from '../../metrics/index.ts';
import { archiveChart, barListHeight } from '../../report/charts/index.ts';
import { dateZh } from '../../messages/format.ts';
import { chartBlock, type ChartBlock } from './chart-block.ts';
import { targetPanels, type TargetView } from './targets.ts';

const CELL = {
  present: { mark: '✔', word: '已归档', cls: 'ok' },
  missing: { mark: '✘', word: '缺', cls: 'gap' },
  not_required: { mark: '—', word: '不适用', cls: 'na' },
  none: { mark: '', word: '未列', cls: 'na' },
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
    chart: materials.length ? chartBlock('archive-materials', '各类材料归档情况', archiveChart(materials), { width: 860, height: barListHeight(materials.length, 40) }) : null,
    materials: materials.map((x) => x.material),
    rows: matrix.map((r) => ({ name: r.name, date: dateZh(r.date), complete: r.complete, cells: r.cells.map((c) => CELL[c ?? 'none']) })),
    notListed: d.not_listed.map((a) => ({ name: a.name, date: dateZh(a.date) })),
    undated: d.undated,
  };
}
