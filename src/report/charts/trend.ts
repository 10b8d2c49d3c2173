/**
 * A target month by month (its value as of each month's end) with its target line: a
 * small sparkline for the overview's cards and a full chart for the area pages.
 */
import type { EChartsOption } from 'echarts';
import { chartText, figureWords } from '../../messages/charts.ts';
import type { TargetResult } from '../../metrics/index.ts';
import { monthZh, percent } from '../../messages/format.ts';
import { STATUS_COLOUR, STATUS_WORD, type Status } from '../status.ts';
import { base, GRID_COLOUR, HALO, MUTED_COLOUR, pct, targetLine, targetText } from './style.ts';

const words = chartText.trend;

interface SeriesPoint {
  readonly month: string;
  readonly value: number | null;
  readonly status: Status;
}

/** What a trend chart draws: the target as of each month's end against its target line. */
interface TrendSeries {
  readonly label: string;
  readonly points: readonly SeriesPoint[];
  /** Null when the line would mislead: the pass-rate trend draws the pass rates themselves. */
  readonly target: TargetResult | null;
}

/**
 * A target's series. The pass-rate trend's own value (the smallest change so far) says little
 * month by month; the committee reads the monthly pass rates, each ✔ unless lower than the month before.
 */
function seriesOf(t: TargetResult): TrendSeries {
  if (t.id !== 'office_pass_trend') return { label: t.label, points: t.trend, target: t };
  const months = t.detail.months;
  const points = months.map((m, i) => ({ month: m.month, value: m.rate, status: (i === 0 || m.rate >= months[i - 1]!.rate - 1e-9 ? 'met' : 'not_met') as Status }));
  return { label: t.label, points, target: null };
}

/** The months a target's trend chart shows. */
export const trendMonths = (t: TargetResult): readonly string[] => seriesOf(t).points.map((p) => p.month);

/** Axis bounds that keep both the values and the target line in view; `tight` for a sparkline. */
function bounds(s: TrendSeries, tight = false): { min: number; max: number } {
  const values = [...s.points.flatMap((p) => (p.value === null ? [] : [pct(p.value)])), ...(s.target ? [pct(s.target.target)] : [])];
  if (values.length === 0) values.push(0, 100);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = Math.max(2, (hi - lo) * 0.15);
  if (tight) return { min: Math.round((lo - pad) * 10) / 10, max: Math.round((hi + pad) * 10) / 10 };
  const min = Math.floor((lo - pad) / 10) * 10;
  // Rates stop at 100%: a point on it keeps its label above the plot.
  const max = hi <= 100 ? 100 : Math.ceil((hi + pad) / 10) * 10;
  return { min: lo >= 0 && min < 0 ? 0 : min, max: max === min ? max + 10 : max };
}

function points(s: TrendSeries, labels: boolean) {
  return s.points.map((p) =>
    p.value === null
      ? '-'
      : {
          value: pct(p.value),
          itemStyle: { color: STATUS_COLOUR[p.status] },
          ...(labels ? { label: { show: true, position: 'top' as const, formatter: percent(p.value), color: STATUS_COLOUR[p.status], ...HALO } } : {}),
        },
  );
}

export function trendSparkline(t: TargetResult): EChartsOption {
  const s = seriesOf(t);
  const { min, max } = bounds(s, true);
  return {
    ...base(),
    aria: { enabled: true, label: { description: words.description(t.label, s.target ? targetText(s.target) : figureWords.neverLower) } },
    grid: { left: 4, right: 4, top: 8, bottom: 4 },
    tooltip: { trigger: 'axis', formatter: words.tooltip, confine: true },
    xAxis: { type: 'category', show: false, boundaryGap: false, data: s.points.map((p) => monthZh(p.month, true)) },
    yAxis: { type: 'value', show: false, min, max },
    series: [
      {
        type: 'line',
        name: t.label,
        symbol: 'circle',
        symbolSize: 6,
        connectNulls: false,
        lineStyle: { color: '#555555', width: 2 },
        data: points(s, false),
        ...(s.target ? { markLine: { ...targetLine(s.target), label: { show: false } } } : {}),
      },
    ],
  };
}

export function targetTrendChart(t: TargetResult): EChartsOption {
  const s = seriesOf(t);
  const { min, max } = bounds(s);
  return {
    ...base(),
    grid: { left: 12, right: 104, top: 28, bottom: 28, containLabel: true },
    tooltip: { trigger: 'axis', formatter: words.tooltip },
    xAxis: { type: 'category', data: s.points.map((p) => monthZh(p.month, true)), axisLabel: { color: MUTED_COLOUR, fontSize: 13 } },
    yAxis: { type: 'value', min, max, axisLabel: { formatter: '{value}%', color: MUTED_COLOUR }, splitLine: { lineStyle: { color: GRID_COLOUR } } },
    series: [
      {
        type: 'line',
        name: t.label,
        symbol: 'circle',
        symbolSize: 9,
        connectNulls: false,
        lineStyle: { color: '#555555', width: 2 },
        data: points(s, true),
        // The target's label sits right of the plot, clear of the points' labels.
        ...(s.target ? { markLine: { ...targetLine(s.target), label: { ...targetLine(s.target).label, position: 'end' } } } : {}),
      },
    ],
  };
}

/** Words for the last point, for text beside a sparkline. */
export const trendWords = (t: TargetResult): string =>
  words.words(seriesOf(t).points.map((p) => `${monthZh(p.month, true)} ${p.value === null ? STATUS_WORD.no_data : percent(p.value)}`));
