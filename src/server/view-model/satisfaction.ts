/** `/satisfaction`: this term against last term, overall and per item. */
import { targetOf, type MetricsResult } from '../../metrics/index.ts';
import { barListHeight, satisfactionChart, satisfactionNeeded } from '../../report/charts/index.ts';
import { percent, points } from '../../messages/format.ts';
import { pageText } from '../../messages/pages.ts';
import { chartBlock, type ChartBlock } from './chart-block.ts';
import { targetPanels, type TargetView } from './targets.ts';

export interface SatisfactionView {
  readonly panels: readonly TargetView[];
  readonly sThis: string;
  readonly sPrev: string;
  readonly change: string;
  readonly needed: string;
  readonly responsesThis: number;
  readonly responsesPrev: number;
  readonly satisfiedFrom: string;
  readonly chart: ChartBlock | null;
  readonly items: readonly { item: string; now: string; prev: string; change: string; answers: number }[];
}

export function satisfactionView(m: MetricsResult): SatisfactionView {
  const d = targetOf(m, 'satisfaction_growth').detail;
  const { items, s_this: sThis, s_prev: sPrev } = d;
  return {
    panels: targetPanels(m, ['satisfaction_growth']),
    sThis: percent(sThis),
    sPrev: percent(sPrev),
    change: sThis !== null && sPrev !== null ? points(sThis - sPrev) : '—',
    needed: percent(satisfactionNeeded(m)),
    responsesThis: d.responses_this,
    responsesPrev: d.responses_prev,
    satisfiedFrom: String(d.satisfied_from),
    chart: items.length ? chartBlock('satisfaction-items', pageText.satisfaction.chart, satisfactionChart(m), { width: 860, height: barListHeight(items.length, 52) }) : null,
    items: items.map((i) => {
      const { this: now, prev } = i;
      return {
        item: i.item,
        now: percent(now),
        prev: percent(prev),
        change: now !== null && prev !== null ? points(now - prev) : '—',
        answers: i.answers,
      };
    }),
  };
}
