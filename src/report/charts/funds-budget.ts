/** Budget against spending per fund category; spending over budget is drawn in vermillion and says 超支. */
import type { EChartsOption } from 'echarts';
import { chartText } from '../../messages/charts.ts';
import type { MetricsResult } from '../../metrics/index.ts';
import { money, percent } from '../../messages/format.ts';
import { PALETTE, STATUS_COLOUR } from '../status.ts';
import { base, categoryLabel, GRID_COLOUR, legend, MUTED_COLOUR } from './style.ts';

const words = chartText.fundsBudget;

export function fundsBudgetChart(m: MetricsResult): EChartsOption {
  const cats = [...m.funds.categories].reverse();
  return {
    ...base(),
    legend: legend([words.budget, words.spent]),
    grid: { left: 12, right: 170, top: 40, bottom: 28, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', axisLabel: { formatter: '¥{value}', color: MUTED_COLOUR }, splitLine: { lineStyle: { color: GRID_COLOUR } } },
    yAxis: { type: 'category', data: cats.map((c) => c.category), axisLabel: categoryLabel(150) },
    series: [
      {
        type: 'bar',
        name: words.budget,
        barGap: '10%',
        barMaxWidth: 18,
        itemStyle: { color: '#BBBBBB' },
        data: cats.map((c) => c.budget ?? 0),
      },
      {
        type: 'bar',
        name: words.spent,
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
            formatter: c.budget === null ? words.noBudget(money(c.spent)) : words.ratio(money(c.spent), percent(c.ratio), Boolean(c.over)),
          },
        })),
      },
    ],
  };
}
