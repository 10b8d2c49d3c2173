/** A chart as a page shows it: server-rendered SVG for the first paint, and its option for the browser. */
import type { EChartsOption } from 'echarts';
import { renderSvg, type ChartSize } from '../../report/charts/index.ts';
import { jsonForScript } from '../json-script.ts';

export interface ChartBlock {
  readonly id: string;
  readonly title: string;
  readonly svg: string;
  readonly optionJson: string;
  readonly width: number;
  readonly height: number;
  /** A small chart (sparkline) without a caption. */
  readonly compact: boolean;
  /** Shown above the chart; otherwise the caption is for screen readers (the section heading says it). */
  readonly showCaption: boolean;
}

export function chartBlock(id: string, title: string, option: EChartsOption, size: ChartSize, look: { compact?: boolean; showCaption?: boolean } = {}): ChartBlock {
  const svg = staticSvg(renderSvg(option, size, { prefix: id }));
  return { id, title, svg, optionJson: jsonForScript(option), width: size.width, height: size.height, compact: look.compact ?? false, showCaption: look.showCaption ?? false };
}

/**
 * The SVG as a still picture: without the hover rules and event metadata ECharts adds for
 * its SSR runtime (the live chart replaces it in the browser) and without indentation.
 */
export function staticSvg(svg: string): string {
  return svg
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/ (?:ecmeta_[a-z_]+|pointer-events|class)="[^"]*"/g, '')
    .replace(/\n\s*/g, '\n');
}
