/**
 * Office × month heat map of the monthly totals. Two colour families keep pass and fail
 * apart for colour-blind readers, and a failing cell also carries ✘ in its label.
 */
import type { EChartsOption } from 'echarts';
import { chartText } from '../../messages/charts.ts';
import type { MetricsResult } from '../../metrics/index.ts';
import { monthZh, num } from '../../messages/format.ts';
import { base, categoryLabel, MUTED_COLOUR } from './style.ts';

/** The term's office scores up to asOf's month. */
export const officeScoresToDate = (m: MetricsResult) => m.offices.scores.filter((s) => s.month <= m.as_of.slice(0, 7));

const words = chartText.officeHeatmap;

export const HEAT_COLOURS = { fail: '#F3B68C', pass: '#B3D4EC', high: '#6FAEDB' } as const;

export function officeHeatmapChart(m: MetricsResult): EChartsOption {
  const threshold = m.offices.threshold;
  const scores = officeScoresToDate(m);
  const months = [...new Set(scores.map((s) => s.month))].sort();
  const offices = [...new Set(scores.map((s) => s.office))];
  const mi = new Map(months.map((x, i) => [x, i]));
  const oi = new Map(offices.map((x, i) => [x, i]));
  return {
    ...base(),
    tooltip: { trigger: 'item' },
    grid: { left: 12, right: 12, top: 44, bottom: 12, containLabel: true },
    xAxis: { type: 'category', data: months.map((x) => monthZh(x, true)), position: 'top', splitArea: { show: true }, axisLabel: { color: MUTED_COLOUR, fontSize: 13 } },
    yAxis: { type: 'category', data: offices, inverse: true, splitArea: { show: true }, axisLabel: categoryLabel(150) },
    visualMap: {
      type: 'piecewise',
      show: true,
      orient: 'horizontal',
      top: 0,
      left: 'center',
      dimension: 2,
      textStyle: { color: MUTED_COLOUR, fontSize: 13 },
      pieces: [
        { lt: threshold, color: HEAT_COLOURS.fail, label: words.fail(num(threshold)) },
        { gte: threshold, lt: threshold + 5, color: HEAT_COLOURS.pass, label: words.pass(num(threshold), num(threshold + 5)) },
        { gte: threshold + 5, color: HEAT_COLOURS.high, label: words.high(num(threshold + 5)) },
      ],
    },
    series: [
      {
        type: 'heatmap',
        name: words.series,
        itemStyle: { borderColor: '#FFFFFF', borderWidth: 2 },
        data: scores.map((s) => ({
          name: `${s.office} ${monthZh(s.month, true)}`,
          value: [mi.get(s.month)!, oi.get(s.office)!, s.total],
          label: { show: true, formatter: s.passed ? num(s.total) : `${num(s.total)} ✘`, color: '#111111', fontSize: 13 },
          tooltip: { formatter: words.tooltip(`${s.office} ${monthZh(s.month, true)}`, num(s.total)) },
        })),
      },
    ],
  };
}
