import { describe, expect, it } from 'vitest';
import { fixtureMetrics } from '../../../test/server/fixture-metrics.ts';
import { expectJsonSafe, svgTexts } from '../../../test/server/svg.ts';
import { officeHeatmapChart } from './office-heatmap.ts';
import { officePassRateChart } from './office-pass-rate.ts';
import { officeMonthChart } from './office-month.ts';
import { renderSvg } from './render-svg.ts';

describe('officePassRateChart', () => {
  it('labels each month with its pass rate and count, and draws the pass score from settings (88)', async () => {
    const { metrics } = await fixtureMetrics();
    const option = officePassRateChart(metrics);
    expectJsonSafe(option);
    const svg = renderSvg(option, { width: 860, height: 340 });
    const texts = svgTexts(svg);
    // Multi-line labels become one <text> per line.
    expect(texts).toEqual(expect.arrayContaining(['2月', '6月', '50.0%', '4/8', '87.5%', '7/8', '达标分 88']));
    expect(svg).toMatch(/<path\b[^>]*stroke="#D55E00"[^>]*stroke-dasharray/);
  });
});

describe('officeHeatmapChart', () => {
  it('writes every score in its cell, marks the failing ones with ✘, and explains the colours in words', async () => {
    const { metrics } = await fixtureMetrics();
    const option = officeHeatmapChart(metrics);
    expectJsonSafe(option);
    const texts = svgTexts(renderSvg(option, { width: 860, height: 394 }));
    expect(texts).toEqual(expect.arrayContaining(['英语组办公室', '后勤处办公室', '85 ✘', '95', '未达标（<88）', '达标（88–93）', '优秀（≥93）']));
    expect(texts.filter((t) => t.endsWith('✘'))).toHaveLength(metrics.offices.scores.filter((s) => !s.passed).length);
  });
});

describe('officeMonthChart', () => {
  it('starts its bars at zero and writes each total inside its bar, where the pass-score line cannot cross it', async () => {
    const { metrics } = await fixtureMetrics();
    const april = metrics.offices.scores.filter((s) => s.month === '2026-04');
    const option = officeMonthChart(april, metrics.offices.threshold) as { xAxis: { min: number }; series: { data: { label: { position: string } }[] }[] };
    expect(option.xAxis.min).toBe(0);
    expect(option.series[0]!.data.every((d) => d.label.position === 'insideLeft')).toBe(true);
    const texts = svgTexts(renderSvg(option as never, { width: 320, height: 300 }));
    expect(texts).toEqual(expect.arrayContaining(april.filter((s) => !s.passed).map((s) => `${s.total} ✘`)));
  });
});

describe('tooltips of the office charts', () => {
  it('say each office’s total in words, with no unfilled template left for ECharts', async () => {
    const { metrics } = await fixtureMetrics();
    const json = JSON.stringify([officePassRateChart(metrics), officeHeatmapChart(metrics)]);
    expect(json).not.toMatch(/\{@\[\d\]\}/);
    const s = metrics.offices.scores[0]!;
    expect(json).toContain(`${s.office}：${s.total} 分`);
  });
});
