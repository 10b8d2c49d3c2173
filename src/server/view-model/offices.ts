/** `/offices`: monthly pass rate against the pass score, the office × month heat map and a ranking. */
import { targetOf, type MetricsResult } from '../../metrics/index.ts';
import { officeHeatmapChart, officeMonthRates, officePassRateChart, officeScoresToDate } from '../../report/charts/index.ts';
import { monthZh, num, percent } from '../../messages/format.ts';
import { pageText } from '../../messages/pages.ts';
import { chartBlock, type ChartBlock } from './chart-block.ts';
import { targetPanels, type TargetView } from './targets.ts';

export interface OfficesView {
  readonly panels: readonly TargetView[];
  readonly threshold: string;
  readonly passChart: ChartBlock | null;
  readonly heatmap: ChartBlock | null;
  readonly months: readonly { month: string; passed: number; scored: number; rate: string }[];
  readonly monthsWithout: readonly string[];
  readonly ranking: readonly { rank: number; office: string; mean: string; passed: number; months: number; latest: string }[];
}

export function officesView(m: MetricsResult): OfficesView {
  const scores = officeScoresToDate(m);
  const offices = new Map<string, { total: number; n: number; passed: number; latest: { month: string; total: number } }>();
  for (const s of scores) {
    const o = offices.get(s.office) ?? { total: 0, n: 0, passed: 0, latest: { month: s.month, total: s.total } };
    o.total += s.total;
    o.n++;
    if (s.passed) o.passed++;
    if (s.month >= o.latest.month) o.latest = { month: s.month, total: s.total };
    offices.set(s.office, o);
  }
  const ranked = [...offices]
    .map(([office, o]) => ({ office, mean: o.total / o.n, passed: o.passed, months: o.n, latest: o.latest.total }))
    .sort((a, b) => b.mean - a.mean);
  const months = officeMonthRates(m);
  const officeCount = offices.size;
  return {
    panels: targetPanels(m, ['office_monthly', 'office_pass_trend']),
    threshold: num(m.offices.threshold),
    passChart: months.length ? chartBlock('offices-pass-rate', pageText.offices.passChart, officePassRateChart(m), { width: 860, height: 340 }) : null,
    heatmap: scores.length
      ? chartBlock('offices-heatmap', pageText.offices.heatmap, officeHeatmapChart(m), { width: 860, height: Math.max(220, 90 + officeCount * 38) })
      : null,
    months: months.map((x) => ({ month: monthZh(x.month), passed: x.passed, scored: x.scored, rate: percent(x.rate) })),
    monthsWithout: targetOf(m, 'office_monthly').detail.months_without.map((x) => monthZh(x)),
    ranking: ranked.map((r) => ({
      // Equal means share a rank.
      rank: ranked.findIndex((x) => Math.abs(x.mean - r.mean) < 1e-9) + 1,
      office: r.office,
      mean: num(r.mean),
      passed: r.passed,
      months: r.months,
      latest: num(r.latest),
    })),
  };
}
