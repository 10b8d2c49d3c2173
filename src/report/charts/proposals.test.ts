import { describe, expect, it } from 'vitest';
import { expectJsonSafe, expectTargetLine, svgTexts } from '../../../test/server/svg.ts';
import { proposalCounts, proposalFeedbackChart, proposalStatesChart, type ProposalCounts } from './proposals.ts';
import { renderSvg } from './render-svg.ts';

const counts: ProposalCounts = {
  states: [
    { state: '已办结', count: 8 },
    { state: '办理中', count: 2 },
  ],
  satisfied: 10,
  basicallySatisfied: 1,
  unsatisfied: 1,
  awaiting: 3,
};

describe('proposal charts', () => {
  it('counts proposals per handling state', () => {
    const option = proposalStatesChart(counts);
    expectJsonSafe(option);
    expect(svgTexts(renderSvg(option, { width: 560, height: 170 }))).toEqual(expect.arrayContaining(['已办结', '办理中', '8 件', '2 件']));
  });

  it('splits the answered proposals’ feedback and draws the satisfaction target', () => {
    const option = proposalFeedbackChart(counts, { target: 0.95, op: '>=' });
    expectJsonSafe(option);
    const svg = renderSvg(option, { width: 860, height: 170 });
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(['已反馈 12 件', '满意', '基本满意', '不满意', '10']));
    expectTargetLine(svg, '目标 ≥95.0%');
  });

  it('reads metrics’ summary, showing a blank state as 未填写', () => {
    const c = proposalCounts({
      items: [],
      states: [
        { state: '办理中', count: 2 },
        { state: null, count: 1 },
      ],
      feedback: { satisfied: 1, basically_satisfied: 2, unsatisfied: 0, awaiting: 0 },
    });
    expect(c).toEqual({ states: [{ state: '办理中', count: 2 }, { state: '未填写', count: 1 }], satisfied: 1, basicallySatisfied: 2, unsatisfied: 0, awaiting: 0 });
    expect(svgTexts(renderSvg(proposalStatesChart(c), { width: 560, height: 170 }))).toEqual(expect.arrayContaining(['未填写', '1 件']));
  });
});
