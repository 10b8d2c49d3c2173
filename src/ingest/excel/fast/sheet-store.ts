/**
 * A worksheet's cells in typed arrays, behind the SheetModel interface: one byte of kind and
 * four of payload a cell (integers in place, other numbers in a Float64Array, shared strings
 * as their index into the workbook's table), with a Cell object only for the rare cells that
 * need one (dates, inline text, errors, formulas never calculated). Cells are made when
 * `cell()` asks for them; a merged range's cells read their master's, by reference.
 *
 * Rows are written one at a time, as the scanner meets them (a row written twice replaces
 * the first, as in exceljs); within a row, columns may come in any order. A row whose cells
 * lie far apart (one cell in XFD) is kept as a map, so its empty columns take no room.
 */
import type { Cell, MergeRange, SheetModel } from '../../model.ts';
import type { SheetContext } from './cell-values.ts';

const EMPTY = 0;
/** A number that is an int32: the payload itself. */
const INT = 1;
/** Any other number: the payload indexes `numbers`. */
const NUM = 2;
/** A shared string: the payload indexes the workbook's shared-string table. */
const SHARED = 3;
/** A Cell object: the payload indexes `objects`. */
const OBJ = 4;

const BLANK: Cell = Object.freeze({ value: null });

/** A row this many columns wide or wider is kept as a map when it is mostly empty. */
const SPARSE_WIDTH = 64;
/**
 * Rows are found through a typed array indexed by row while it stays no longer than this many
 * rows past twice the rows written; a row further down (one cell in row 1048576) goes in a map.
 */
const DENSE_SLACK = 65_536;

/** Whether a cell counts as content: as GridBuilder's isEmptyCell, inverted. */
function filled(cell: Cell): boolean {
  if (cell.formulaWithoutResult || cell.errorValue) return true;
  const v = cell.value;
  return !(v === null || (typeof v === 'string' && v.trim() === ''));
}

interface Fill {
  readonly top: number;
  readonly left: number;
  readonly right: number;
  readonly cell: Cell;
}

export class SheetStore {
  private kinds: Uint8Array = new Uint8Array(1024);
  private data: Int32Array = new Int32Array(1024);
  /** Slots written; the current row's segment ends here. */
  private used = 0;
  private numbers: Float64Array = new Float64Array(64);
  private numberCount = 0;
  private readonly objects: Cell[] = [];

  /** Segment of a row: its first slot and its width (0 = a sparse row, in `sparse`). */
  private segStart: Int32Array = new Int32Array(256);
  private segWidth: Int32Array = new Int32Array(256);
  private segCount = 0;
  /** Row → segment + 1 (0 = no row), for rows below DENSE_ROWS. */
  private rowSeg: Int32Array = new Int32Array(256);
  private readonly farRows = new Map<number, number>();
  private readonly sparse = new Map<number, Map<number, Cell>>();

  /** The row being written: its index, segment, and how many of its slots are set. */
  private row = -1;
  private seg = -1;
  private rowSet = 0;

  private fills: Map<number, Fill[]> | null = null;

  constructor(
    private readonly name: string,
    private readonly ctx: SheetContext,
  ) {}

  /** Starts row `r` (replacing an earlier row of that index), empty. */
  beginRow(r: number): void {
    this.row = r;
    this.rowSet = 0;
    const seg = this.segCount++;
    if (seg >= this.segStart.length) {
      this.segStart = grow(this.segStart, seg + 1);
      this.segWidth = grow(this.segWidth, seg + 1);
    }
    this.segStart[seg] = this.used;
    this.segWidth[seg] = 0;
    this.seg = seg;
    if (r >= this.rowSeg.length && r < 2 * this.segCount + DENSE_SLACK) this.rowSeg = grow(this.rowSeg, r + 1);
    if (r < this.rowSeg.length) {
      this.rowSeg[r] = seg + 1;
      if (this.farRows.size > 0) this.farRows.delete(r);
    } else this.farRows.set(r, seg + 1);
    if (this.sparse.size > 0) this.sparse.delete(r);
  }

  /** Ends the current row: cells may be written to it no more. */
  endRow(): void {
    this.row = this.seg = -1;
  }

  /** Whether column `c` of the current row holds a cell. */
  hasInRow(c: number): boolean {
    if (this.seg < 0) return false;
    if (this.segWidth[this.seg] === 0 && this.sparse.has(this.row)) return this.sparse.get(this.row)!.has(c);
    return c < this.segWidth[this.seg]! && this.kinds[this.segStart[this.seg]! + c] !== EMPTY;
  }

