import * as echarts from 'echarts';

export interface ChartSize {
  readonly width: number;
  readonly height: number;
}

/**
 * Renders an ECharts option to an SVG string on the server, for the first paint of a
 * page and for the PDF. The chart is disposed at once (an undisposed chart keeps the
 * process alive).
 */
export function renderSvg(option: echarts.EChartsCoreOption, size: ChartSize): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption({ animation: false, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
