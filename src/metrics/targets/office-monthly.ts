import { clean, workingMonthsSoFar } from '../context.ts';
import { noDataText } from '../../messages/metrics.ts';
import { noData, type TargetDef } from './target.ts';

export interface OfficeMonthlyDetail {
  readonly months: number;
  readonly months_without: readonly string[];
}

const EMPTY: OfficeMonthlyDetail = { months: 0, months_without: [] };

export const officeMonthly: TargetDef<'office_monthly'> = {
  id: 'office_monthly',
  op: '>=',
  target: 1,
  compute(ctx) {
    if (ctx.records.offices.length === 0) return noData(noDataText.missingLedger('offices'), EMPTY);
    const months = workingMonthsSoFar(ctx);
    if (months.length === 0) return noData(noDataText.noWorkingMonths(ctx.asOf), EMPTY);
    const scored = new Set(ctx.records.offices.map((o) => o.month));
    const without = months.filter((m) => !scored.has(m));
    return {
      value: clean((months.length - without.length) / months.length),
      detail: { months: months.length, months_without: without },
    };
  },
};
