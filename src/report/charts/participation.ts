/** 文体活动参与率 per activity: a bar per activity counted by the target, with the target line. */
import type { EChartsOption } from 'echarts';
import type { MetricsResult } from '../../metrics/index.ts';
import { dateZh, percent } from '../../messages/format.ts';
import { STATUS_COLOUR, STATUS_WORD } from '../status.ts';
import { num, rows, str, target } from './detail.ts';
import { base, categoryLabel, HALO, meets, pct, targetLine, valueAxisPercent } from './style.ts';

export function participationChart(m: MetricsResult): EChartsOption {
  const t = target(m, 'participation_rate');
  const activities = rows(t?.detail, 'activities').filter((a) => num(a, 'rate') !== null);
  const ref = t ?? { target: 0.85, op: '>=' };
  // Top to bottom in date order: a horizontal category axis runs bottom-up.
  const ordered = [...activities].reverse();
  return {
    ...base(),
    grid: { left: 12, right: 150, top: 36, bottom: 28, containLabel: true },
    tooltip: { trigger: 'item', formatter: '{b}<br/>参与率 {c}%' },
    xAxis: valueAxisPercent(100),
    yAxis: {
      type: 'category',
      data: ordered.map((a) => `${str(a, 'name') ?? ''}（${dateZh(str(a, 'date')).replace(/^\d+年/, '')}）`),
      axisLabel: categoryLabel(220),
    },
    series: [
      {
        type: 'bar',
        name: '参与率',
        barMaxWidth: 26,
        data: ordered.map((a) => {
          const rate = num(a, 'rate')!;
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
