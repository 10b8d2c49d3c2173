import { afterAll, describe, expect, it } from 'vitest';
import { monthView } from '../../src/metrics/index.ts';
import { metricsFor, removeLedgers, settings, type Ledgers } from '../helpers/union-workbook.ts';

afterAll(removeLedgers);

const LEDGERS: Ledgers = {
  设置: settings(['文明办公室达标分', 85]),
  教职工名册: [['姓名', '部门'], ['张敏', '语文组'], ['李强', '数学组']],
  活动台账: [
    ['活动名称', '日期', '类别'],
    ['三月学习', '2026-03-10', '理论学习'],
    ['羽毛球赛', '2026-04-12', '文体活动'],
    ['四月培训', '2026-04-20', '干部培训'],
    ['五月登山', '2026-05-09', '文体活动'],
  ],
  活动签到: [['活动名称', '日期', '姓名', '签到'], ['羽毛球赛', '2026-04-12', '张敏', '√'], ['羽毛球赛', '2026-04-12', '李强', '请假']],
  文明办公室评比: [['办公室', '月份', '总分'], ['语文组', '4月', 90], ['数学组', '4月', 80], ['语文组', '5月', 91]],
  经费收支明细: [
    ['日期', '摘要', '科目', '收入', '支出'],
    ['2026-04-12', '羽毛球', '文体活动支出', null, 300],
    ['2026-04-20', '培训费', '培训费', null, 200.5],
    ['2026-04-25', '会费', '会费收入', 1000, null],
    ['2026-05-09', '登山', '文体活动支出', null, 800],
  ],
  工作台账: [
    ['工作事项', '负责人', '截止日期', '完成情况', '完成日期'],
    ['三月计划', '张敏', '2026-03-15', '未完成', null],
    ['四月公开', '李强', '2026-04-10', '已完成', '2026-04-09'],
    ['四月总结', '李强', '2026-04-28', '已完成', '2026-05-03'],
    ['五月体检', '张敏', '2026-05-20', '进行中', null],
  ],
};

describe('monthView', () => {
  it('counts nothing dated after its day as held or due: the rest of the month is still to come', async () => {
    const { metrics } = await metricsFor(LEDGERS, { asOf: '2026-04-15' });
    const v = monthView(metrics, '2026-04');
    expect(v.as_of).toBe('2026-04-15');
    expect(v.activities.map((a) => a.name)).toEqual(['羽毛球赛']);
    expect(v.tasks_due.map((t) => [t.task, t.done_by_then])).toEqual([['四月公开', true]]);
    expect(v.later.activities.map((a) => a.name)).toEqual(['四月培训']);
    expect(v.later.tasks.map((t) => t.task)).toEqual(['四月总结']);
    expect(v.overdue.map((t) => t.task)).toEqual(['三月计划']);
  });

  it('gives the committee the month’s activities, office scores, spending, tasks and next month', async () => {
    const { metrics } = await metricsFor(LEDGERS, { asOf: '2026-06-15' });
    const v = monthView(metrics, '2026-04');
    expect(v).toMatchObject({ month: '2026-04', label: '2026年4月', as_of: '2026-04-30' });
    expect(v.activities.map((a) => [a.name, a.present, a.excused, a.eligible, a.rate])).toEqual([
      ['羽毛球赛', 1, 1, 2, 0.5],
      ['四月培训', 0, 0, 2, null],
    ]);
    // ≥ 85 in April: 语文组 90 of 语文组 90 and 数学组 80 → 1 of 2.
    expect(v.offices).toMatchObject({ threshold: 85, passed: 1, scored: 2, rate: 0.5 });
    expect(v.funds).toMatchObject({ spent: 500.5, income: 1000 });
    expect(v.funds.categories).toEqual([
      { category: '文体活动支出', spent: 300 },
      { category: '培训费', spent: 200.5 },
    ]);
    // Due in April: 四月公开 (done 04-09) and 四月总结 (done only on 05-03, so not done by 04-30).
    expect(v.tasks_due.map((t) => [t.task, t.done_by_then])).toEqual([
      ['四月公开', true],
      ['四月总结', false],
    ]);
    // Overdue by 04-30: 三月计划 and 四月总结.
    expect(v.overdue.map((t) => t.task)).toEqual(['三月计划', '四月总结']);
    expect(v.next.month).toBe('2026-05');
    expect(v.next.activities.map((a) => a.name)).toEqual(['五月登山']);
    expect(v.next.tasks.map((t) => t.task)).toEqual(['五月体检']);
  });

  it('is as of asOf in asOf’s own month', async () => {
    const { metrics } = await metricsFor(LEDGERS, { asOf: '2026-05-10' });
    const v = monthView(metrics, '2026-05');
    expect(v.as_of).toBe('2026-05-10');
    // 五月体检 is due 05-20: not yet overdue on 05-10; 四月总结 was done on 05-03.
    expect(v.overdue.map((t) => t.task)).toEqual(['三月计划']);
    expect(v.funds.spent).toBe(800);
  });

  it('refuses a month that is not YYYY-MM', async () => {
    const { metrics } = await metricsFor(LEDGERS, { asOf: '2026-05-10' });
    expect(() => monthView(metrics, '2026-13')).toThrow(RangeError);
  });
});
