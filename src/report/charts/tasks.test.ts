import { describe, expect, it } from 'vitest';
import { fixtureMetrics } from '../../../test/server/fixture-metrics.ts';
import { expectJsonSafe, svgTexts } from '../../../test/server/svg.ts';
import { renderSvg } from './render-svg.ts';
import { tasksByMonth, tasksChart } from './tasks.ts';

describe('tasks by month', () => {
  it('counts the term’s tasks per due month, matching routine_completion’s totals', async () => {
    const { metrics } = await fixtureMetrics();
    const months = tasksByMonth(metrics);
    const routine = metrics.targets.find((t) => t.id === 'routine_completion')!;
    const due = months.reduce((n, m) => n + m.done + m.overdue, 0);
    expect(due).toBe(routine.detail['due']);
    expect(months.reduce((n, m) => n + m.done, 0)).toBe(routine.detail['done']);
    expect(months.map((m) => m.month)).not.toContain('2026-08');
    const option = tasksChart(metrics);
    expectJsonSafe(option);
    expect(svgTexts(renderSvg(option, { width: 860, height: 320 }))).toEqual(expect.arrayContaining(['已完成', '逾期未完成', '未到期', '4月']));
  });
});
