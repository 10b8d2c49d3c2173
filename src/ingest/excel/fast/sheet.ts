/**
 * One worksheet part scanned straight from its XML string: `<row>`/`<c>` with their
 * `<v>`, `<f>` and `<is>` children, then `<mergeCells>`. Produces the cells the exceljs
 * adapter does (../read-workbook.ts), kept in a SheetStore (./sheet-store.ts); where the two differ
 * on purpose, the comments say why (and test/excel-fast-reader.test.ts lists it).
 * Cells kept, and the cells merges fill, are spent from the read's cell budget.
 */
import type { Cell, SheetModel } from '../../model.ts';
import { WorkbookUnreadable } from '../damage.ts';
import { a1, badRef, MAX_COLS, MAX_ROWS, outOfRange } from './cell-ref.ts';
import { formulaCell, styleIndex, T, typeOf, valueCell, type CellType, type SheetContext } from './cell-values.ts';
import { filledCells, orderedMerges, readMerges } from './merges.ts';
import { afterEndTag, BANG, GT, isName, leafText, localStart, nameEnd, QUESTION, skipSpecial, SLASH, tagEnd } from './scan.ts';
import { SheetStore } from './sheet-store.ts';
import { unsupported } from './unsupported.ts';
import { malformed, XmlProblem } from './xml-problem.ts';
import { unescapeXString, xmlText } from './xml-text.ts';

export type { SheetContext } from './cell-values.ts';

export function readSheet(xml: string, name: string, ctx: SheetContext): SheetModel {
  const store = new SheetStore(name, ctx);
  const scanner = new SheetScanner(xml, ctx, store);
  scanner.scan();
  const merges = readMerges(xml, scanner.afterSheetData);
  const has = (r: number, c: number) => store.has(r, c);
  for (const m of merges) if (has(m.top, m.left)) ctx.budget.spendCells(filledCells(m));
  const ordered = orderedMerges(merges, has);
  for (const m of merges) store.clearMergedAway(m);
  return store.build(ordered);
}

/** What `cell()` read when it is not a Cell object: a shared string's index or a plain number, in `SheetScanner.pending`. */
const PENDING_SHARED: Cell = Object.freeze({ value: null });
const PENDING_NUMBER: Cell = Object.freeze({ value: null });

class SheetScanner {
  /** Where the worksheet continues after `</sheetData>` (merges come after it). */
  afterSheetData = 0;
  private p = 0;
  /** The shared-string index or number a cell read as PENDING_SHARED or PENDING_NUMBER. */
  private pending = 0;
  // attributes of the last start tag read by attrs()
  private refFrom = -1;
  private refTo = -1;
  private style = -1;
  private type: CellType = T.Number;
  /** Cells kept since the budget was last charged. */
  private kept = 0;

  constructor(
    private readonly xml: string,
    private readonly ctx: SheetContext,
    private readonly store: SheetStore,
  ) {}

