import { describe, expect, it } from 'vitest';
import { renderSvg } from './render-svg.ts';

describe('renderSvg', () => {
  it('renders Chinese labels as SVG text and a mark line', () => {
    const svg = renderSvg(
      {
        xAxis: { type: 'category', data: ['三八健步走', '气排球赛'] },
        yAxis: { type: 'value', max: 1 },
        series: [{ type: 'bar', data: [0.86, 0.79], markLine: { data: [{ yAxis: 0.85, name: '目标' }], label: { formatter: '目标 85%' } } }],
      },
      { width: 600, height: 300 },
    );
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('三八健步走');
    expect(svg).toContain('目标 85%');
  });
});
