/**
 * A SheetJS cell → our neutral cell, as the xlsx adapter reads the same cell: a number in a
 * date format is a calendar date through the xlsx reader's own serial conversion (never a
 * time-zone-shifted JS Date), text as stored, booleans, error values by their text.
 */
import type { CellObject } from '@e965/xlsx';
import { isBuiltinDateFormat, isDateFormatCode } from '../excel/fast/date-format.ts';
import { dateCellFromIso, dateCellFromSerial } from '../excel/fast/serial-date.ts';
import { dateCellFromJs } from '../excel/cell-value.ts';
import type { Cell } from '../model.ts';

/** BIFF error codes (SheetJS keeps them in `v`) → the text Excel shows. */
const ERROR_TEXT: Readonly<Record<number, string>> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

const isDateFormat = (z: CellObject['z']): boolean =>
  typeof z === 'number' ? isBuiltinDateFormat(z) : typeof z === 'string' && isDateFormatCode(z);

/** Undefined for a cell that holds nothing (a styled blank). */
export function cellFromSheetJs(c: CellObject, date1904: boolean): Cell | undefined {
  const v = c.v;
  switch (c.t) {
    case 'n': {
      if (typeof v !== 'number' || !Number.isFinite(v)) return { value: null };
      return { value: isDateFormat(c.z) ? dateCellFromSerial(v, date1904) : v };
    }
    case 's':
      return { value: typeof v === 'string' ? v : String(v ?? '') };
    case 'b':
      return { value: Boolean(v) };
    case 'e':
      return { value: null, errorValue: c.w ?? ERROR_TEXT[Number(v)] ?? '#VALUE!' };
    case 'd':
      // only with cellDates, which the adapter does not ask for; read as the wall-clock date written
      if (typeof v === 'string') return { value: dateCellFromIso(v) };
      return { value: v instanceof Date ? dateCellFromJs(v) : null };
    default:
      return undefined;
  }
}
