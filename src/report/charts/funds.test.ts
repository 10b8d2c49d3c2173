import { describe, expect, it } from 'vitest';
import { fixtureMetrics } from '../../../test/server/fixture-metrics.ts';
import { expectJsonSafe, svgTexts } from '../../../test/server/svg.ts';
import { money } from '../../messages/format.ts';
import { fundsBudgetChart } from './funds-budget.ts';
import { activityCostChart } from './funds-cost.ts';
import { fundsMonthlyChart } from './funds-monthly.ts';
import { renderSvg } from './render-svg.ts';

describe('fund charts', () => {
  it('budget vs spent says 超支 on the over-budget category and 无预算 where there is no budget line', async () => {
    const { metrics } = await fixtureMetrics();
    const option = fundsBudgetChart(metrics);
    expectJsonSafe(option);
    const texts = svgTexts(renderSvg(option, { width: 860, height: 426 }));
    expect(texts).toEqual(expect.arrayContaining(['文体活动支出', '¥35,900.00（119.7% 超支）', '¥1,580.00（无预算）', '预算', '已支出']));
  });

  it('monthly spending carries each month’s total above its stack and names every category in the legend', async () => {
    const { metrics } = await fixtureMetrics();
    const option = fundsMonthlyChart(metrics);
    expectJsonSafe(option);
    const texts = svgTexts(renderSvg(option, { width: 860, height: 380 }));
    for (const m of metrics.funds.months) expect(texts).toContain(money(m.spent));
    for (const c of metrics.funds.categories) expect(texts).toContain(c.category);
  });

  it('cost per activity shows the cost per participant where sign-ins exist', async () => {
    const { metrics } = await fixtureMetrics();
    const option = activityCostChart(metrics);
    expectJsonSafe(option);
    const texts = svgTexts(renderSvg(option, { width: 860, height: 500 }));
    expect(texts).toEqual(expect.arrayContaining(['三八健步走', '¥6,850.00 · 人均 ¥171.25（40 人）', '¥800.00']));
  });
});
