/** 文体活动参与率 per activity: a bar per activity counted by the target, with the target line. */
import type { EChartsOption } from 'echarts';
import { chartText } from '../../messages/charts.ts';
import { targetOf, type MetricsResult } from '../../metrics/index.ts';
import { dateZh, percent } from '../../messages/format.ts';
import { STATUS_COLOUR, STATUS_WORD } from '../status.ts';
import { base, categoryLabel, HALO, meets, pct, targetLine, valueAxisPercent } from './style.ts';

const words = chartText.participation;

export function participationChart(m: MetricsResult): EChartsOption {
  const t = targetOf(m, 'participation_rate');
  const activities = t.detail.activities.flatMap((a) => (a.rate === null ? [] : [{ ...a, rate: a.rate }]));
  const ref = t;
  // Top to bottom in date order: a horizontal category axis runs bottom-up.
  const ordered = [...activities].reverse();
  return {
    ...base(),
    grid: { left: 12, right: 150, top: 36, bottom: 28, containLabel: true },
    tooltip: { trigger: 'item', formatter: words.tooltip },
    xAxis: valueAxisPercent(100),
    yAxis: {
      type: 'category',
      data: ordered.map((a) => words.activity(a.name, dateZh(a.date).replace(/^\d+年/, ''))),
      axisLabel: categoryLabel(220),
    },
    series: [
      {
        type: 'bar',
        name: words.series,
        barMaxWidth: 26,
        data: ordered.map((a) => {
          const rate = a.rate;
          const s = meets(rate, ref) ? 'met' : 'not_met';
          return {
            value: pct(rate),
            itemStyle: { color: STATUS_COLOUR[s] },
            label: { show: true, position: 'right', formatter: `${percent(rate)} ${STATUS_WORD[s]}`, color: STATUS_COLOUR[s], fontWeight: 'bold', ...HALO },
          };
        }),
        markLine: targetLine(ref, 'xAxis'),
      },
    ],
  };
}
