/**
 * One month's office totals, best first, against the pass score; a failing bar says ✘ and 未达标.
 * Bars start at zero (a cut axis would make 86 look like half of 92), and each total is written
 * inside its bar's start, where the pass-score line never crosses it.
 */
import type { EChartsOption } from 'echarts';
import { chartText } from '../../messages/charts.ts';
import type { OfficeScoreRow } from '../../metrics/index.ts';
import { num } from '../../messages/format.ts';
import { STATUS_COLOUR, TARGET_LINE_COLOUR } from '../status.ts';
import { base, categoryLabel, GRID_COLOUR, HALO, MUTED_COLOUR, referenceLine } from './style.ts';

const words = chartText.officeMonth;

/** Office names that end so (语文组办公室) lose it on the narrow axis. */
const OFFICE_SUFFIX = /办公室$/u;

export function officeMonthChart(scores: readonly OfficeScoreRow[], threshold: number, fontSize = 13): EChartsOption {
  const rows = [...scores].sort((a, b) => a.total - b.total);
  // “语文组办公室” → “语文组” when every name ends so: the month view's column is narrow.
  const suffix = rows.length > 0 && rows.every((r) => OFFICE_SUFFIX.test(r.office) && r.office.length > 3) ? 3 : 0;
  const name = (office: string) => (suffix ? office.slice(0, -suffix) : office);
  const high = Math.max(100, threshold, ...rows.map((r) => r.total));
  return {
    ...base(),
    textStyle: { ...base().textStyle, fontSize },
    grid: { left: 8, right: 16, top: 28, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item', formatter: words.tooltip },
    xAxis: { type: 'value', min: 0, max: Math.ceil(high / 10) * 10, axisLabel: { show: false }, splitLine: { lineStyle: { color: GRID_COLOUR } } },
    yAxis: { type: 'category', data: rows.map((r) => name(r.office)), axisLabel: { ...categoryLabel(7 * fontSize), fontSize } },
    series: [
      {
        type: 'bar',
        name: words.series,
        barMaxWidth: 22,
        data: rows.map((r) => ({
          value: r.total,
          itemStyle: { color: r.passed ? STATUS_COLOUR.met : STATUS_COLOUR.not_met },
          label: { show: true, position: 'insideLeft', formatter: r.passed ? num(r.total) : `${num(r.total)} ✘`, color: '#FFFFFF', fontWeight: 'bold', fontSize },
        })),
        markLine: { ...referenceLine(threshold, words.passScore(num(threshold)), 'xAxis', TARGET_LINE_COLOUR), lineStyle: { color: TARGET_LINE_COLOUR, type: 'dashed', width: 2 } },
      },
    ],
    ...(rows.length === 0 ? { graphic: [{ type: 'text', left: 'center', top: 'middle', style: { text: words.empty, fill: MUTED_COLOUR, fontSize } }] } : {}),
  };
}
