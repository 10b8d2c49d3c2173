/** What each activity linked to the fund ledger cost, labelled with its cost per participant where sign-ins exist. */
import type { EChartsOption } from 'echarts';
import { chartText } from '../../messages/charts.ts';
import type { MetricsResult } from '../../metrics/index.ts';
import { money } from '../../messages/format.ts';
import { PALETTE } from '../status.ts';
import { base, categoryLabel, GRID_COLOUR, MUTED_COLOUR } from './style.ts';

export function activityCostChart(m: MetricsResult): EChartsOption {
  const acts = [...m.funds.activities].reverse();
  return {
    ...base(),
    grid: { left: 12, right: 230, top: 16, bottom: 28, containLabel: true },
    tooltip: { trigger: 'item', formatter: chartText.fundsCost.tooltip },
    xAxis: { type: 'value', axisLabel: { formatter: '¥{value}', color: MUTED_COLOUR }, splitLine: { lineStyle: { color: GRID_COLOUR } } },
    yAxis: { type: 'category', data: acts.map((a) => a.name), axisLabel: categoryLabel(170) },
    series: [
      {
        type: 'bar',
        name: chartText.fundsCost.series,
        barMaxWidth: 20,
        itemStyle: { color: PALETTE[0] },
        data: acts.map((a) => ({
          value: a.spent,
          label: {
            show: true,
            position: 'right',
            color: '#111111',
            formatter:
              a.cost_per_participant === null ? money(a.spent) : chartText.fundsCost.perHead(money(a.spent), money(a.cost_per_participant), a.participants),
          },
        })),
      },
    ],
  };
}
