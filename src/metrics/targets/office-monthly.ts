import { clean, countedMonths } from '../context.ts';
import { noDataText } from '../../messages/metrics.ts';
import { noData, type TargetDef } from './target.ts';

export interface OfficeMonthlyDetail {
  /** Working months counted so far: ended by asOf, or already evaluated. */
  readonly months: number;
  readonly months_without: readonly string[];
  /** The month still in progress without an evaluation yet (neither met nor missed). */
  readonly months_in_progress: readonly string[];
}

const EMPTY: OfficeMonthlyDetail = { months: 0, months_without: [], months_in_progress: [] };

export const officeMonthly: TargetDef<'office_monthly'> = {
  id: 'office_monthly',
  op: '>=',
  target: 1,
  compute(ctx) {
    if (ctx.records.offices.length === 0) return noData(noDataText.missingLedger('offices'), EMPTY);
    const [from, to] = [ctx.term.start.slice(0, 7), ctx.term.end.slice(0, 7)];
    const scored = new Set(ctx.records.offices.map((o) => o.month).filter((m) => m >= from && m <= to));
    if (scored.size === 0) return noData(noDataText.noOfficesInTerm(ctx.term.label), EMPTY);
    const { counted, inProgress } = countedMonths(ctx, (m) => scored.has(m));
    const detail = { months: counted.length, months_without: counted.filter((m) => !scored.has(m)), months_in_progress: inProgress };
    if (counted.length === 0) return noData(inProgress.length ? noDataText.monthInProgress(inProgress[0]!) : noDataText.noWorkingMonths(ctx.asOf, ctx.term.kind), detail);
    return { value: clean((counted.length - detail.months_without.length) / counted.length), detail };
  },
};