  /** Empties column `c` of the current row. */
  clearInRow(c: number): void {
    if (this.seg < 0) return;
    const map = this.segWidth[this.seg] === 0 ? this.sparse.get(this.row) : undefined;
    if (map) map.delete(c);
    else if (c < this.segWidth[this.seg]!) this.kinds[this.segStart[this.seg]! + c] = EMPTY;
  }

  putShared(c: number, index: number): void {
    this.put(c, SHARED, index);
  }

  putNumber(c: number, n: number): void {
    if ((n | 0) === n && !Object.is(n, -0)) return this.put(c, INT, n);
    if (this.numberCount === this.numbers.length) this.numbers = growFloat(this.numbers, this.numberCount + 1);
    this.numbers[this.numberCount] = n;
    this.put(c, NUM, this.numberCount++);
  }

  putCell(c: number, cell: Cell): void {
    this.objects.push(cell);
    this.put(c, OBJ, this.objects.length - 1);
  }

  private put(c: number, kind: number, payload: number): void {
    const seg = this.seg;
    const map = this.segWidth[seg] === 0 ? this.sparse.get(this.row) : undefined;
    if (map) {
      map.set(c, this.materialise(kind, payload));
      return;
    }
    const start = this.segStart[seg]!;
    let width = this.segWidth[seg]!;
    if (c >= width) {
      const wide = c + 1;
      // one cell far to the right of few others: the row becomes a map rather than thousands of empty slots
      if (wide >= SPARSE_WIDTH && wide > 4 * (this.rowSet + 1)) {
        this.toSparse(seg, start, width).set(c, this.materialise(kind, payload));
        this.rowSet++;
        return;
      }
      const end = start + wide;
      if (end > this.kinds.length) {
        this.kinds = grow(this.kinds, end);
        this.data = grow(this.data, end);
      }
      // slots past `used` were never written, so they are already EMPTY
      this.used = end;
      this.segWidth[seg] = width = wide;
    }
    const at = start + c;
    if (this.kinds[at] === EMPTY) this.rowSet++;
    this.kinds[at] = kind;
    this.data[at] = payload;
  }

  /** Moves the current row's cells into a map (its slots are given back) and returns it. */
  private toSparse(seg: number, start: number, width: number): Map<number, Cell> {
    const map = new Map<number, Cell>();
    for (let c = 0; c < width; c++) {
      const k = this.kinds[start + c]!;
      if (k !== EMPTY) map.set(c, this.materialise(k, this.data[start + c]!));
    }
    this.kinds.fill(EMPTY, start, start + width);
    this.used = start;
    this.segWidth[seg] = 0;
    this.sparse.set(this.row, map);
    return map;
  }

  /** Whether the cell at (r, c) is set (merges read this before they are applied). */
  has(r: number, c: number): boolean {
    const seg = this.segOf(r);
    if (seg < 0) return false;
    const width = this.segWidth[seg]!;
    if (width === 0) return this.sparse.get(r)?.has(c) ?? false;
    return c < width && this.kinds[this.segStart[seg]! + c] !== EMPTY;
  }

  /** Empties the cells of a merged range other than its master (Excel shows only the master's value). */
  clearMergedAway(m: MergeRange): void {
    for (let r = m.top; r <= m.bottom; r++) {
      const seg = this.segOf(r);
      if (seg < 0) continue;
      const from = r === m.top ? m.left + 1 : m.left;
      const width = this.segWidth[seg]!;
      if (width === 0) {
        const map = this.sparse.get(r);
        if (map) for (const c of [...map.keys()]) if (c >= from && c <= m.right) map.delete(c);
        continue;
      }
      const start = this.segStart[seg]!;
      for (let c = from; c <= m.right && c < width; c++) this.kinds[start + c] = EMPTY;
    }
  }

