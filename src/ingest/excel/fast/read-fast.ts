/**
 * A minimal xlsx reader: inflates only the parts it needs with node:zlib and scans their
 * XML by hand, with no object model. Gives the same WorkbookModel as the exceljs adapter
 * (read-workbook.ts), several times faster. Throws FastReaderUnsupported for anything
 * it does not read; the caller then uses exceljs.
 */
import type { Cell, SheetModel } from '../../model.ts';
import { makeIssue, type LedgerIssue } from '../../issues.ts';
import type { ExcelReadResult } from '../read-workbook.ts';
import { PackageParts } from './package-parts.ts';
import { readSharedStrings } from './shared-strings.ts';
import { readSheet, type SheetContext } from './sheet.ts';
import { dateStyles } from './styles.ts';
import { readWorkbookParts } from './workbook-parts.ts';
import { unsupported } from './unsupported.ts';

export { FastReaderUnsupported } from './unsupported.ts';

export function readFastWorkbook(buf: Buffer, file: string): ExcelReadResult {
  const parts = new PackageParts(buf);
  const book = readWorkbookParts(parts);
  const sharedStrings = readSharedStrings(book.sharedStrings && parts.text(book.sharedStrings));
  const ctx: SheetContext = {
    sharedStrings,
    sharedCells: new Array<Cell | undefined>(sharedStrings.length),
    dateStyles: dateStyles(book.styles && parts.text(book.styles)),
    date1904: book.date1904,
  };
  const notes: LedgerIssue[] = [];
  const sheets: SheetModel[] = [];
  for (const entry of book.sheets) {
    const name = entry.name.trim();
    if (entry.state === 'hidden' || entry.state === 'veryHidden') {
      notes.push(makeIssue({ file, sheet: name, cell: null }, 'sheet_hidden', {}));
      continue;
    }
    const xml = parts.text(entry.part) ?? unsupported(`missing ${entry.part}`);
    sheets.push(readSheet(xml, name, ctx));
  }
  return { workbook: { file, sheets }, notes };
}
