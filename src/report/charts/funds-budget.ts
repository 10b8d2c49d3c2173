/** Budget against spending per fund category; spending over budget is drawn in vermillion and says 超支. */
import type { EChartsOption } from 'echarts';
import type { MetricsResult } from '../../metrics/index.ts';
import { money, percent } from '../../messages/format.ts';
import { PALETTE, STATUS_COLOUR } from '../status.ts';
import { base, categoryLabel, GRID_COLOUR, legend, MUTED_COLOUR } from './style.ts';

export function fundsBudgetChart(m: MetricsResult): EChartsOption {
  const cats = [...m.funds.categories].reverse();
  return {
    ...base(),
    legend: legend(['预算', '已支出']),
    grid: { left: 12, right: 170, top: 40, bottom: 28, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', axisLabel: { formatter: '¥{value}', color: MUTED_COLOUR }, splitLine: { lineStyle: { color: GRID_COLOUR } } },
    yAxis: { type: 'category', data: cats.map((c) => c.category), axisLabel: categoryLabel(150) },
    series: [
      {
        type: 'bar',
        name: '预算',
        barGap: '10%',
        barMaxWidth: 18,
        itemStyle: { color: '#BBBBBB' },
        data: cats.map((c) => c.budget ?? 0),
      },
      {
        type: 'bar',
        name: '已支出',
        barMaxWidth: 18,
        itemStyle: { color: PALETTE[0] },
        data: cats.map((c) => ({
          value: c.spent,
          itemStyle: { color: c.over ? STATUS_COLOUR.not_met : PALETTE[0] },
          label: {
            show: true,
            position: 'right',
            color: c.over ? STATUS_COLOUR.not_met : '#111111',
            fontWeight: c.over ? 'bold' : 'normal',
            formatter: c.budget === null ? `${money(c.spent)}（无预算）` : `${money(c.spent)}（${percent(c.ratio)}${c.over ? ' 超支' : ''}）`,
          },
        })),
      },
    ],
  };
}
