/**
 * 文明办公室 monthly pass rate (bars, left axis) with every office's total that month (dots,
 * right axis) and the pass score as a line: the rate is the share of dots on or above it.
 */
import type { EChartsOption } from 'echarts';
import { chartText } from '../../messages/charts.ts';
import { targetOf, type MetricsResult } from '../../metrics/index.ts';
import { monthZh, num, percent } from '../../messages/format.ts';
import { PALETTE, TARGET_LINE_COLOUR } from '../status.ts';
import { base, GRID_COLOUR, HALO, legend, MUTED_COLOUR, pct, referenceLine, valueAxisPercent } from './style.ts';

const words = chartText.officePassRate;

/** The months of office_pass_trend's detail (up to asOf's month). */
export const officeMonthRates = (m: MetricsResult) => targetOf(m, 'office_pass_trend').detail.months;

export function officePassRateChart(m: MetricsResult): EChartsOption {
  const months = officeMonthRates(m);
  const threshold = m.offices.threshold;
  const index = new Map(months.map((x, i) => [x.month, i]));
  const totals = m.offices.scores.filter((s) => index.has(s.month)).map((s) => [index.get(s.month)!, s.total, s.office]);
  const low = Math.min(threshold, ...totals.map((t) => t[1] as number));
  return {
    ...base(),
    legend: legend([words.rate, words.totals]),
    grid: { left: 12, right: 12, top: 44, bottom: 28, containLabel: true },
    tooltip: { trigger: 'item' },
    xAxis: { type: 'category', data: months.map((x) => monthZh(x.month, true)), axisLabel: { color: MUTED_COLOUR, fontSize: 13 } },
    yAxis: [
      { ...valueAxisPercent(100), name: words.rate, nameTextStyle: { color: MUTED_COLOUR } },
      {
        type: 'value',
        name: words.totalAxis,
        min: Math.max(0, Math.floor((low - 5) / 5) * 5),
        max: 100,
        nameTextStyle: { color: MUTED_COLOUR },
        axisLabel: { color: MUTED_COLOUR },
        splitLine: { show: false, lineStyle: { color: GRID_COLOUR } },
      },
    ],
    series: [
      {
        type: 'bar',
        name: words.rate,
        barMaxWidth: 48,
        itemStyle: { color: PALETTE[4] },
        tooltip: { formatter: words.rateTooltip },
        data: months.map((x) => ({
          value: pct(x.rate),
          label: { show: true, position: 'insideBottom', distance: 8, formatter: `${percent(x.rate)}\n${x.passed}/${x.scored}`, color: '#111111', fontWeight: 'bold', ...HALO },
        })),
      },
      {
        type: 'scatter',
        name: words.totals,
        yAxisIndex: 1,
        symbolSize: 9,
        itemStyle: { color: PALETTE[7], opacity: 0.75 },
        data: totals.map(([x, total, office]) => ({ value: [x as number, total as number], name: String(office), tooltip: { formatter: words.totalTooltip(String(office), num(total as number)) } })),
        markLine: referenceLine(threshold, words.passScore(threshold), 'yAxis', TARGET_LINE_COLOUR),
      },
    ],
  };
}
