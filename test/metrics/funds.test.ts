import { afterAll, describe, expect, it } from 'vitest';
import { metricsFor, removeLedgers, settings, targetOf, type Ledgers } from '../helpers/union-workbook.ts';

afterAll(removeLedgers);

const BUDGET = [
  ['科目', '预算金额'],
  ['文体活动支出', 1000],
  ['职工教育支出', '2,000'],
  ['送温暖费', 500],
];

/** Account codes glued on (50102文体活动支出) match the budget by name; income is not spending. */
const FUNDS = [
  ['日期', '凭证号', '摘要', '科目', '收入', '支出'],
  ['2026-01-10', '记-000', '上学期学习资料', '职工教育支出', null, 700],
  ['2026-03-08', '记-001', '羽毛球赛奖品', '文体活动支出', null, 600],
  ['2026-03-20', '记-002', '收取会费', '会费收入', 3000, null],
  ['2026-04-02', '记-003', '羽毛球赛场地费', '50102文体活动支出', null, '¥500.00'],
  ['2026-04-10', '记-004', '学习资料', '职工教育支出', null, 450.25],
  ['2026-05-10', '记-005', '杂项', '其他活动支出', null, '300元'],
  ['2026-07-10', '记-006', '运动会奖品', '文体活动支出', null, 999],
];

const ACTIVITIES = [
  ['活动名称', '日期', '类别'],
  ['羽毛球赛', '2026-03-10', '文体活动'],
];

const SIGN_IN = [
  ['活动名称', '日期', '姓名', '签到'],
  ['羽毛球赛', '2026-03-10', '张敏', '√'],
  ['羽毛球赛', '2026-03-10', '李强', '√'],
  ['羽毛球赛', '2026-03-10', '王丽', '请假'],
  ['羽毛球赛', '2026-03-10', '来宾', '√'],
];

const ROSTER = [['姓名', '部门'], ['张敏', '语文组'], ['李强', '数学组'], ['王丽', '数学组']];

const LEDGERS: Ledgers = {
  设置: settings(),
  教职工名册: ROSTER,
  活动台账: ACTIVITIES,
  活动签到: SIGN_IN,
  经费预算: BUDGET,
  经费收支明细: FUNDS,
};

describe('funds', () => {
  it('sums spending per category, with every budget category and every category that has spending', async () => {
    const { metrics } = await metricsFor(LEDGERS, { asOf: '2026-06-30' });
    // Up to 2026-06-30 within the term: 文体 600 + 500 = 1100; 教育 450.25; 其他 300 (no budget line).
    expect(metrics.funds.categories).toEqual([
      { category: '文体活动支出', budget: 1000, spent: 1100, ratio: 1.1, over: true },
      { category: '职工教育支出', budget: 2000, spent: 450.25, ratio: expect.closeTo(450.25 / 2000, 10), over: false },
      { category: '送温暖费', budget: 500, spent: 0, ratio: 0, over: false },
      { category: '其他活动支出', budget: null, spent: 300, ratio: null, over: null },
    ]);
    expect(metrics.funds.total_spent).toBe(1850.25);
    expect(metrics.funds.total_income).toBe(3000);
    expect(metrics.funds.balance).toBe(1149.75);
    expect(metrics.funds.months.map(({ month, spent, income }) => ({ month, spent, income }))).toEqual([
      { month: '2026-03', spent: 600, income: 3000 },
      { month: '2026-04', spent: 950.25, income: 0 },
      { month: '2026-05', spent: 300, income: 0 },
    ]);
  });

  it('links spending to an activity named in the 摘要, with the cost per person present', async () => {
    const { metrics } = await metricsFor(LEDGERS, { asOf: '2026-06-30' });
    // 羽毛球赛: 600 + 500; present: 张敏, 李强 and a guest = 3 people → 366.67 each.
    expect(metrics.funds.activities).toEqual([
      { name: '羽毛球赛', date: '2026-03-10', spent: 1100, participants: 3, cost_per_participant: 366.67 },
    ]);
  });

  it('reports the largest spent ÷ budget as budget_within', async () => {
    const { metrics } = await metricsFor(LEDGERS, { asOf: '2026-06-30' });
    const t = targetOf(metrics, 'budget_within');
    expect(t).toMatchObject({ value: 1.1, target: 1, op: '<=', status: 'not_met' });
    expect(t.detail).toMatchObject({ worst: '文体活动支出', over: ['文体活动支出'] });
  });

  it('has no budget_within without a budget', async () => {
    const { 经费预算: _, ...rest } = LEDGERS;
    const { metrics } = await metricsFor(rest, { asOf: '2026-06-30' });
    const t = targetOf(metrics, 'budget_within');
    expect(t).toMatchObject({ value: null, status: 'no_data' });
    expect(t.detail.reason).toContain('经费预算');
    expect(metrics.funds.categories.map((c) => [c.category, c.budget, c.spent])).toEqual([
      ['文体活动支出', null, 1100],
      ['职工教育支出', null, 450.25],
      ['其他活动支出', null, 300],
    ]);
  });
});

describe('the 目标 sheet', () => {
  it('changes a target and its op, naming it by label or by id; an unknown name is a warning', async () => {
    const targets = [
      ['指标', '目标值'],
      ['经费预算执行不超支', '≤120%'],
      ['participation_rate', 0.5],
      ['资料归档规范率', '95%'],
      ['不存在的指标', '90%'],
    ];
    const { metrics } = await metricsFor({ ...LEDGERS, 目标: targets }, { asOf: '2026-06-30' });
    expect(targetOf(metrics, 'budget_within')).toMatchObject({ target: 1.2, op: '<=', status: 'met' });
    // 羽毛球赛: eligible 3 (roster in service), present 2 → 2/3 ≥ 0.5.
    expect(targetOf(metrics, 'participation_rate')).toMatchObject({ target: 0.5, op: '>=', status: 'met' });
    expect(targetOf(metrics, 'participation_rate').value).toBeCloseTo(2 / 3, 10);
    expect(targetOf(metrics, 'archive_completion')).toMatchObject({ target: 0.95, op: '>=' });
    expect(targetOf(metrics, 'proposal_satisfaction')).toMatchObject({ target: 0.95, op: '>=' });
    const unknown = metrics.issues.filter((i) => i.code === 'unknown_target');
    expect(unknown).toMatchObject([{ severity: 'warning', sheet: '目标', cell: 'B5' }]);
    expect(unknown[0]!.message).toContain('不存在的指标');
  });
});