  scan(): void {
    const xml = this.xml;
    const store = this.store;
    const open = /<(?:[A-Za-z_][\w.-]*:)?sheetData[\s/>]/.exec(xml);
    if (!open) return;
    const gt = tagEnd(xml, open.index + 1);
    this.p = this.afterSheetData = gt + 1;
    if (xml.charCodeAt(gt - 1) === SLASH) return;
    let rowIndex = -1;
    let inRow = false;
    let col = -1;
    for (;;) {
      const lt = xml.indexOf('<', this.p);
      if (lt < 0) malformed('truncated');
      const c1 = xml.charCodeAt(lt + 1);
      if (c1 === BANG || c1 === QUESTION) {
        this.p = skipSpecial(xml, lt);
        continue;
      }
      if (c1 === SLASH) {
        const end = nameEnd(xml, lt + 2);
        const local = localStart(xml, lt + 2, end);
        this.p = afterEndTag(xml, end);
        if (isName(xml, local, end, 'sheetData')) {
          this.spendKept();
          this.afterSheetData = this.p;
          store.endRow();
          return;
        }
        if (isName(xml, local, end, 'row')) {
          inRow = false;
          store.endRow();
          this.spendKept();
        }
        continue;
      }
      // most tags are an unprefixed `<c `: skip the general name reading for them
      const plainC = c1 === 99 && xml.charCodeAt(lt + 2) === 32;
      const end = plainC ? lt + 2 : nameEnd(xml, lt + 1);
      const local = plainC ? lt + 1 : localStart(xml, lt + 1, end);
      const tagGt = this.attrs(end);
      if (plainC || isName(xml, local, end, 'c')) {
        if (!inRow) return malformed('cell_outside_row');
        // r= gives the column (its row part is only checked, as exceljs ignores it); without r=, the next column
        col = this.refFrom >= 0 ? this.columnOf(this.refFrom, this.refTo) : col + 1;
        if (col >= MAX_COLS) outOfRange(a1(rowIndex, col));
        const styledBlank = this.style > 0;
        const cell = this.cellAt(tagGt, rowIndex, col);
        if (cell) {
          if (!store.hasInRow(col)) this.kept++;
          if (cell === PENDING_SHARED) store.putShared(col, this.pending);
          else if (cell === PENDING_NUMBER) store.putNumber(col, this.pending);
          else store.putCell(col, cell);
        } else if (styledBlank && store.hasInRow(col)) store.clearInRow(col); // exceljs: a later styled blank at the same address wins
      } else if (isName(xml, local, end, 'row')) {
        // rows without r= follow the previous one (exceljs refuses the file)
        rowIndex = this.refFrom >= 0 ? this.rowOf(this.refFrom, this.refTo) : rowIndex + 1;
        if (rowIndex >= MAX_ROWS) outOfRange(String(rowIndex + 1), 'row');
        // a repeated row number replaces the earlier row, as in exceljs
        store.beginRow(rowIndex);
        inRow = true;
        col = -1;
        if (xml.charCodeAt(tagGt - 1) === SLASH) {
          inRow = false;
          store.endRow();
        }
      }
    }
  }

  private spendKept(): void {
    if (this.kept === 0) return;
    this.ctx.budget.spendCells(this.kept);
    this.kept = 0;
  }

  /** The cell read by `cell()`; what makes it unreadable is placed at its address. */
  private cellAt(gt: number, row: number, col: number): Cell | undefined {
    try {
      return this.cell(gt);
    } catch (e) {
      if (e instanceof WorkbookUnreadable) throw e.at({ cell: a1(row, col) });
      if (e instanceof XmlProblem) throw e.at(a1(row, col));
      throw e;
    }
  }

  /**
   * Reads the attributes of the start tag whose name ends at `from`: where `r` is, `s`, `t`.
   * Returns the index of its closing `>`, with `p` after it.
   */
  private attrs(from: number): number {
    const xml = this.xml;
    this.refFrom = this.refTo = -1;
    this.style = -1;
    this.type = T.Number;
    let i = from;
    for (;;) {
      let c = xml.charCodeAt(i);
      while (c === 32 || c === 9 || c === 10 || c === 13) c = xml.charCodeAt(++i);
      if (c === GT) {
        this.p = i + 1;
        return i;
      }
      if (c === SLASH) {
        i++;
        continue;
      }
      if (Number.isNaN(c)) malformed('truncated');
      const nameFrom = i;
      while (c !== 61 && c > 32 && c !== GT && !Number.isNaN(c)) c = xml.charCodeAt(++i); // up to '='
      const nameTo = i;
      while (c === 32 || c === 9 || c === 10 || c === 13) c = xml.charCodeAt(++i);
      if (c !== 61) malformed('tag');
      c = xml.charCodeAt(++i);
      while (c === 32 || c === 9 || c === 10 || c === 13) c = xml.charCodeAt(++i);
      if (c !== 34 && c !== 39) malformed('tag');
      const valueFrom = i + 1;
      const valueTo = xml.indexOf(c === 34 ? '"' : "'", valueFrom);
      if (valueTo < 0) malformed('truncated');
      i = valueTo + 1;
      if (nameTo - nameFrom !== 1) continue;
      const a = xml.charCodeAt(nameFrom);
      if (a === 114) {
        // r
        this.refFrom = valueFrom;
        this.refTo = valueTo;
      } else if (a === 115) {
        this.style = styleIndex(xml, valueFrom, valueTo);
      } else if (a === 116) {
        this.type = typeOf(xml, valueFrom, valueTo);
      }
    }
  }

