import { describe, expect, it } from 'vitest';
import { fixtureMetrics } from '../../../test/server/fixture-metrics.ts';
import { expectJsonSafe, expectTargetLine, svgTexts } from '../../../test/server/svg.ts';
import { renderSvg } from './render-svg.ts';
import { targetTrendChart, trendSparkline, trendWords } from './trend.ts';

describe('target trend charts', () => {
  it('every target’s month-by-month chart labels its months and values and draws its target line', async () => {
    const { metrics } = await fixtureMetrics();
    for (const t of metrics.targets) {
      const option = targetTrendChart(t);
      expectJsonSafe(option);
      const svg = renderSvg(option, { width: 560, height: 240 });
      const op = t.op === '>=' ? '≥' : t.op === '<=' ? '≤' : t.op;
      // the pass-rate trend draws the monthly pass rates, with no line at its target of 0
      if (t.id === 'office_pass_trend') continue;
      expectTargetLine(svg, `目标 ${op}${(t.target * 100).toFixed(1)}%`);
      expect(svgTexts(svg)).toEqual(expect.arrayContaining(['2月', '7月']));
    }
    const trend = metrics.targets.find((t) => t.id === 'office_pass_trend')!;
    expect(trend.detail.months.length).toBeGreaterThan(2);
    expect(svgTexts(renderSvg(targetTrendChart(trend), { width: 560, height: 240 }))).toEqual(
      expect.arrayContaining(trend.detail.months.map((m) => `${(m.rate * 100).toFixed(1)}%`)),
    );
    const archive = metrics.targets.find((t) => t.id === 'archive_completion')!;
    expect(svgTexts(renderSvg(targetTrendChart(archive), { width: 560, height: 240 }))).toEqual(expect.arrayContaining(['100.0%', '90.0%', '83.3%']));
  });

  it('sparklines keep the target line (unlabelled) and say the trend in words beside them', async () => {
    const { metrics } = await fixtureMetrics();
    const routine = metrics.targets.find((t) => t.id === 'routine_completion')!;
    const option = trendSparkline(routine);
    expectJsonSafe(option);
    const svg = renderSvg(option, { width: 260, height: 64 });
    expect(svg).toMatch(/<path\b[^>]*stroke="#D55E00"[^>]*stroke-dasharray/);
    expect(trendWords(routine)).toBe('2月 100.0%，3月 100.0%，4月 91.7%，5月 87.5%，6月 90.5%，7月 87.0%');
  });

  it('the same option renders to the same SVG when given the same prefix', async () => {
    const { metrics } = await fixtureMetrics();
    const option = trendSparkline(metrics.targets[0]!);
    const a = renderSvg(option, { width: 260, height: 64 }, { prefix: 'spark-x' });
    const b = renderSvg(option, { width: 260, height: 64 }, { prefix: 'spark-x' });
    expect(a).toBe(b);
    expect(a).not.toMatch(/zr\d+-/);
  });
});
