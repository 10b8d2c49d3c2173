import { afterAll, describe, expect, it } from 'vitest';
import { metricsFor, removeLedgers, settings, targetOf } from '../helpers/union-workbook.ts';

afterAll(removeLedgers);

const THIS = '2025-2026学年第二学期';
const PREV = '2025-2026学年第一学期';

/**
 * This term: 1、工会活动 answers 5, 3, 非常满意(5); 2、困难帮扶 answers 4, blank, 2.
 * Last term: 工会活动 4, 3; 困难帮扶 2, 3.
 */
const SURVEY = [
  ['学期', '部门', '1、工会活动', '2、困难帮扶'],
  [THIS, '语文组', 5, 4],
  [THIS, '数学组', 3, null],
  [THIS, '语文组', '非常满意', 2],
  [PREV, '语文组', 4, 2],
  [PREV, '数学组', 3, 3],
];

describe('satisfaction_growth', () => {
  it('compares the share of answers ≥ 4 among non-blank answers with last term', async () => {
    const { metrics } = await metricsFor({ 设置: settings(), 满意度测评: SURVEY });
    const t = targetOf(metrics, 'satisfaction_growth');
    // This term: 5 non-blank answers (5,3,5,4,2), 3 are ≥ 4 → 0.6. Last term: 4 answers, one ≥ 4 → 0.25.
    expect(t.detail.s_this).toBeCloseTo(0.6, 10);
    expect(t.detail.s_prev).toBeCloseTo(0.25, 10);
    expect(t.value).toBeCloseTo((0.6 - 0.25) / 0.25, 10);
    expect(t.detail.change_points).toBeCloseTo(35, 10);
    expect(t.status).toBe('met');
    // Per item this term: 工会活动 2 of 3, 困难帮扶 1 of 2; last term 1 of 2 and 0 of 2.
    expect(t.detail.items).toEqual([
      { item: '工会活动', this: expect.closeTo(2 / 3, 10), prev: 0.5, answers: 3 },
      { item: '困难帮扶', this: 0.5, prev: 0, answers: 2 },
    ]);
  });

  it('reads 满意度口径 from the settings', async () => {
    const { metrics } = await metricsFor({ 设置: settings(['满意度口径', '基本满意及以上']), 满意度测评: SURVEY });
    const t = targetOf(metrics, 'satisfaction_growth');
    // Answers ≥ 3: this term 4 of 5 (only the 2 fails); last term 3 of 4.
    expect(t.detail.s_this).toBeCloseTo(0.8, 10);
    expect(t.detail.s_prev).toBeCloseTo(0.75, 10);
  });

  it('has no data without last term’s answers, and still gives S_this', async () => {
    const { metrics } = await metricsFor({ 设置: settings(), 满意度测评: SURVEY.slice(0, 4) });
    const t = targetOf(metrics, 'satisfaction_growth');
    expect(t).toMatchObject({ value: null, status: 'no_data' });
    expect(t.detail.s_this).toBeCloseTo(0.6, 10);
    expect(t.detail.reason).toContain('满意度测评');
    expect(t.detail.reason).toContain('上学期（2025-2026学年第一学期）');
  });

  it('takes the term of a sheet from its name (本学期, 上学期) when there is no 学期 column', async () => {
    const { metrics } = await metricsFor({
      设置: settings(),
      本学期满意度: [['部门', '工会活动', '困难帮扶'], ['语文组', '满意', '不满意'], ['数学组', '非常满意', '满意']],
      上学期满意度: [['部门', '工会活动', '困难帮扶'], ['语文组', '满意', '一般'], ['数学组', '一般', '一般']],
    });
    const t = targetOf(metrics, 'satisfaction_growth');
    // This term 3 of 4 satisfied (0.75), last term 1 of 4 (0.25): growth 2.0.
    expect(t.value).toBeCloseTo(2, 10);
  });

  it('has no data without a survey', async () => {
    const { metrics } = await metricsFor({ 设置: settings() });
    const t = targetOf(metrics, 'satisfaction_growth');
    expect(t.status).toBe('no_data');
    expect(t.detail.reason).toContain('满意度测评');
  });
});
