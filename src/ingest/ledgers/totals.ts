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
  // and cheap: a sign-in sheet adds one per √, hundreds of thousands of times.
  private readonly sinceLast = new Map<number, number>();
  private readonly overall = new Map<number, number>();
  /** Per column: the running total the next 累计 builds on, when this sheet says what it is. */
  private readonly running = new Map<number, number>();
  /** Rows since the running base was set. */
  private readonly sinceRunning = new Map<number, number>();
  private seenData = false;

  constructor(
    private readonly ctx: SheetContext,
    private readonly cols: readonly number[],
  ) {}

  add(col: number, amount: number): void {
    this.seenData = true;
    const cents = Math.round(amount * 100);
    this.sinceLast.set(col, (this.sinceLast.get(col) ?? 0) + cents);
    this.overall.set(col, (this.overall.get(col) ?? 0) + cents);
    this.sinceRunning.set(col, (this.sinceRunning.get(col) ?? 0) + cents);
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
        if (base !== undefined) this.compare(r, col, label || issueWords.runningRow, written, [roundCents(base + fromCents(this.sinceRunning.get(col) ?? 0))]);
        this.setRunning(col, written);
        continue;
      }
      const since = fromCents(this.sinceLast.get(col) ?? 0);
      const all = fromCents(this.overall.get(col) ?? 0);
      this.compare(r, col, label || issueWords.totalRow, written, kind === 'subtotal' ? [since] : [since, all]);
    }
    if (kind === 'subtotal' || kind === 'total' || kind === 'carried') this.sinceLast.clear();
  }

  private setRunning(col: number, value: number): void {
    this.running.set(col, value);
    this.sinceRunning.set(col, 0);
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
