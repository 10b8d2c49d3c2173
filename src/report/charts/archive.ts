/** 资料归档: per kind of material, how many of the listed activities have it and how many lack it. */
import type { EChartsOption } from 'echarts';
import { chartText } from '../../messages/charts.ts';
import { PALETTE, STATUS_COLOUR } from '../status.ts';
import { base, categoryLabel, GRID_COLOUR, legend, MUTED_COLOUR } from './style.ts';

const words = chartText.archive;

export interface MaterialCount {
  readonly material: string;
  readonly present: number;
  readonly missing: number;
}

export function archiveChart(materials: readonly MaterialCount[]): EChartsOption {
  const list = [...materials].reverse();
  const part = (name: string, key: 'present' | 'missing', colour: string) => ({
    type: 'bar' as const,
    name,
    stack: 'archive',
    barMaxWidth: 24,
    itemStyle: { color: colour },
    data: list.map((x) => ({ value: x[key], label: { show: x[key] > 0, position: 'inside' as const, formatter: `${name} ${x[key]}`, color: '#FFFFFF', fontWeight: 'bold' as const } })),
  });
  return {
    ...base(),
    legend: legend([words.present, words.missing]),
    grid: { left: 12, right: 24, top: 40, bottom: 28, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { color: MUTED_COLOUR }, splitLine: { lineStyle: { color: GRID_COLOUR } } },
    yAxis: { type: 'category', data: list.map((x) => x.material), axisLabel: categoryLabel(120) },
    series: [part(words.present, 'present', PALETTE[0]!), part(words.missing, 'missing', STATUS_COLOUR.not_met)],
  };
}
