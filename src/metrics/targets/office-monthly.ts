import { clean, workingMonthsSoFar } from '../context.ts';
import { noDataText } from '../../messages/metrics.ts';
import { noData, type TargetDef } from './target.ts';

export const officeMonthly: TargetDef = {
  id: 'office_monthly',
  label: '文明办公室每月评选',
  op: '>=',
  target: 1,
  clause: '每月开展一次文明办公室评选',
  compute(ctx) {
    if (ctx.records.offices.length === 0) return noData(noDataText.missingLedger('offices'));
    const months = workingMonthsSoFar(ctx);
    if (months.length === 0) return noData(noDataText.noWorkingMonths(ctx.asOf), { months: 0, months_without: [] });
    const scored = new Set(ctx.records.offices.map((o) => o.month));
    const without = months.filter((m) => !scored.has(m));
    return {
      value: clean((months.length - without.length) / months.length),
      detail: { months: months.length, months_without: without },
    };
  },
};
