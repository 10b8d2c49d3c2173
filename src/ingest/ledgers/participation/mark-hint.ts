/**
 * How a sign-in sheet itself writes present, absent and excused, for the hint of a mark we
 * cannot read: a chair who writes 1 and 0 is told "出席写 1，缺席写 0", not to switch to √.
 * The most used spelling of each kind among the sheet's mark cells; blanks are not spellings.
 */
import type { Mark } from '../../records.ts';
import type { SheetContext } from '../../table/sheet-context.ts';
import { cellText, isBlank, parseMark } from '../../values/index.ts';

/** The bad_mark issue's hint params; empty when the sheet has no readable mark to learn from. */
export type MarkHint = { readonly present?: string; readonly absent?: string; readonly excused?: string };

export function sheetMarkHint(ctx: SheetContext, cols: readonly number[]): MarkHint {
  const counts: Record<Mark, Map<string, number>> = { present: new Map(), absent: new Map(), excused: new Map() };
  for (let r = ctx.firstDataRow; r < ctx.sheet.rowCount; r++) {
    for (const c of cols) {
      const v = ctx.sheet.cell(r, c).value;
      if (isBlank(v) || typeof v === 'boolean') continue;
      const p = parseMark(v);
      if (!p.ok) continue;
      const text = cellText(v).trim();
      counts[p.value].set(text, (counts[p.value].get(text) ?? 0) + 1);
    }
  }
  const most = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1])[0]?.[0];
  const hint = { present: most(counts.present), absent: most(counts.absent), excused: most(counts.excused) };
  return Object.fromEntries(Object.entries(hint).filter(([, v]) => v !== undefined));
}
