/** 教代会提案: how many are in each handling state, and the feedback of those answered against the target. */
import type { EChartsOption } from 'echarts';
import { chartText } from '../../messages/charts.ts';
import type { ProposalSummary } from '../../metrics/index.ts';
import { PALETTE, STATUS_COLOUR } from '../status.ts';
import { base, categoryLabel, GRID_COLOUR, legend, MUTED_COLOUR, pct, targetLine, type TargetRef } from './style.ts';

const words = chartText.proposals;

export interface ProposalCounts {
  /** Handling states as written (办理中, 已答复 …), blank as 未填写, most frequent first. */
  readonly states: readonly { readonly state: string; readonly count: number }[];
  readonly satisfied: number;
  readonly basicallySatisfied: number;
  readonly unsatisfied: number;
  readonly awaiting: number;
}

/** How a blank 办理状态 is shown. */
export const NO_STATE = words.noState;

/** The chart's counts from metrics' proposal summary. */
export function proposalCounts(p: ProposalSummary): ProposalCounts {
  return {
    states: p.states.map((s) => ({ state: s.state ?? NO_STATE, count: s.count })),
    satisfied: p.feedback.satisfied,
    basicallySatisfied: p.feedback.basically_satisfied,
    unsatisfied: p.feedback.unsatisfied,
    awaiting: p.feedback.awaiting,
  };
}

export function proposalStatesChart(c: ProposalCounts): EChartsOption {
  const states = [...c.states].reverse();
  return {
    ...base(),
    grid: { left: 12, right: 60, top: 16, bottom: 28, containLabel: true },
    tooltip: { trigger: 'item', formatter: words.statesTooltip },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { color: MUTED_COLOUR }, splitLine: { lineStyle: { color: GRID_COLOUR } } },
    yAxis: { type: 'category', data: states.map((s) => s.state), axisLabel: categoryLabel(120) },
    series: [
      {
        type: 'bar',
        name: words.states,
        barMaxWidth: 26,
        itemStyle: { color: PALETTE[0] },
        data: states.map((s) => ({ value: s.count, label: { show: true, position: 'right', formatter: words.count(s.count), color: '#111111' } })),
      },
    ],
  };
}

/** One bar of the answered proposals' feedback in %, 满意 and 基本满意 first; the target line marks the rate needed. */
export function proposalFeedbackChart(c: ProposalCounts, ref: TargetRef): EChartsOption {
  const answered = c.satisfied + c.basicallySatisfied + c.unsatisfied;
  const share = (n: number) => (answered > 0 ? n / answered : 0);
  const part = (name: string, n: number, colour: string, text: string) => ({
    type: 'bar' as const,
    name,
    stack: 'feedback',
    barMaxWidth: 46,
    itemStyle: { color: colour },
    data: [{ value: pct(share(n)), label: { show: n > 0, position: 'inside' as const, formatter: String(n), color: text, fontWeight: 'bold' as const } }],
  });
  return {
    ...base(),
    legend: legend(['满意', '基本满意', '不满意']),
    grid: { left: 12, right: 24, top: 44, bottom: 28, containLabel: true },
    tooltip: { trigger: 'item', formatter: words.feedbackTooltip },
    xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%', color: MUTED_COLOUR }, splitLine: { lineStyle: { color: GRID_COLOUR } } },
    yAxis: { type: 'category', data: [words.answered(answered)], axisLabel: categoryLabel(120) },
    series: [
      { ...part('满意', c.satisfied, PALETTE[0]!, '#FFFFFF'), markLine: targetLine(ref, 'xAxis') },
      part('基本满意', c.basicallySatisfied, PALETTE[4]!, '#111111'),
      part('不满意', c.unsatisfied, STATUS_COLOUR.not_met, '#FFFFFF'),
    ],
  };
}