  /** `r="12"` on a row: row index 11. */
  private rowOf(from: number, to: number): number {
    const row = this.digits(from, to);
    if (row < 1 || row > MAX_ROWS) outOfRange(this.xml.slice(from, to), 'row');
    return row - 1;
  }

  /** `r="AB12"` on a cell: column index 27. */
  private columnOf(from: number, to: number): number {
    const xml = this.xml;
    let col = 0;
    let i = from;
    if (xml.charCodeAt(i) === 36) i++; // $
    for (; i < to; i++) {
      const c = xml.charCodeAt(i);
      if (c >= 65 && c <= 90) col = col * 26 + c - 64;
      else break;
    }
    if (xml.charCodeAt(i) === 36) i++;
    if (col < 1) badRef(xml.slice(from, to));
    const row = this.digits(i, to, from);
    if (col > MAX_COLS || row < 1 || row > MAX_ROWS) outOfRange(xml.slice(from, to));
    return col - 1;
  }

  /** The number written in `[from, to)`; a reference starting at `refFrom` is bad when it is not all digits. */
  private digits(from: number, to: number, refFrom = from): number {
    if (from >= to) badRef(this.xml.slice(refFrom, to));
    let n = 0;
    for (let i = from; i < to; i++) {
      const c = this.xml.charCodeAt(i);
      if (c < 48 || c > 57) badRef(this.xml.slice(refFrom, to));
      n = n * 10 + c - 48;
    }
    return n;
  }

