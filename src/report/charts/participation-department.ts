/** 文体活动参与率 by department, over the activities the target counts, with the target line. */
import type { EChartsOption } from 'echarts';
import { chartText } from '../../messages/charts.ts';
import { percent } from '../../messages/format.ts';
import { STATUS_COLOUR, STATUS_WORD } from '../status.ts';
import { base, categoryLabel, HALO, meets, pct, targetLine, valueAxisPercent, type TargetRef } from './style.ts';

const words = chartText.participation;

export interface DepartmentParticipation {
  readonly department: string;
  /** Eligible (activity, person) pairs. */
  readonly eligible: number;
  readonly present: number;
  readonly rate: number | null;
}

export function departmentParticipationChart(departments: readonly DepartmentParticipation[], ref: TargetRef): EChartsOption {
  const shown = departments.filter((d) => d.rate !== null).reverse();
  return {
    ...base(),
    grid: { left: 12, right: 150, top: 36, bottom: 28, containLabel: true },
    tooltip: { trigger: 'item', formatter: words.tooltip },
    xAxis: valueAxisPercent(100),
    yAxis: { type: 'category', data: shown.map((d) => d.department), axisLabel: categoryLabel(140) },
    series: [
      {
        type: 'bar',
        name: words.series,
        barMaxWidth: 24,
        data: shown.map((d) => {
          const s = meets(d.rate!, ref) ? 'met' : 'not_met';
          return {
            value: pct(d.rate!),
            itemStyle: { color: STATUS_COLOUR[s] },
            label: { show: true, position: 'right', formatter: words.department(percent(d.rate), STATUS_WORD[s], d.present, d.eligible), color: STATUS_COLOUR[s], ...HALO },
          };
        }),
        markLine: targetLine(ref, 'xAxis'),
      },
    ],
  };
}
