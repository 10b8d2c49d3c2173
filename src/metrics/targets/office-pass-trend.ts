import { clean } from '../context.ts';
import { noDataText } from '../../messages/metrics.ts';
import { officeMonths, type OfficeMonth } from '../office-months.ts';
import { noData, type TargetDef } from './target.ts';

export interface PassChange {
  readonly from: string;
  readonly to: string;
  readonly change: number;
}

export interface OfficePassTrendDetail {
  readonly threshold: number;
  /** Each evaluated month's pass rate, in order. */
  readonly months: readonly OfficeMonth[];
  readonly changes: readonly PassChange[];
  /** The smallest change: the target's value. */
  readonly worst?: PassChange;
}

export const officePassTrend: TargetDef<'office_pass_trend'> = {
  id: 'office_pass_trend',
  op: '>=',
  target: 0,
  compute(ctx) {
    const threshold = ctx.settings.officePassScore;
    if (ctx.records.offices.length === 0) return noData(noDataText.missingLedger('offices'), { threshold, months: [], changes: [] });
    const [from, to] = [ctx.term.start.slice(0, 7), ctx.asOf.slice(0, 7)];
    const rows = ctx.records.offices.filter((o) => o.month >= from && o.month <= to);
    const months = officeMonths(rows, threshold);
    const changes = months.slice(1).map((m, i) => ({ from: months[i]!.month, to: m.month, change: clean(m.rate - months[i]!.rate) }));
    const detail = { threshold, months, changes };
    if (changes.length === 0) return noData(noDataText.noOfficeMonths(ctx.asOf), detail);
    const worst = changes.reduce((w, c) => (c.change < w.change ? c : w));
    return { value: worst.change, detail: { ...detail, worst } };
  },
};
