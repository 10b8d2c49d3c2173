import { issueWords } from '../../messages/issues.ts';
import type { SheetContext } from '../table/sheet-context.ts';
import type { StructuralKind } from '../table/structural.ts';
import { numberText, parseAmount, roundCents } from '../values/index.ts';

/**
 * Keeps the sums of amount columns so the account book's own lines can be checked against
 * them (ledgers.md §2): a 合计 against the rows since the previous total or all rows; a 小计 or
 * 本月合计 against the rows since the previous one; a running 本年累计 or 过次页 against the
 * previous running figure (or 承前页) plus the rows since — and, with nothing to start from
 * in this sheet, not at all: a running total is never compared with this sheet's rows alone.
 * A formula without a cached result in such a line is a warning at its cell.
 */
export class TotalsCheck {
  // Sums are kept in whole cents (amounts arrive rounded to cents), so adding a row is exact
  // and cheap: a sign-in sheet adds one per √, hundreds of thousands of times. By column, in
  // typed arrays, so a sum past 2^31 cents is not a new number object at every row.
  private sinceLast = new Float64Array(0);
  private overall = new Float64Array(0);
  /** Per column: the running total the next 累计 builds on, when this sheet says what it is. */
  private readonly running = new Map<number, number>();
  /** Rows since the running base was set. */
  private sinceRunning = new Float64Array(0);
  private seenData = false;

  constructor(
    private readonly ctx: SheetContext,
    private readonly cols: readonly number[],
  ) {}

  add(col: number, amount: number): void {
    this.seenData = true;
    const cents = Math.round(amount * 100);
    if (col >= this.overall.length) this.widen(col);
    this.sinceLast[col] = this.sinceLast[col]! + cents;
    this.overall[col] = this.overall[col]! + cents;
    this.sinceRunning[col] = this.sinceRunning[col]! + cents;
  }

  /** Room for the sums of columns up to `col`. */
  private widen(col: number): void {
    const wider = (a: Float64Array) => {
      const next = new Float64Array(col + 1);
      next.set(a);
      return next;
    };
    this.sinceLast = wider(this.sinceLast);
    this.overall = wider(this.overall);
    this.sinceRunning = wider(this.sinceRunning);
  }

  private sum(sums: Float64Array, col: number): number {
    return col < sums.length ? sums[col]! : 0;
  }

  check(r: number, kind: StructuralKind, label: string): void {
    for (const col of this.cols) {
      const written = this.writtenAt(r, col);
      if (kind === 'opening') {
        // the book starts here: the year's running total starts from nothing
        if (!this.seenData) this.setRunning(col, 0);
        continue;
      }
      if (kind === 'carried') {
        if (written !== null) this.setRunning(col, written);
        continue;
      }
      if (written === null) continue;
      if (kind === 'running') {
        const base = this.running.get(col);
        if (base !== undefined) this.compare(r, col, label || issueWords.runningRow, written, [roundCents(base + fromCents(this.sum(this.sinceRunning, col)))]);
        this.setRunning(col, written);
        continue;
      }
      const since = fromCents(this.sum(this.sinceLast, col));
      const all = fromCents(this.sum(this.overall, col));
      this.compare(r, col, label || issueWords.totalRow, written, kind === 'subtotal' ? [since] : [since, all]);
    }
    if (kind === 'subtotal' || kind === 'total' || kind === 'carried') this.sinceLast.fill(0);
  }

  private setRunning(col: number, value: number): void {
    this.running.set(col, value);
    if (col < this.sinceRunning.length) this.sinceRunning[col] = 0;
  }

  /** The figure written in a structural line; a formula without result is warned and reads as none. */
  private writtenAt(r: number, col: number): number | null {
    const cell = this.ctx.sheet.cell(r, col);
    if (cell.formulaWithoutResult) {
      this.ctx.valueAt(r, col);
      return null;
    }
    const parsed = parseAmount(cell.value);
    return parsed.ok ? parsed.value : null;
  }

  private compare(r: number, col: number, label: string, written: number, expected: readonly number[]): void {
    if (expected.some((e) => Math.abs(e - written) < 0.005)) return;
    this.ctx.issue(r, col, 'total_mismatch', { label, written: numberText(written), computed: numberText(expected[expected.length - 1]!) });
  }
}

const fromCents = (cents: number): number => roundCents(cents / 100);
