/** metrics.proposals: the term's 教代会提案 by handling state and feedback, each marked answered or not. */
import { afterAll, describe, expect, it } from 'vitest';
import { metricsFor, removeLedgers, settings, targetOf } from '../helpers/union-workbook.ts';

afterAll(removeLedgers);

const PROPOSALS = [
  ['提案号', '案由', '提案人', '承办部门', '办理状态', '答复日期', '反馈意见', '学期'],
  ['1', '关于食堂增加早餐品种的建议', '张敏', '后勤处', '已办结', '2026-03-20', '满意', null],
  ['2', '关于改善办公室照明的建议', '李强', '后勤处', '办理中', null, '基本满意', null],
  ['3', '关于减少填表的建议', '王丽', '校长办公室', '已答复', null, '不满意', '2025-2026-2'],
  ['4', '关于增设母婴室的建议', '周红', '工会', '办理中', null, null, null],
  ['5', '关于上学期的建议', '孙浩', '工会', '办理中', null, null, '2025-2026-1'],
  ['6', '关于教职工体检的建议', '孙浩', '工会', null, '2026-04-01', null, null],
  ['7', '关于停车位的建议', '赵刚', '总务处', '办理中', null, '满意', null],
];

describe('the proposal summary', () => {
  it('counts the proposals of this term or of none by state, most frequent first, and by feedback', async () => {
    const { metrics } = await metricsFor({ 设置: settings(), 教代会提案: PROPOSALS });
    // No. 5 belongs to the last term. 办理中 ×3 (2, 4, 7); the rest once each, in the order first met.
    expect(metrics.proposals.states).toEqual([
      { state: '办理中', count: 3 },
      { state: '已办结', count: 1 },
      { state: '已答复', count: 1 },
      { state: null, count: 1 },
    ]);
    // 满意 alone: 1 and 7; no feedback yet: 4 and 6.
    expect(metrics.proposals.feedback).toEqual({ satisfied: 2, basically_satisfied: 1, unsatisfied: 1, awaiting: 2 });
    // The same proposals as the target: 满意 or 基本满意 3 of 4 with feedback.
    expect(targetOf(metrics, 'proposal_satisfaction').detail).toMatchObject({ with_feedback: 4, satisfied: 3, without_feedback: 2 });
  });

  it('lists them in ledger order, answered by a reply date or a state that says so', async () => {
    const { metrics } = await metricsFor({ 设置: settings(), 教代会提案: PROPOSALS });
    expect(metrics.proposals.items.map((p) => [p.id, p.answered])).toEqual([
      ['1', true],
      ['2', false],
      ['3', true],
      ['4', false],
      ['6', true],
      ['7', false],
    ]);
    expect(metrics.proposals.items[4]).toEqual({
      id: '6',
      title: '关于教职工体检的建议',
      proposer: '孙浩',
      unit: '工会',
      state: null,
      reply_date: '2026-04-01',
      feedback: null,
      answered: true,
    });
  });

  it('is empty without a proposals ledger', async () => {
    const { metrics } = await metricsFor({ 设置: settings() });
    expect(metrics.proposals).toEqual({ items: [], states: [], feedback: { satisfied: 0, basically_satisfied: 0, unsatisfied: 0, awaiting: 0 } });
  });
});