  /** Reads the children of the `<c>` whose start tag ends at `gt`; leaves `p` after `</c>`. Undefined = blank. */
  private cell(gt: number): Cell | undefined {
    const xml = this.xml;
    const type = this.type;
    const style = this.style;
    if (xml.charCodeAt(gt - 1) === SLASH) return undefined;
    // the common shape, `<v>text</v></c>`, read directly
    if (xml.startsWith('<v>', gt + 1)) {
      const lt = xml.indexOf('<', gt + 4);
      if (xml.startsWith('</v></c>', lt)) {
        this.p = lt + 8;
        if (type === T.Shared) {
          const i = this.sharedIndex(gt + 4, lt);
          if (i >= 0) {
            this.pending = i;
            return PENDING_SHARED;
          }
        } else if (type === T.Number && lt > gt + 4) {
          const n = parseFloat(xmlText(xml.slice(gt + 4, lt)));
          if (Number.isFinite(n) && !(style >= 0 && this.ctx.dateStyles[style] === true)) {
            this.pending = n;
            return PENDING_NUMBER;
          }
        }
        return valueCell(type, style, xml.slice(gt + 4, lt), this.ctx);
      }
    }
    let v: string | undefined;
    let formula = false;
    let inline: string | undefined;
    let runs: string[] | undefined;
    let runText: string | undefined;
    let inIs = false;
    let inRun = false;
    let inPhonetic = false;
    for (;;) {
      const lt = xml.indexOf('<', this.p);
      if (lt < 0) malformed('truncated');
      const c1 = xml.charCodeAt(lt + 1);
      if (c1 === BANG || c1 === QUESTION) {
        this.p = skipSpecial(xml, lt);
        continue;
      }
      const closing = c1 === SLASH;
      const nameFrom = closing ? lt + 2 : lt + 1;
      const end = nameEnd(xml, nameFrom);
      const local = localStart(xml, nameFrom, end);
      const one = end - local === 1 ? xml.charCodeAt(local) : 0;
      if (closing) {
        this.p = afterEndTag(xml, end);
        if (one === 99) break; // </c>
        if (one === 114) {
          // </r>
          if (inRun && !inPhonetic) (runs ??= []).push(runText ?? '');
          inRun = false;
        } else if (isName(xml, local, end, 'rPh')) inPhonetic = false;
        else if (isName(xml, local, end, 'is')) inIs = false;
        continue;
      }
      const tagGt = this.tagGt(end);
      const empty = xml.charCodeAt(tagGt - 1) === SLASH;
      if (one === 118) {
        // <v>
        if (empty) v ??= '';
        else {
          const leaf = leafText(xml, tagGt, 'v');
          v = v === undefined ? leaf.raw : v + leaf.raw;
          this.p = afterEndTag(xml, leaf.end);
        }
      } else if (one === 102) {
        // <f>: a formula when it has text or a t= (shared, array), as exceljs decides
        if (/\st\s*=/.test(xml.slice(end, tagGt))) formula = true;
        if (!empty) {
          const leaf = leafText(xml, tagGt, 'f');
          if (leaf.raw !== '') formula = true;
          this.p = afterEndTag(xml, leaf.end);
        }
      } else if (one === 116) {
        // <t> of an inline string, of one of its runs, or of a phonetic guide
        let text = '';
        if (!empty) {
          const leaf = leafText(xml, tagGt, 't');
          text = unescapeXString(xmlText(leaf.raw));
          this.p = afterEndTag(xml, leaf.end);
        }
        if (!inIs || inPhonetic) continue;
        if (inRun) runText = text;
        else if (text !== '') inline = (inline ?? '') + text;
      } else if (one === 114) {
        // <r>
        if (inIs && !empty) {
          inRun = true;
          runText = undefined;
        } else if (inIs && !inPhonetic) (runs ??= []).push('');
      } else if (isName(xml, local, end, 'is')) {
        inIs = !empty;
      } else if (isName(xml, local, end, 'rPh')) {
        // phonetic guide of an inline string: dropped (exceljs keeps its text)
        inPhonetic = !empty;
      }
    }
    if (inline !== undefined || runs !== undefined) {
      // inline text belongs to an inlineStr cell, as plain text or as runs: not both (exceljs fails), nor in a
      // number or shared-string cell (exceljs loses its place and the rest of the sheet)
      if ((type !== T.Inline && type !== T.Str) || (inline !== undefined && runs !== undefined)) malformed('inline_text');
      // with a formula, a <v> or on a t="str" cell, what it means is exceljs's call
      if (type !== T.Inline || formula || v !== undefined) unsupported('inline text beside a formula or a value');
      return runs !== undefined ? { value: runs.join('') } : { value: inline ?? '' };
    }
    return formula ? formulaCell(type, style, v, this.ctx) : valueCell(type, style, v, this.ctx);
  }

  /** A shared string's index written as plain digits in `[from, to)` and within the table; -1 otherwise (valueCell then reads it, or refuses it). */
  private sharedIndex(from: number, to: number): number {
    if (to <= from || to - from > 9) return -1;
    let n = 0;
    for (let i = from; i < to; i++) {
      const c = this.xml.charCodeAt(i);
      if (c < 48 || c > 57) return -1;
      n = n * 10 + c - 48;
    }
    return n < this.ctx.sharedStrings.length ? n : -1;
  }

  /** Index of the `>` ending the start tag whose name ends at `from`, with `p` after it. */
  private tagGt(from: number): number {
    const xml = this.xml;
    let gt = xml.indexOf('>', from);
    if (gt < 0) malformed('truncated');
    for (let i = from; i < gt; i++) {
      const c = xml.charCodeAt(i);
      if (c === 34 || c === 39) {
        gt = tagEnd(xml, from); // a quoted value may hold a '>'
        break;
      }
    }
    this.p = gt + 1;
    return gt;
  }
}
