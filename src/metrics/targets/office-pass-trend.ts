import { clean } from '../context.ts';
import { noDataText } from '../../messages/metrics.ts';
import { officeMonths } from '../office-months.ts';
import { noData, type TargetDef } from './target.ts';

export const officePassTrend: TargetDef = {
  id: 'office_pass_trend',
  label: '文明办公室达标率稳步提升',
  op: '>=',
  target: 0,
  clause: '文明办公室达标率逐月稳步提升（不下降）',
  compute(ctx) {
    if (ctx.records.offices.length === 0) return noData(noDataText.missingLedger('offices'));
    const [from, to] = [ctx.term.start.slice(0, 7), ctx.asOf.slice(0, 7)];
    const rows = ctx.records.offices.filter((o) => o.month >= from && o.month <= to);
    const months = officeMonths(rows, ctx.settings.officePassScore);
    const changes = months.slice(1).map((m, i) => ({ from: months[i]!.month, to: m.month, change: clean(m.rate - months[i]!.rate) }));
    const detail = { threshold: ctx.settings.officePassScore, months, changes };
    if (changes.length === 0) return noData(noDataText.noOfficeMonths(ctx.asOf), detail);
    const worst = changes.reduce((w, c) => (c.change < w.change ? c : w));
    return { value: worst.change, detail: { ...detail, worst } };
  },
};
