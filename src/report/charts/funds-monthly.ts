/** Spending per month, stacked by fund category, with the month's total on top. */
import type { EChartsOption } from 'echarts';
import { chartText } from '../../messages/charts.ts';
import type { MetricsResult } from '../../metrics/index.ts';
import { money, monthZh } from '../../messages/format.ts';
import { base, CATEGORY_COLOURS, GRID_COLOUR, legend, MUTED_COLOUR } from './style.ts';

export function fundsMonthlyChart(m: MetricsResult): EChartsOption {
  const months = m.funds.months;
  const categories = [...new Set(months.flatMap((x) => x.categories.map((c) => c.category)))];
  const spentIn = (month: (typeof months)[number], category: string) => month.categories.find((c) => c.category === category)?.spent ?? 0;
  return {
    ...base(),
    color: CATEGORY_COLOURS,
    // A plain legend wraps onto a second line; the plot starts below two lines of it.
    legend: { ...legend(categories), type: 'plain', left: 12, right: 12 },
    grid: { left: 12, right: 12, top: 76, bottom: 28, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', data: months.map((x) => monthZh(x.month, true)), axisLabel: { color: MUTED_COLOUR, fontSize: 13 } },
    yAxis: { type: 'value', axisLabel: { formatter: '¥{value}', color: MUTED_COLOUR }, splitLine: { lineStyle: { color: GRID_COLOUR } } },
    series: [
      ...categories.map((category) => ({
        type: 'bar' as const,
        name: category,
        stack: 'spent',
        barMaxWidth: 56,
        data: months.map((x) => spentIn(x, category)),
      })),
      {
        // An invisible series carrying the month's total as a label above the stack.
        type: 'bar' as const,
        name: chartText.fundsMonthly.total,
        stack: 'spent',
        silent: true,
        tooltip: { show: false },
        itemStyle: { color: 'transparent' },
        data: months.map((x) => ({ value: 0, label: { show: true, position: 'top', formatter: money(x.spent), color: '#111111', fontWeight: 'bold' } })),
      },
    ],
  };
}
