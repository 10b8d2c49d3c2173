import { afterAll, describe, expect, it } from 'vitest';
import { metricsFor, removeLedgers, targetOf, type Ledgers } from '../helpers/union-workbook.ts';

afterAll(removeLedgers);

/** Two school years of a small union: activities, budgets and surveys by term, spending by date. */
const ACTIVITIES = [
  ['活动名称', '日期', '类别'],
  ['暑期师德学习', '2025-08-25', '理论学习'],
  ['国庆主题教育', '2025-10-09', '主题活动'],
  ['元旦联欢', '2025-12-30', '文体活动'],
  ['寒假学习', '2026-01-12', '理论学习'],
  ['三八登山', '2026-03-08', '文体活动'],
  ['五月学习', '2026-05-14', '理论学习'],
  ['秋季运动会', '2026-10-20', '文体活动'],
];

const BUDGET = [
  ['学期', '科目', '预算金额'],
  ['2024-2025学年第二学期', '文体活动支出', 500],
  ['2025-2026学年第一学期', '文体活动支出', 1000],
  ['2025-2026学年第二学期', '文体活动支出', 2000],
  ['2026-2027学年第一学期', '文体活动支出', 4000],
];

const FUNDS = [
  ['日期', '摘要', '科目', '支出'],
  ['2025-09-15', '运动会奖品', '文体活动支出', 300],
  ['2026-01-05', '联欢场地', '文体活动支出', 200],
  ['2026-03-08', '登山车费', '文体活动支出', 900],
  ['2026-10-20', '运动会奖品', '文体活动支出', 1500],
];

/** Two items answered alike; satisfied = 4 or 5. 2024-2025: 1 of 4 satisfied; 2025-2026: 3 of 4. */
const SURVEY = [
  ['学期', '部门', '工会活动', '困难帮扶'],
  ['2024-2025学年第一学期', '语文组', 2, 2],
  ['2024-2025学年第一学期', '数学组', 3, 3],
  ['2024-2025学年第二学期', '语文组', 4, 4],
  ['2024-2025学年第二学期', '数学组', 3, 3],
  ['2025-2026学年第一学期', '语文组', 5, 5],
  ['2025-2026学年第一学期', '数学组', 3, 3],
  ['2025-2026学年第二学期', '语文组', 4, 4],
  ['2025-2026学年第二学期', '数学组', 5, 5],
];

const LEDGERS: Ledgers = { 活动台账: ACTIVITIES, 经费预算: BUDGET, 经费收支明细: FUNDS, 满意度测评: SURVEY };

