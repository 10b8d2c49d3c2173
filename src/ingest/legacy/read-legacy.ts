/**
 * The adapter for .xls and WPS .et (compound files holding a BIFF8 workbook) and .ods, on
 * SheetJS: fills the same sheet model as the xlsx reader — merges, dates as calendar dates,
 * visible text, formula results, error values, hidden sheets skipped with a note — under
 * the same size limits.
 */
import type { WorkBook, ParsingOptions } from '@e965/xlsx';
import { detectFormat } from '../excel/file-format.ts';
import type { ReadLimits } from '../excel/limits.ts';
import { makeIssue, type LedgerIssue } from '../issues.ts';
import type { SheetModel } from '../model.ts';
import type { FileReadResult } from '../read-file.ts';
import { issueWords, type SizeExceeded } from '../../messages/issues.ts';
import { WorkbookUnreadable } from '../excel/damage.ts';
import { cellBudget, checkBytes, checkOdsCells } from './limits.ts';
import { odsPackage, type OdsPackage } from './ods-package.ts';
import { hiddenOdsTables } from './ods-hidden.ts';
import { isPasswordError, refuse } from './refuse.ts';
import { readSheetJsSheet } from './sheet.ts';
import { loadSheetJs, prepareFormats, quietly, type SheetJs } from './sheetjs.ts';

/** Values and number formats only: no formatted text, HTML, formulas or styles to build. */
const OPTIONS: ParsingOptions = {
  type: 'buffer',
  dense: true,
  cellNF: true,
  cellText: false,
  cellHTML: false,
  cellFormula: false,
  cellDates: false,
  cellStyles: false,
  sheetStubs: false,
  bookVBA: false,
};

/** `kind` is what the file's bytes said: `cfb` (a compound file) or `ods`. Throws SourceError. */
export async function readLegacyWorkbook(buf: Buffer, file: string, kind: 'cfb' | 'ods', limits: ReadLimits): Promise<FileReadResult> {
  const tooLarge: (what: SizeExceeded) => never = (what) => refuse(file, 'source_too_large', { path: file, limit: what });
  const pkg = kind === 'ods' ? checkedPackage(buf, file, limits) : null;
  if (!pkg) {
    const bytes = checkBytes(buf.length, limits);
    if (!bytes.ok) tooLarge(bytes.what);
  }
  const xml = pkg?.content ?? null;
  if (xml !== null) {
    const cells = checkOdsCells(xml, limits);
    if (!cells.ok) tooLarge(cells.what);
  }

  const xlsx = await loadSheetJs();
  const wb = pkg ? parseOds(xlsx, pkg.zip, file) : parseCompoundFile(xlsx, buf, file);
  const hidden = xml === null ? new Set<string>() : hiddenOdsTables(xml);
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  const budget = cellBudget(limits, tooLarge);

  const notes: LedgerIssue[] = [];
  const sheets: SheetModel[] = [];
  wb.SheetNames.forEach((sheetName, i) => {
    const ws = wb.Sheets[sheetName];
    const name = sheetName.trim();
    if (!ws || (ws['!type'] !== undefined && ws['!type'] !== 'sheet')) return; // chart and dialog sheets: no cells to read
    if ((wb.Workbook?.Sheets?.[i]?.Hidden ?? 0) !== 0 || hidden.has(sheetName)) {
      notes.push(makeIssue({ file, sheet: name, cell: null }, 'sheet_hidden', {}));
      return;
    }
    sheets.push(readSheetJsSheet(ws, name, date1904, budget));
  });
  return { workbook: { file, sheets }, notes };
}

/**
 * A compound file: a BIFF8 `Workbook` stream is read; an encrypted workbook (an xlsx with an
 * open password is one too), a BIFF5 `Book` (Excel 95, text in a code page) or anything else
 * (a Word document) is refused.
 */
function parseCompoundFile(xlsx: SheetJs, buf: Buffer, file: string): WorkBook {
  if (detectFormat(buf) === 'encrypted') refuse(file, 'source_encrypted', { path: file });
  let cfb: ReturnType<SheetJs['CFB']['read']>;
  try {
    cfb = xlsx.CFB.read(buf, { type: 'buffer' });
  } catch (cause) {
    refuse(file, 'source_xls', { path: file }, cause);
  }
  const find = (path: string) => xlsx.CFB.find(cfb, path);
  if (find('/EncryptedPackage') || find('/encryption')) refuse(file, 'source_encrypted', { path: file });
  if (!find('/Workbook')) refuse(file, find('/Book') ? 'source_biff5' : 'source_xls', { path: file });
  prepareFormats(xlsx);
  try {
    return quietly(() => xlsx.read(buf, { ...OPTIONS }));
  } catch (cause) {
    if (isPasswordError(cause)) refuse(file, 'source_encrypted', { path: file }, cause);
    refuse(file, 'source_xls', { path: file }, cause);
  }
}

/** The package's parts within the limits, or the file refused as damaged or too large. */
function checkedPackage(buf: Buffer, file: string, limits: ReadLimits): OdsPackage {
  try {
    return odsPackage(buf, limits);
  } catch (e) {
    if (e instanceof WorkbookUnreadable) throw e.toSourceError(file);
    throw e;
  }
}

function parseOds(xlsx: SheetJs, buf: Buffer, file: string): WorkBook {
  try {
    return quietly(() => xlsx.read(buf, { ...OPTIONS }));
  } catch (cause) {
    if (isPasswordError(cause)) refuse(file, 'source_encrypted', { path: file }, cause);
    refuse(file, 'source_corrupt', { path: file, reason: issueWords.brokenStructure }, cause);
  }
}
