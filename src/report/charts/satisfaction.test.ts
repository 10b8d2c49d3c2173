import { describe, expect, it } from 'vitest';
import { fixtureMetrics } from '../../../test/server/fixture-metrics.ts';
import { expectJsonSafe, expectTargetLine, svgTexts } from '../../../test/server/svg.ts';
import { renderSvg } from './render-svg.ts';
import { satisfactionChart, satisfactionNeeded, shortItem } from './satisfaction.ts';

describe('shortItem', () => {
  it.each([
    ['您对工会关爱慰问工作是否满意？', '工会关爱慰问工作'],
    ['3. 您对教代会提案办理是否满意？', '教代会提案办理'],
    ['您对工会服务教职工的总体评价是？', '工会服务教职工'],
    ['食堂', '食堂'],
    ['？', '？'],
  ])('%s → %s', (item, short) => expect(shortItem(item)).toBe(short));
});

describe('satisfactionChart', () => {
  it('compares this term and last per item and draws the level needed for the growth target (0.8 × 1.1 = 88%)', async () => {
    const { metrics } = await fixtureMetrics();
    expect(satisfactionNeeded(metrics)).toBeCloseTo(0.88, 9);
    const option = satisfactionChart(metrics);
    expectJsonSafe(option);
    const svg = renderSvg(option, { width: 860, height: 400 });
    const texts = svgTexts(svg);
    expect(texts).toEqual(expect.arrayContaining(['本学期', '上学期', '工会关爱慰问工作', '93.3%', '81.6%']));
    expectTargetLine(svg, '目标 ≥88.0%');
  });
});