  /**
   * The finished sheet. `merges` are the multi-cell ranges in the order the model lists them;
   * each whose master holds something lends it to the range's other cells.
   */
  build(merges: readonly MergeRange[]): SheetModel {
    this.endRow();
    this.kinds = this.kinds.slice(0, this.used);
    this.data = this.data.slice(0, this.used);
    this.numbers = this.numbers.slice(0, this.numberCount);
    this.segStart = this.segStart.slice(0, this.segCount);
    this.segWidth = this.segWidth.slice(0, this.segCount);
    let rowCount = 0;
    let columnCount = 0;
    for (const m of merges) {
      const master = this.cellAt(m.top, m.left);
      if (!filled(master)) continue;
      const fill: Fill = { top: m.top, left: m.left, right: m.right, cell: { ...master, fromMerge: true } };
      this.fills ??= new Map();
      for (let r = m.top; r <= m.bottom; r++) {
        const list = this.fills.get(r);
        if (list) list.push(fill);
        else this.fills.set(r, [fill]);
      }
      rowCount = Math.max(rowCount, m.bottom + 1);
      columnCount = Math.max(columnCount, m.right + 1);
    }
    const rows = (r: number, seg: number) => {
      const width = this.segWidth[seg]!;
      let last = -1;
      if (width === 0) {
        for (const [c, cell] of this.sparse.get(r) ?? []) if (c > last && filled(cell)) last = c;
      } else {
        const start = this.segStart[seg]!;
        for (let c = width - 1; c >= 0; c--) {
          if (this.filledSlot(start + c)) {
            last = c;
            break;
          }
        }
      }
      if (last < 0) return;
      rowCount = Math.max(rowCount, r + 1);
      columnCount = Math.max(columnCount, last + 1);
    };
    for (let r = 0; r < this.rowSeg.length; r++) if (this.rowSeg[r]! > 0) rows(r, this.rowSeg[r]! - 1);
    for (const [r, seg] of this.farRows) if (!(r < this.rowSeg.length && this.rowSeg[r]! > 0)) rows(r, seg - 1);
    const kept = merges.filter((m) => m.top < rowCount && m.left < columnCount);
    return { name: this.name, rowCount, columnCount, merges: kept, cell: (r, c) => this.cell(r, c) };
  }

  /** The model's cell(): a merged range's master value first, then what the row holds. */
  private cell(r: number, c: number): Cell {
    if (this.fills !== null) {
      const list = this.fills.get(r);
      if (list !== undefined) {
        for (const f of list) if (c >= f.left && c <= f.right && (r !== f.top || c !== f.left)) return f.cell;
      }
    }
    return this.cellAt(r, c);
  }

  private cellAt(r: number, c: number): Cell {
    const seg = this.segOf(r);
    if (seg < 0 || c < 0) return BLANK;
    const width = this.segWidth[seg]!;
    if (width === 0) return this.sparse.get(r)?.get(c) ?? BLANK;
    if (c >= width) return BLANK;
    const at = this.segStart[seg]! + c;
    return this.materialise(this.kinds[at]!, this.data[at]!);
  }

  private segOf(r: number): number {
    if (r < 0) return -1;
    // a row put in the map before the array grew past it stays there
    const seg = r < this.rowSeg.length ? this.rowSeg[r]! : 0;
    return (seg === 0 && this.farRows.size > 0 ? (this.farRows.get(r) ?? 0) : seg) - 1;
  }

  private materialise(kind: number, payload: number): Cell {
    switch (kind) {
      case INT:
        return { value: payload };
      case NUM:
        return { value: this.numbers[payload]! };
      case SHARED:
        return sharedCell(this.ctx, payload);
      case OBJ:
        return this.objects[payload]!;
      default:
        return BLANK;
    }
  }

  private filledSlot(at: number): boolean {
    switch (this.kinds[at]) {
      case EMPTY:
        return false;
      case SHARED:
        return sharedFilled(this.ctx, this.data[at]!);
      case OBJ:
        return filled(this.objects[this.data[at]!]!);
      default:
        return true;
    }
  }
}

/** The one Cell of a shared string, made the first time any cell shows it. */
export function sharedCell(ctx: SheetContext, i: number): Cell {
  return (ctx.sharedCells[i] ??= { value: ctx.sharedStrings[i] ?? null });
}

function sharedFilled(ctx: SheetContext, i: number): boolean {
  let known = ctx.sharedFilled[i]!;
  if (known === 0) {
    const s = ctx.sharedStrings[i];
    ctx.sharedFilled[i] = known = s !== null && s !== undefined && s.trim() !== '' ? 2 : 1;
  }
  return known === 2;
}

function grow<T extends Uint8Array | Int32Array>(a: T, atLeast: number): T {
  const next = new (a.constructor as new (n: number) => T)(Math.max(atLeast, a.length * 2));
  next.set(a);
  return next;
}

function growFloat(a: Float64Array, atLeast: number): Float64Array {
  const next = new Float64Array(Math.max(atLeast, a.length * 2));
  next.set(a);
  return next;
}
