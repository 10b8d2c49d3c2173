/** A cell's value from its type (`t=`), style (`s=`) and text (`<v>`), as the exceljs adapter reads it. */
import type { Cell } from '../../model.ts';
import { unreadable } from '../damage.ts';
import type { ReadBudget } from '../limits.ts';
import { dateCellFromIso, dateCellFromSerial } from './serial-date.ts';
import { unescapeXString, xmlText } from './xml-text.ts';

export interface SheetContext {
  /** Spent on every cell kept and every cell a merge fills. */
  readonly budget: ReadBudget;
  readonly sharedStrings: readonly (string | null)[];
  /** Cells of shared strings, made once each and shared by every cell showing that string. */
  readonly sharedCells: (Cell | undefined)[];
  /** Whether each shared string shows anything: 0 not yet asked, 1 blank, 2 filled. */
  readonly sharedFilled: Uint8Array;
  /** Date cells by serial, made once each: a term's ledgers repeat the same few hundred days. */
  readonly dateCells: Map<number, Cell>;
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

/** Cell types (`t=`). */
export const T = { Number: 0, Shared: 1, Str: 2, Inline: 3, Bool: 4, Error: 5, Date: 6 } as const;
export type CellType = (typeof T)[keyof typeof T];

const TRUE: Cell = Object.freeze({ value: true });
const FALSE: Cell = Object.freeze({ value: false });
const NULL_VALUE: Cell = Object.freeze({ value: null });
const NO_RESULT: Cell = Object.freeze({ value: null, formulaWithoutResult: true });

function number(n: number, style: number, ctx: SheetContext): Cell {
  if (!Number.isFinite(n)) return NULL_VALUE;
  if (style >= 0 && ctx.dateStyles[style] === true) {
    let cell = ctx.dateCells.get(n);
    if (cell === undefined) ctx.dateCells.set(n, (cell = { value: dateCellFromSerial(n, ctx.date1904) }));
    return cell;
  }
  return { value: n };
}

/**
 * A formula's cached result. Unlike exceljs, a result of 0, FALSE or "" is a result (exceljs
 * drops falsy results and reports "never calculated"), and only a numeric result in a
 * date-formatted cell is a date (exceljs turns text, booleans and errors there into dates or nothing).
 */
export function formulaCell(type: CellType, style: number, v: string | undefined, ctx: SheetContext): Cell {
  if (v === undefined) return NO_RESULT;
  if (type === T.Str) return { value: unescapeXString(xmlText(v)) };
  if (v === '') return NO_RESULT;
  switch (type) {
    case T.Bool:
      return parseInt(xmlText(v), 10) !== 0 ? TRUE : FALSE;
    case T.Error:
      return { value: null, errorValue: xmlText(v) };
    case T.Date:
      return valueCell(type, style, v, ctx)!;
    default: {
      const n = parseFloat(xmlText(v));
      return Number.isNaN(n) ? NO_RESULT : number(n, style, ctx);
    }
  }
}

export function valueCell(type: CellType, style: number, text: string | undefined, ctx: SheetContext): Cell | undefined {
  if (text === undefined || text === '') return undefined; // no value: blank, styled or not
  switch (type) {
    case T.Shared: {
      const i = parseInt(xmlText(text), 10);
      const ss = ctx.sharedStrings;
      if (!(i >= 0 && i < ss.length)) unreadable('source_bad_shared_string', { index: text.length > 12 ? `${text.slice(0, 12)}…` : text, count: ss.length });
      return (ctx.sharedCells[i] ??= { value: ss[i] ?? null });
    }
    case T.Str:
    case T.Inline:
      // t="str": exceljs decodes entities twice and leaves _xHHHH_; this reads the text as written
      return { value: unescapeXString(xmlText(text)) };
    case T.Bool:
      return parseInt(xmlText(text), 10) !== 0 ? TRUE : FALSE;
    case T.Error:
      return { value: null, errorValue: xmlText(text) };
    case T.Date: {
      // ISO 8601 text (exceljs reads the year as a number); other text is kept as written, for the
      // value parsers to read or report at its cell (exceljs drops it)
      const date = dateCellFromIso(xmlText(text));
      return { value: date ?? unescapeXString(xmlText(text)) };
    }
    default:
      return number(parseFloat(xmlText(text)), style, ctx);
  }
}

/** `t=`: s, str, inlineStr, b, e, d; anything else (n, absent) is a number. */
export function typeOf(xml: string, from: number, to: number): CellType {
  const len = to - from;
  const c = xml.charCodeAt(from);
  if (len === 1) {
    if (c === 115) return T.Shared; // s
    if (c === 98) return T.Bool; // b
    if (c === 101) return T.Error; // e
    if (c === 100) return T.Date; // d
    return T.Number;
  }
  if (len === 3 && xml.startsWith('str', from)) return T.Str;
  if (len === 9 && xml.startsWith('inlineStr', from)) return T.Inline;
  return T.Number;
}

/** `s=` as exceljs reads it (parseInt); -1 when absent or not a number. */
export function styleIndex(xml: string, from: number, to: number): number {
  let n = 0;
  let i = from;
  for (; i < to; i++) {
    const c = xml.charCodeAt(i);
    if (c < 48 || c > 57) break;
    n = n * 10 + c - 48;
  }
  if (i === from) {
    const s = parseInt(xml.slice(from, to), 10); // leading spaces or a sign
    return Number.isNaN(s) ? -1 : s;
  }
  return n;
}
