import { afterAll, describe, expect, it } from 'vitest';
import { metricsFor, removeLedgers, settings, targetOf } from '../helpers/union-workbook.ts';

afterAll(removeLedgers);

/**
 * 3 offices × Mar–May. 英语组's April sub-scores add up to 80, but its 总分 is written as 85:
 * the written total is the official score.
 */
const OFFICES = [
  ['办公室', '月份', '卫生', '纪律', '总分'],
  ['语文组', '3月', 45, 45, 90],
  ['数学组', '3月', 43, 43, 86],
  ['英语组', '3月', 42, 42, 84],
  ['语文组', '4月', 44, 44, 88],
  ['数学组', '4月', 44, 43, 87],
  ['英语组', '4月', 40, 40, 85],
  ['语文组', '5月', 46, 46, 92],
  ['数学组', '5月', 45, 44, 89],
  ['英语组', '5月', 43, 43, 86],
];

describe('office_pass_trend', () => {
  it('is the smallest month-over-month change of the pass rate, with the pass score from the settings', async () => {
    const { metrics, ingest } = await metricsFor({ 设置: settings(['文明办公室达标分', 85]), 文明办公室评比: OFFICES }, { asOf: '2026-06-30' });
    const t = targetOf(metrics, 'office_pass_trend');
    // ≥ 85: Mar 2 of 3 (90, 86), Apr 3 of 3 (英语组 counts with its written 85), May 3 of 3.
    // Changes: +1/3, 0 → smallest 0: never dropped.
    expect(t.value).toBeCloseTo(0, 10);
    expect(t.status).toBe('met');
    expect(t.detail.threshold).toBe(85);
    expect(t.detail.months).toEqual([
      { month: '2026-03', passed: 2, scored: 3, rate: expect.closeTo(2 / 3, 10) },
      { month: '2026-04', passed: 3, scored: 3, rate: 1 },
      { month: '2026-05', passed: 3, scored: 3, rate: 1 },
    ]);
    expect(ingest.issues.filter((i) => i.code === 'office_total_mismatch').map((i) => i.cell)).toEqual(['E7']);
  });

  it('uses 90 without a setting, and reports a drop', async () => {
    const { metrics } = await metricsFor({ 设置: settings(), 文明办公室评比: OFFICES }, { asOf: '2026-06-30' });
    const t = targetOf(metrics, 'office_pass_trend');
    // ≥ 90: Mar 1 of 3, Apr 0 of 3, May 1 of 3 → changes −1/3, +1/3.
    expect(t.value).toBeCloseTo(-1 / 3, 10);
    expect(t.status).toBe('not_met');
    expect(t.detail.worst).toEqual({ from: '2026-03', to: '2026-04', change: expect.closeTo(-1 / 3, 10) });
  });

  it('adds up the sub-scores when the sheet has no 总分 column', async () => {
    const noTotal = OFFICES.map((r) => r.slice(0, 4));
    const { metrics } = await metricsFor({ 设置: settings(['文明办公室达标分', 85]), 文明办公室评比: noTotal }, { asOf: '2026-06-30' });
    // 英语组 April is now 40 + 40 = 80 < 85: Apr 2 of 3; changes 0, +1/3.
    const t = targetOf(metrics, 'office_pass_trend');
    expect(t.detail.months).toMatchObject([{ passed: 2 }, { passed: 2 }, { passed: 3 }]);
    expect(t.value).toBeCloseTo(0, 10);
  });

  it('has no data with fewer than two evaluated months', async () => {
    const { metrics } = await metricsFor({ 设置: settings(), 文明办公室评比: OFFICES }, { asOf: '2026-03-31' });
    const t = targetOf(metrics, 'office_pass_trend');
    expect(t).toMatchObject({ value: null, status: 'no_data' });
    expect(t.detail.months).toHaveLength(1);
  });
});
