/**
 * A .csv (or tab-separated) export into the neutral sheet model: one sheet named after the
 * file, under the same size limits as a workbook (the file's bytes, then its cells while
 * they are parsed).
 */
import { basename, extname } from 'node:path';
import type { ReadLimits } from '../../excel/limits.ts';
import { GridBuilder } from '../../grid.ts';
import type { FileReadResult } from '../../read-file.ts';
import { cellBudget, checkBytes } from '../limits.ts';
import { refuse } from '../refuse.ts';
import { csvCell } from './cell.ts';
import { decodeText } from './decode.ts';
import { parseDelimited } from './parse.ts';

export function readCsvWorkbook(buf: Buffer, file: string, limits: ReadLimits): FileReadResult {
  const bytes = checkBytes(buf.length, limits);
  if (!bytes.ok) refuse(file, 'source_too_large', { path: file, limit: bytes.what });
  const text = decodeText(buf);
  if (text === null) refuse(file, 'source_not_spreadsheet', { path: file });
  const budget = cellBudget(limits, (what) => refuse(file, 'source_too_large', { path: file, limit: what }));
  const rows = parseDelimited(text, () => budget.take());
  const grid = new GridBuilder(basename(file, extname(file)).trim());
  rows.forEach((fields, r) =>
    fields.forEach((field, c) => {
      const cell = csvCell(field);
      if (cell) grid.set(r, c, cell);
    }),
  );
  return { workbook: { file, sheets: [grid.build()] }, notes: [] };
}
