import { afterAll, describe, expect, it } from 'vitest';
import { metricsFor, removeLedgers, settings, targetOf } from '../helpers/union-workbook.ts';

afterAll(removeLedgers);

const PROPOSALS = [
  ['提案号', '案由', '承办部门', '办理状态', '反馈意见'],
  ['2026-01', '关于食堂增加早餐品种的建议', '后勤处', '已办结', '满意'],
  ['2026-02', '关于改善办公室照明的建议', '后勤处', '已办结', '基本满意'],
  ['2026-03', '关于减少填表的建议', '校长办公室', '已答复', '不满意'],
  ['2026-04', '关于增设母婴室的建议', '工会', '办理中', null],
  ['2026-05', '关于教职工体检的建议', '工会', '已办结', '满意'],
];

describe('proposal_satisfaction', () => {
  it('counts 满意 and 基本满意 among proposals with feedback; proposals without feedback are left out', async () => {
    const { metrics } = await metricsFor({ 设置: settings(), 教代会提案: PROPOSALS });
    const t = targetOf(metrics, 'proposal_satisfaction');
    // With feedback: 4 (满意, 基本满意, 不满意, 满意), satisfied 3.
    expect(t.value).toBeCloseTo(3 / 4, 10);
    expect(t.status).toBe('not_met');
    expect(t.detail).toMatchObject({ with_feedback: 4, satisfied: 3, without_feedback: 1 });
    expect(t.detail.unsatisfied).toEqual([{ id: '2026-03', title: '关于减少填表的建议', unit: '校长办公室', state: '已答复' }]);
    expect(t.detail.awaiting_feedback).toEqual([{ id: '2026-04', title: '关于增设母婴室的建议', unit: '工会', state: '办理中' }]);
  });

  it('has no data when no proposal has feedback yet', async () => {
    const rows = PROPOSALS.map((r, i) => (i === 0 ? r : [...r.slice(0, 4), null]));
    const { metrics } = await metricsFor({ 设置: settings(), 教代会提案: rows });
    const t = targetOf(metrics, 'proposal_satisfaction');
    expect(t).toMatchObject({ value: null, status: 'no_data' });
    expect(t.detail.reason).toContain('反馈');
  });

  it('has no data without a proposals ledger', async () => {
    const { metrics } = await metricsFor({ 设置: settings() });
    expect(targetOf(metrics, 'proposal_satisfaction').detail.reason).toContain('教代会提案');
  });
});
