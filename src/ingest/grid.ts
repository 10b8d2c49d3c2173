import type { Cell, MergeRange, Scalar, SheetModel } from './model.ts';

const BLANK: Cell = Object.freeze({ value: null });

function isEmptyCell(cell: Cell | undefined): boolean {
  if (!cell) return true;
  if (cell.formulaWithoutResult || cell.errorValue) return false;
  const v = cell.value;
  return v === null || (typeof v === 'string' && v.trim() === '');
}

/**
 * Builds a SheetModel from cells set one by one; shared by every adapter.
 * `applyMerges` copies each merged range's master value into the range.
 */
export class GridBuilder {
  private readonly rows: (Cell | undefined)[][] = [];
  private readonly merges: MergeRange[] = [];

  constructor(private readonly name: string) {}

  set(row: number, col: number, cell: Cell): void {
    const r = (this.rows[row] ??= []);
    r[col] = cell;
  }

  setValue(row: number, col: number, value: Scalar): void {
    if (value === null) return;
    this.set(row, col, { value });
  }

  addMerge(range: MergeRange): void {
    this.merges.push(range);
  }

  build(): SheetModel {
    for (const m of this.merges) {
      const master = this.rows[m.top]?.[m.left];
      if (!master || isEmptyCell(master)) continue;
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) {
          if (r === m.top && c === m.left) continue;
          this.set(r, c, { ...master, fromMerge: true });
        }
      }
    }
    let rowCount = 0;
    let columnCount = 0;
    this.rows.forEach((row, r) => {
      if (!row) return;
      row.forEach((cell, c) => {
        if (isEmptyCell(cell)) return;
        rowCount = Math.max(rowCount, r + 1);
        columnCount = Math.max(columnCount, c + 1);
      });
    });
    const rows = this.rows;
    const merges = this.merges.filter((m) => m.top < rowCount && m.left < columnCount);
    return {
      name: this.name,
      rowCount,
      columnCount,
      merges,
      cell: (row: number, col: number): Cell => rows[row]?.[col] ?? BLANK,
    };
  }
}