describe('--period: a year made of terms', () => {
  it('学年 is both terms: their working months, activities, budgets and surveys, compared with the school year before', async () => {
    const { metrics } = await metricsFor(LEDGERS, { span: 'school_year', asOf: '2026-07-31', today: '2026-12-03' });
    expect(metrics.term).toMatchObject({
      id: '2025-2026',
      label: '2025-2026学年',
      start: '2025-08-01',
      end: '2026-07-31',
      kind: 'school_year',
      term_ids: ['2025-2026-1', '2025-2026-2'],
    });
    // The default working months of both terms: 9–12, 1 and 2–6.
    expect(metrics.term.working_months).toEqual(['2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06']);
    // Every activity from 2025-08-01 to 2026-07-31, none from the next school year.
    expect(metrics.activities.map((a) => a.name)).toEqual(['暑期师德学习', '国庆主题教育', '元旦联欢', '寒假学习', '三八登山', '五月学习']);
    // Budget of both terms (1000 + 2000), spending dated in the school year (300 + 200 + 900).
    const budget = targetOf(metrics, 'budget_within');
    expect(budget.detail.categories).toEqual([expect.objectContaining({ category: '文体活动支出', budget: 3000, spent: 1400 })]);
    // Satisfaction: 3 of 4 this school year against 1 of 4 the school year before → +200 %.
    const satisfaction = targetOf(metrics, 'satisfaction_growth');
    expect(satisfaction.detail.s_this).toBeCloseTo(0.75, 10);
    expect(satisfaction.detail.s_prev).toBeCloseTo(0.25, 10);
    expect(satisfaction.value).toBeCloseTo(2, 10);
  });

  it('年度 runs 1 January to 31 December: its months from both school years, and the budgets of its spring and autumn terms', async () => {
    const { metrics } = await metricsFor(LEDGERS, { span: 'year', asOf: '2026-12-03', today: '2026-12-03' });
    expect(metrics.term).toMatchObject({ id: '2026', label: '2026年度', start: '2026-01-01', end: '2026-12-31', kind: 'year' });
    expect(metrics.term.term_ids).toEqual(['2025-2026-2', '2026-2027-1']);
    // January belongs to the first term of 2025-2026, whose working months include it; July and August are holidays.
    expect(metrics.term.working_months).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-09', '2026-10', '2026-11', '2026-12']);
    expect(metrics.as_of).toBe('2026-12-03');
    expect(metrics.activities.map((a) => a.name)).toEqual(['寒假学习', '三八登山', '五月学习', '秋季运动会']);
    // Budgets of 2025-2026-2 and 2026-2027-1 (2000 + 4000); spending dated in 2026 (200 + 900 + 1500).
    expect(targetOf(metrics, 'budget_within').detail.categories).toEqual([expect.objectContaining({ budget: 6000, spent: 2600 })]);
    // 2025 is 2024-2025-2 and 2025-2026-1 (2 of 4 satisfied); 2026 has only 2025-2026-2's answers so far (2 of 2).
    const satisfaction = targetOf(metrics, 'satisfaction_growth');
    expect(satisfaction.detail.s_prev).toBeCloseTo(0.5, 10);
    expect(satisfaction.detail.s_this).toBeCloseTo(1, 10);
  });

  it('统计年度 runs 1 October to 30 September and is named by the year it ends in', async () => {
    const { metrics } = await metricsFor(LEDGERS, { span: 'stat_year', asOf: '2026-09-30', today: '2026-12-03' });
    expect(metrics.term).toMatchObject({ id: '2026-stat', start: '2025-10-01', end: '2026-09-30', kind: 'stat_year', term_ids: ['2025-2026-1', '2025-2026-2'] });
    expect(metrics.term.label).toBe('2026统计年度（2025年10月—2026年9月）');
    expect(metrics.term.working_months[0]).toBe('2025-10');
    expect(metrics.activities.map((a) => a.name)).toEqual(['国庆主题教育', '元旦联欢', '寒假学习', '三八登山', '五月学习']);
    // A statistical year in October is the one that ends next September.
    const october = await metricsFor(LEDGERS, { span: 'stat_year', asOf: '2026-10-25', today: '2026-12-03' });
    expect(october.metrics.term.id).toBe('2027-stat');
  });

  it('without last year’s answers the reason names the year compared with, not a term', async () => {
    const { metrics } = await metricsFor({ 满意度测评: SURVEY.filter((r, i) => i === 0 || String(r[0]).startsWith('2025-2026')) }, { span: 'school_year', asOf: '2026-07-31' });
    const satisfaction = targetOf(metrics, 'satisfaction_growth');
    expect(satisfaction.status).toBe('no_data');
    expect(satisfaction.detail.reason).toContain('上学年（2024-2025学年）');
  });

  it('a term stays the default: the same figures as before for the same as-of', async () => {
    const asTerm = await metricsFor(LEDGERS, { asOf: '2026-07-31' });
    const explicit = await metricsFor(LEDGERS, { span: 'term', asOf: '2026-07-31' });
    expect(explicit.metrics).toEqual(asTerm.metrics);
    expect(asTerm.metrics.term).toMatchObject({ id: '2025-2026-2', kind: 'term', term_ids: ['2025-2026-2'] });
  });
});
