/**
 * A minimal xlsx reader: inflates only the parts it needs with node:zlib and scans their
 * XML by hand, with no object model. Gives the same WorkbookModel as the exceljs adapter
 * (read-workbook.ts), several times faster. Every part it reads is spent from one budget
 * (../limits.ts); a file it must not read throws WorkbookUnreadable (../damage.ts), and
 * the little it leaves to exceljs throws FastReaderUnsupported.
 */
import type { Cell, SheetModel } from '../../model.ts';
import { makeIssue, type LedgerIssue } from '../../issues.ts';
import { DEFAULT_LIMITS, ReadBudget, type ReadLimits } from '../limits.ts';
import type { ExcelReadResult } from '../read-workbook.ts';
import { PackageParts } from './package-parts.ts';
import { readSharedStrings } from './shared-strings.ts';
import { readSheet, type SheetContext } from './sheet.ts';
import { dateStyles } from './styles.ts';
import { readWorkbookParts, type SheetEntry } from './workbook-parts.ts';
import { inPart } from './xml-problem.ts';

export { FastReaderUnsupported } from './unsupported.ts';

export function readFastWorkbook(buf: Buffer, file: string, limits: ReadLimits = DEFAULT_LIMITS): ExcelReadResult {
  const budget = new ReadBudget(limits);
  const parts = new PackageParts(buf, budget);
  const book = readWorkbookParts(parts);
  const hidden = (s: SheetEntry) => s.state === 'hidden' || s.state === 'veryHidden';
  const visible = book.sheets.filter((s) => !hidden(s));
  // refuse a workbook too large before inflating any of it (each part is spent again as it is read)
  const planned = [book.sharedStrings, book.styles, ...visible.map((s) => s.part)];
  budget.ensureBytes(planned.reduce((n, part) => n + (part === undefined ? 0 : parts.declaredSize(part)), 0));

  const sharedStrings = inPart('strings', undefined, () => readSharedStrings(book.sharedStrings === undefined ? undefined : parts.text(book.sharedStrings)));
  const ctx: SheetContext = {
    budget,
    sharedStrings,
    sharedCells: new Array<Cell | undefined>(sharedStrings.length),
    sharedFilled: new Uint8Array(sharedStrings.length),
    dateCells: new Map(),
    dateStyles: inPart('styles', undefined, () => dateStyles(book.styles === undefined ? undefined : parts.xml(book.styles))),
    date1904: book.date1904,
  };
  const notes: LedgerIssue[] = [];
  const sheets: SheetModel[] = [];
  for (const entry of book.sheets) {
    if (hidden(entry)) {
      notes.push(makeIssue({ file, sheet: entry.name, cell: null }, 'sheet_hidden', {}));
      continue;
    }
    // the part is there: readWorkbookParts made sure of it
    sheets.push(inPart('sheet', entry.name, () => readSheet(parts.text(entry.part)!, entry.name, ctx)));
  }
  return { workbook: { file, sheets }, notes };
}
