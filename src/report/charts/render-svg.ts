import * as echarts from 'echarts';

export interface ChartSize {
  readonly width: number;
  readonly height: number;
}

export interface RenderOptions {
  /**
   * Replaces ECharts' per-process `zr<N>-` prefix of class names and ids, so that the SVG
   * is the same on every run and several SVGs inlined in one page keep their hover rules
   * apart. Letters, digits, `_` and `-` only.
   */
  readonly prefix?: string;
}

/**
 * Renders an ECharts option to an SVG string on the server, for the first paint of a
 * page and for the PDF. The chart is disposed at once (an undisposed chart keeps the
 * process alive).
 */
export function renderSvg(option: echarts.EChartsCoreOption, size: ChartSize, options: RenderOptions = {}): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption({ animation: false, ...option });
    const svg = chart.renderToSVGString();
    if (options.prefix === undefined) return svg;
    if (!/^[A-Za-z][\w-]*$/.test(options.prefix)) throw new RangeError(`bad SVG prefix "${options.prefix}"`);
    // Ids and class names carry process-wide counters (zr3-cls-57): number them afresh per SVG.
    const seen = new Map<string, string>();
    const counts = new Map<string, number>();
    return svg.replace(/\bzr\d+-([a-z]+-?)(\d+)\b/g, (token, kind: string) => {
      let renamed = seen.get(token);
      if (renamed === undefined) {
        const n = counts.get(kind) ?? 0;
        counts.set(kind, n + 1);
        renamed = `${options.prefix}-${kind}${n}`;
        seen.set(token, renamed);
      }
      return renamed;
    });
  } finally {
    chart.dispose();
  }
}
