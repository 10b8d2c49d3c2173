/** A target as a card (overview) or a panel (area pages): value, target, status in colour and words, trend. */
import { targetOf, type MetricsResult, type TargetId, type TargetResult } from '../../metrics/index.ts';
import { targetText } from '../../messages/targets.ts';
import { targetTrendChart, trendMonths, trendSparkline, trendWords, type ChartSize } from '../../report/charts/index.ts';
import { monthZh, percent } from '../../messages/format.ts';
import { STATUS_COLOUR, STATUS_MARK, STATUS_WORD } from '../../report/status.ts';
import { figureText, targetValueText } from '../../report/view/figure.ts';
import { figureWords } from '../../messages/charts.ts';
import { text } from '../../messages/server.ts';
import { pageText } from '../../messages/pages.ts';
import { chartBlock, type ChartBlock } from './chart-block.ts';
import type { Area } from './frame.ts';

/** Which page explains each target. */
export const TARGET_AREA: Readonly<Record<TargetId, Area>> = {
  participation_rate: 'participation',
  satisfaction_growth: 'satisfaction',
  archive_completion: 'archive',
  proposal_satisfaction: 'proposals',
  routine_completion: 'tasks',
  monthly_study: 'participation',
  cadre_training: 'participation',
  office_monthly: 'offices',
  office_pass_trend: 'offices',
  mentoring_coverage: 'mentoring',
  budget_within: 'funds',
};

const FULL_CHART: ChartSize = { width: 560, height: 240 };

export interface TargetView {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly target: string;
  readonly status: string;
  readonly statusWord: string;
  readonly mark: string;
  readonly colour: string;
  readonly note: string | null;
  readonly reason: string | null;
  readonly trendText: string;
  /** First and last month of the trend, under a sparkline. */
  readonly trendFrom: string;
  readonly trendTo: string;
  readonly href: string;
  readonly chart: ChartBlock;
}

/**
 * The card's big figure: the target's value, except for the pass-rate trend, whose value (the
 * smallest monthly change) says less than the latest pass rate beside the months below it.
 */
function cardValue(t: TargetResult): string {
  if (t.id !== 'office_pass_trend') return figureText(t, t.value);
  const last = t.detail.months.at(-1);
  return last ? percent(last.rate) : percent(null);
}

/** `chartSize`: the full trend chart's drawing size (default 560×240), e.g. smaller for a projector's narrower panels. */
export function targetView(t: TargetResult, href: string, size: 'spark' | 'full', chartSize: ChartSize = FULL_CHART): TargetView {
  const months = trendMonths(t);
  const chart =
    size === 'spark'
      ? chartBlock(`spark-${t.id}`, pageText.targets.trend(t.label), trendSparkline(t), { width: 260, height: 64 }, { compact: true })
      : chartBlock(`trend-${t.id}`, pageText.targets.trend(t.label), targetTrendChart(t), chartSize, { showCaption: true });
  return {
    id: t.id,
    label: t.label,
    value: cardValue(t),
    target: text.targetValue(targetValueText(t, '')),
    status: t.status,
    statusWord: STATUS_WORD[t.status],
    mark: STATUS_MARK[t.status],
    colour: STATUS_COLOUR[t.status],
    note: t.id === 'office_pass_trend' && t.detail.months.length > 0 ? figureWords.passRates(t.detail.months.map((m) => `${monthZh(m.month, true)} ${percent(m.rate)}`)) : targetText[t.id].note,
    reason: t.status === 'no_data' ? (t.detail.reason ?? null) : null,
    trendText: trendWords(t),
    trendFrom: months[0] ? monthZh(months[0], true) : '',
    trendTo: months.length > 1 ? monthZh(months[months.length - 1]!, true) : '',
    href,
    chart,
  };
}

export const targetPanels = (m: MetricsResult, ids: readonly TargetId[]): TargetView[] => ids.map((id) => targetView(targetOf(m, id), '', 'full'));
