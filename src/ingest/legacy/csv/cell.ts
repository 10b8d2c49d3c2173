/**
 * A CSV field → a cell, typed as the Google Sheets adapter receives its cells
 * (sheets/build-workbook.ts): empty is blank, an error value's text is that error, a number
 * is a number only when the text is exactly how a spreadsheet writes that number (so 0012,
 * 1,200, 3.10, 1E5 and an 18-digit ID stay text), and everything else — dates included —
 * stays text for the ledger readers to parse.
 */
import type { Cell } from '../../model.ts';

const ERROR_VALUES = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#ERROR!', '#SPILL!', '#CALC!']);
const PLAIN_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

export function csvCell(text: string): Cell | undefined {
  if (text === '') return undefined;
  if (ERROR_VALUES.has(text)) return { value: null, errorValue: text };
  if (PLAIN_NUMBER.test(text) && String(Number(text)) === text) return { value: Number(text) };
  return { value: text };
}
