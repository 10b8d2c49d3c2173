/** 工作台账 by due month: done by asOf, overdue (due and not done), and still open (due later). */
import type { EChartsOption } from 'echarts';
import { chartText } from '../../messages/charts.ts';
import type { MetricsResult, TaskStanding } from '../../metrics/index.ts';
import { monthZh } from '../../messages/format.ts';
import { PALETTE, STATUS_COLOUR } from '../status.ts';
import { base, GRID_COLOUR, legend, MUTED_COLOUR } from './style.ts';

type TaskState = TaskStanding;

export const TASK_STATE_WORD: Record<TaskState, string> = chartText.tasks.state;

/** The term's tasks (due from its start to its end), counted per due month. */
export function tasksByMonth(m: MetricsResult): { month: string; done: number; overdue: number; open: number }[] {
  const months = new Map<string, { month: string; done: number; overdue: number; open: number }>();
  for (const t of m.tasks) {
    if (t.due < m.term.start || t.due > m.term.end) continue;
    const month = t.due.slice(0, 7);
    const row = months.get(month) ?? { month, done: 0, overdue: 0, open: 0 };
    row[t.standing]++;
    months.set(month, row);
  }
  return [...months.values()].sort((a, b) => (a.month < b.month ? -1 : 1));
}

export function tasksChart(m: MetricsResult): EChartsOption {
  const months = tasksByMonth(m);
  const series = (state: TaskState, colour: string) => ({
    type: 'bar' as const,
    name: TASK_STATE_WORD[state],
    stack: 'tasks',
    barMaxWidth: 56,
    itemStyle: { color: colour },
    data: months.map((x) => ({ value: x[state], label: { show: x[state] > 0, position: 'inside' as const, formatter: String(x[state]), color: state === 'open' ? '#111111' : '#FFFFFF', fontWeight: 'bold' as const } })),
  });
  return {
    ...base(),
    legend: legend([TASK_STATE_WORD.done, TASK_STATE_WORD.overdue, TASK_STATE_WORD.open]),
    grid: { left: 12, right: 12, top: 44, bottom: 28, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', data: months.map((x) => monthZh(x.month, true)), axisLabel: { color: MUTED_COLOUR, fontSize: 13 } },
    yAxis: { type: 'value', minInterval: 1, name: chartText.tasks.axis, axisLabel: { color: MUTED_COLOUR }, splitLine: { lineStyle: { color: GRID_COLOUR } } },
    series: [series('done', PALETTE[0]!), series('overdue', STATUS_COLOUR.not_met), series('open', '#D9D9D9')],
  };
}
