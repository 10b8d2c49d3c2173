/**
 * Satisfaction per survey item, this term against last term, with the level this term must
 * reach for the growth target (last term's overall rate × (1 + target)).
 */
import type { EChartsOption } from 'echarts';
import { chartText, targetMark } from '../../messages/charts.ts';
import { targetOf, type MetricsResult } from '../../metrics/index.ts';
import { percent } from '../../messages/format.ts';
import { OP_SYMBOL, PALETTE } from '../status.ts';
import { base, categoryLabel, HALO, legend, pct, referenceLine, valueAxisPercent } from './style.ts';
import { TARGET_LINE_COLOUR } from '../status.ts';

const words = chartText.satisfaction;

/** 您对工会关爱慰问工作是否满意？ → 工会关爱慰问工作 */
export function shortItem(item: string): string {
  const s = item
    .replace(/^\s*\d+[.、．)）]\s*/u, '')
    .replace(/^您对/u, '')
    .replace(/(是否满意|的满意度|满意吗|的总体评价是|的评价是|怎么样)?[？?。.:：]*$/u, '');
  return s.trim() || item;
}

/** The overall rate this term needs, or null when last term has none. */
export function satisfactionNeeded(m: MetricsResult): number | null {
  const t = targetOf(m, 'satisfaction_growth');
  const prev = t.detail.s_prev;
  return prev !== null ? prev * (1 + t.target) : null;
}

export function satisfactionChart(m: MetricsResult): EChartsOption {
  const t = targetOf(m, 'satisfaction_growth');
  const items = [...t.detail.items].reverse();
  const needed = satisfactionNeeded(m);
  const sThis = t.detail.s_this;
  const labelled = (v: number | null, colour: string) =>
    v === null ? '-' : { value: pct(v), label: { show: true, position: 'right' as const, formatter: percent(v), color: colour, ...HALO } };
  return {
    ...base(),
    legend: legend([words.thisTerm(m.term.kind), words.prevTerm(m.term.kind)]),
    grid: { left: 12, right: 70, top: 40, bottom: 28, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: valueAxisPercent(100),
    yAxis: { type: 'category', data: items.map((i) => shortItem(i.item)), axisLabel: categoryLabel(190) },
    series: [
      {
        type: 'bar',
        name: words.prevTerm(m.term.kind),
        barGap: '15%',
        barMaxWidth: 16,
        itemStyle: { color: '#9E9E9E' },
        data: items.map((i) => labelled(i.prev, '#555555')),
      },
      {
        type: 'bar',
        name: words.thisTerm(m.term.kind),
        barMaxWidth: 16,
        itemStyle: { color: PALETTE[0] },
        data: items.map((i) => labelled(i.this, PALETTE[0]!)),
        markLine:
          needed === null
            ? referenceLine(pct(sThis ?? 0), words.overall(m.term.kind, percent(sThis)), 'xAxis')
            : {
                ...referenceLine(pct(needed), targetMark(OP_SYMBOL[t.op] ?? '', percent(needed)), 'xAxis', TARGET_LINE_COLOUR),
                lineStyle: { color: TARGET_LINE_COLOUR, type: 'dashed', width: 2 },
              },
      },
    ],
  };
}
