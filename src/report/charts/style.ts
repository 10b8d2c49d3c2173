/**
 * What every chart shares: the CJK font stack, colour-blind-safe colours, percent units and
 * the dashed target line. Options hold no functions, so they survive JSON (the page embeds
 * them for the browser).
 */
import type { MarkLineComponentOption } from 'echarts';
import { percent } from '../../messages/format.ts';
import { targetMark } from '../../messages/charts.ts';
import { OP_SYMBOL, PALETTE, STATUS_COLOUR, TARGET_LINE_COLOUR, type Status } from '../status.ts';

export const FONT_STACK = '"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif';
export const TEXT_COLOUR = '#222222';
export const MUTED_COLOUR = '#595959';
export const GRID_COLOUR = '#DDDDDD';

/** Series colours for categories (Okabe–Ito without vermillion, which means 未达标, and yellow, too faint on white). */
export const CATEGORY_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#333333', '#999999'];

/** A white outline keeps a label readable where it crosses a line or a bar. */
export const HALO = { textBorderColor: '#FFFFFF', textBorderWidth: 3 } as const;

/** A fraction as a percentage number with one decimal (0.8734 → 87.3), for axes in %. */
export const pct = (x: number): number => Math.round(x * 1000) / 10;

/** Options every chart starts from. */
export function base(): {
  color: string[];
  textStyle: { fontFamily: string; fontSize: number; color: string };
  aria: { enabled: boolean };
} {
  return { color: [...PALETTE], textStyle: { fontFamily: FONT_STACK, fontSize: 13, color: TEXT_COLOUR }, aria: { enabled: true } };
}

export interface TargetRef {
  readonly target: number;
  readonly op: string;
}

/** `目标 ≥85.0%` */
export const targetText = (t: TargetRef): string => targetMark(OP_SYMBOL[t.op] ?? t.op, percent(t.target));

/** A dashed vermillion line at the target, on the value axis (`yAxis`, or `xAxis` for horizontal bars). */
export function targetLine(t: TargetRef, axis: 'xAxis' | 'yAxis' = 'yAxis', text = targetText(t)): MarkLineComponentOption {
  const at = pct(t.target);
  return {
    silent: true,
    symbol: 'none',
    lineStyle: { color: TARGET_LINE_COLOUR, type: 'dashed', width: 2 },
    label: { formatter: text, color: TARGET_LINE_COLOUR, fontWeight: 'bold', position: axis === 'yAxis' ? 'insideEndTop' : 'end', ...HALO },
    data: [axis === 'yAxis' ? { yAxis: at, name: text } : { xAxis: at, name: text }],
  };
}

/** A plain reference line (not a target), e.g. the pass score or last term's level. */
export function referenceLine(value: number, text: string, axis: 'xAxis' | 'yAxis' = 'yAxis', colour = MUTED_COLOUR): MarkLineComponentOption {
  return {
    silent: true,
    symbol: 'none',
    lineStyle: { color: colour, type: 'dotted', width: 2 },
    label: { formatter: text, color: colour, position: axis === 'yAxis' ? 'insideEndTop' : 'end', ...HALO },
    data: [axis === 'yAxis' ? { yAxis: value, name: text } : { xAxis: value, name: text }],
  };
}

/** Meets the target? Same tolerance as metrics' status (ratios of counts land a hair off). */
export function meets(value: number, t: TargetRef): boolean {
  const eps = 1e-9;
  switch (t.op) {
    case '>=':
      return value >= t.target - eps;
    case '<=':
      return value <= t.target + eps;
    case '>':
      return value > t.target + eps;
    case '<':
      return value < t.target - eps;
    default:
      return Math.abs(value - t.target) <= eps;
  }
}

export const statusColour = (s: Status): string => STATUS_COLOUR[s];

/** Height for a horizontal bar list of `n` rows. */
export const barListHeight = (n: number, row = 34, chrome = 90): number => Math.max(180, chrome + n * row);

/** Axis label style for category names that may be long Chinese text. */
export const categoryLabel = (width: number) => ({ width, overflow: 'truncate' as const, color: TEXT_COLOUR, fontSize: 13 });

export const valueAxisPercent = (max?: number) => ({
  type: 'value' as const,
  min: 0,
  ...(max === undefined ? {} : { max }),
  axisLabel: { formatter: '{value}%', color: MUTED_COLOUR },
  splitLine: { lineStyle: { color: GRID_COLOUR } },
});

/** A top-aligned legend that does not overlap the plot. */
export const legend = (data?: string[]) => ({ top: 0, left: 'center', itemGap: 18, textStyle: { fontSize: 13, color: TEXT_COLOUR }, ...(data ? { data } : {}) });
