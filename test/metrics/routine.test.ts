import { afterAll, describe, expect, it } from 'vitest';
import { metricsFor, removeLedgers, settings, targetOf } from '../helpers/union-workbook.ts';

afterAll(removeLedgers);

const TASKS = [
  ['工作事项', '负责人', '截止日期', '完成情况', '完成日期'],
  ['制定学期工作计划', '张敏', '2026-03-01', '已完成', null],
  ['教代会筹备', '李强', '4月1日', '进行中', '2026-04-03'],
  ['提案督办', '王丽', '2026-05-01', '未完成', null],
  ['经费公开', '张敏', '2026-06-30', null, null],
  ['健康体检', '孙浩', '2026-05-20', '已完成', '2026-07-05'],
  ['疗休养方案', '孙浩', '2026-07-15', '进行中', null],
  ['寒假慰问总结', '张敏', '2026-01-15', '未完成', null],
];

describe('routine_completion', () => {
  it('counts tasks due up to asOf that were done by then', async () => {
    const { metrics } = await metricsFor({ 设置: settings(), 工作台账: TASKS }, { asOf: '2026-06-30' });
    const t = targetOf(metrics, 'routine_completion');
    // Due in [2026-02-01, 2026-06-30]: 计划, 教代会筹备 (done by its 完成日期), 提案督办, 经费公开, 健康体检
    // (finished only on 2026-07-05) = 5; done by 2026-06-30: 2. 寒假慰问总结 belongs to the last term.
    expect(t.value).toBeCloseTo(2 / 5, 10);
    expect(t.detail).toMatchObject({ due: 5, done: 2 });
    expect(t.detail.open).toEqual([
      { task: '提案督办', owner: '王丽', due: '2026-05-01', state: '未完成', days_overdue: 60 },
      { task: '健康体检', owner: '孙浩', due: '2026-05-20', state: '已完成', days_overdue: 41 },
      { task: '经费公开', owner: '张敏', due: '2026-06-30', state: null, days_overdue: 0 },
    ]);
    expect(t.detail.upcoming).toEqual([{ task: '疗休养方案', owner: '孙浩', due: '2026-07-15', state: '进行中', days_overdue: 0 }]);
  });

  it('counts every task of the term at its end', async () => {
    const { metrics } = await metricsFor({ 设置: settings(), 工作台账: TASKS }, { today: '2026-09-01' });
    // asOf capped at 2026-07-31: 6 due, done 计划, 教代会筹备, 健康体检 = 3.
    expect(targetOf(metrics, 'routine_completion').value).toBeCloseTo(3 / 6, 10);
  });

  it('has no data without a work ledger, and when nothing is due yet', async () => {
    const none = await metricsFor({ 设置: settings() }, { asOf: '2026-06-30' });
    expect(targetOf(none.metrics, 'routine_completion').detail.reason).toContain('工作台账');
    const early = await metricsFor({ 设置: settings(), 工作台账: TASKS }, { asOf: '2026-02-20' });
    expect(targetOf(early.metrics, 'routine_completion')).toMatchObject({ value: null, status: 'no_data' });
  });
});
