import { describe, expect, it } from 'vitest';
import { fixtureMetrics } from '../../../test/server/fixture-metrics.ts';
import { expectJsonSafe, expectTargetLine, svgTexts } from '../../../test/server/svg.ts';
import { departmentParticipationChart } from './participation-department.ts';
import { participationChart } from './participation.ts';
import { renderSvg } from './render-svg.ts';

describe('participationChart', () => {
  it('draws a bar per counted 文体活动 with its rate and word, and the target line of the targets sheet (≥80%)', async () => {
    const { metrics } = await fixtureMetrics();
    const option = participationChart(metrics);
    expectJsonSafe(option);
    const svg = renderSvg(option, { width: 860, height: 266 });
    const texts = svgTexts(svg);
    expect(texts).toEqual(expect.arrayContaining(['三八健步走（3月8日）', '教职工气排球赛（3月26日）', '86.4% 达标', '78.9% 未达标']));
    // 端午包粽子 has no sign-ins: not drawn as a 0% bar.
    expect(texts.join('')).not.toContain('端午包粽子');
    expectTargetLine(svg, '目标 ≥80.0%');
  });
});

describe('departmentParticipationChart', () => {
  it('draws each department with rate, word and counts, leaving out departments without a rate', () => {
    const option = departmentParticipationChart(
      [
        { department: '语文组', eligible: 21, present: 19, rate: 19 / 21 },
        { department: '政史地组', eligible: 17, present: 11, rate: 11 / 17 },
        { department: '后勤处', eligible: 0, present: 0, rate: null },
      ],
      { target: 0.8, op: '>=' },
    );
    expectJsonSafe(option);
    const svg = renderSvg(option, { width: 800, height: 220 });
    const texts = svgTexts(svg);
    expect(texts).toEqual(expect.arrayContaining(['语文组', '政史地组', '90.5% 达标（19/21）', '64.7% 未达标（11/17）']));
    expect(texts).not.toContain('后勤处');
    expectTargetLine(svg, '目标 ≥80.0%');
  });
});
