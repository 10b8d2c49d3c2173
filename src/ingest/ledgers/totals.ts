import { issueWords } from '../../messages/issues.ts';
import type { SheetContext } from '../table/sheet-context.ts';
import type { StructuralKind } from '../table/structural.ts';
import { numberText, parseAmount, roundCents } from '../values/index.ts';

/**
 * Keeps the sums of amount columns so a 合计/小计 row can be checked against them: a
 * subtotal against the rows since the previous subtotal, a total against those or all rows.
 */
export class TotalsCheck {
  private readonly sinceLast = new Map<number, number>();
  private readonly overall = new Map<number, number>();

  constructor(
    private readonly ctx: SheetContext,
    private readonly cols: readonly number[],
  ) {}

  add(col: number, amount: number): void {
    this.sinceLast.set(col, roundCents((this.sinceLast.get(col) ?? 0) + amount));
    this.overall.set(col, roundCents((this.overall.get(col) ?? 0) + amount));
  }

  check(r: number, kind: StructuralKind, label: string): void {
    for (const col of this.cols) {
      const parsed = parseAmount(this.ctx.sheet.cell(r, col).value);
      if (!parsed.ok || parsed.value === null) continue;
      const written = parsed.value;
      const since = this.sinceLast.get(col) ?? 0;
      const all = this.overall.get(col) ?? 0;
      const expected = kind === 'subtotal' ? [since] : [since, all];
      if (!expected.some((e) => Math.abs(e - written) < 0.005)) {
        this.ctx.issue(r, col, 'total_mismatch', {
          label: label || issueWords.totalRow,
          written: numberText(written),
          computed: numberText(expected[expected.length - 1]!),
        });
      }
    }
    if (kind === 'subtotal') this.sinceLast.clear();
  }
}
