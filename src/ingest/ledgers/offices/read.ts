import { issueWords } from '../../../messages/issues.ts';
import { fieldLabel } from '../../columns.ts';
import { readRows, type RowAccount } from '../../table/read-rows.ts';
import { RowRejected, type SheetContext } from '../../table/sheet-context.ts';
import { headerText } from '../../table/header-match.ts';
import { isNumberColumn, profileColumn } from '../../table/profile.ts';
import { normalizeName, numberText, parseMonth, parseNumber } from '../../values/index.ts';
import type { ReadEnv } from '../env.ts';
import { TotalsCheck } from '../totals.ts';

const NOT_A_SUBSCORE = /^(序号|名次|排名|排序|等级|备注|扣分|加分说明|年|年度)$/u;

export function readOffices(ctx: SheetContext, env: ReadEnv): RowAccount {
  const { top, bottom } = ctx.layout;
  const claimed = new Set(ctx.layout.match.columns.values());
  const subs: { col: number; name: string }[] = [];
  for (let c = 0; c < ctx.sheet.columnCount; c++) {
    if (claimed.has(c)) continue;
    const name = normalizeName(headerText(ctx.sheet, top, bottom, c));
    if (!name || NOT_A_SUBSCORE.test(name)) continue;
    if (isNumberColumn(profileColumn(ctx.sheet, ctx.firstDataRow, c))) subs.push({ col: c, name });
  }
  const totalCol = ctx.col('total');
  const score = (v: import('../../model.ts').Scalar) => parseNumber(v);
  const totals = new TotalsCheck(ctx, [...subs.map((s) => s.col), ...(totalCol === undefined ? [] : [totalCol])]);
  return readRows(ctx, {
    row(r) {
      const office = ctx.requiredText(r, 'office');
      ctx.requiredText(r, 'month');
      const month = ctx.parseAt(r, ctx.col('month')!, (v) => parseMonth(v, ctx.dates));
      const subScores: Record<string, number> = {};
      const cells: [number, number][] = [];
      let sum = 0;
      let anySub = false;
      for (const s of subs) {
        const v = ctx.parseAt(r, s.col, score, s.name);
        if (v === null) continue;
        cells.push([s.col, v]);
        subScores[s.name] = v;
        sum += v;
        anySub = true;
      }
      sum = Math.round(sum * 1000) / 1000;
      let total: number;
      if (totalCol !== undefined) {
        const written = ctx.parseAt(r, totalCol, score, fieldLabel('total'));
        if (written === null) {
          if (!anySub) {
            ctx.issue(r, totalCol, 'missing_value', { field: fieldLabel('total') });
            throw new RowRejected();
          }
          total = sum;
        } else {
          total = written;
          cells.push([totalCol, written]);
          if (anySub && Math.abs(sum - written) > 0.001) {
            ctx.issue(r, totalCol, 'office_total_mismatch', { written: numberText(written), computed: numberText(sum) });
          }
        }
      } else {
        if (!anySub) {
          ctx.issue(r, subs[0]?.col ?? null, 'missing_value', { field: issueWords.officeScore });
          throw new RowRejected();
        }
        total = sum;
      }
      for (const [c, v] of cells) totals.add(c, v);
      env.sink.offices.push({ ref: ctx.ref(r, totalCol ?? ctx.col('office')), office: office.trim(), month, total, subScores });
      return 'used';
    },
    total(r, kind) {
      totals.check(r, kind, ctx.firstText(r));
    },
  });
}
