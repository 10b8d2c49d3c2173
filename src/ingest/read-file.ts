/**
 * One workbook file into the neutral sheet model, whatever program saved it. The file's
 * first bytes pick the reader, not its name: a zip is an xlsx (excel/) unless its first
 * entry says OpenDocument spreadsheet (legacy/, as is a compound file: .xls, .et, or an
 * xlsx with a password); a web page or an Excel 2003 XML file under a spreadsheet's name is
 * refused as such; other bytes under a .csv name are delimited text (legacy/csv/).
 */
import { open, readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { SNIFF_BYTES, sniffFormat, type SniffedFormat } from './excel/file-format.ts';
import type { ReadLimits } from './excel/limits.ts';
import { readExcelWorkbook, type ExcelReadResult } from './excel/read-workbook.ts';
import { readCsvWorkbook } from './legacy/csv/read-csv.ts';
import { readLegacyWorkbook } from './legacy/read-legacy.ts';
import { refuse } from './legacy/refuse.ts';

export type FileReadResult = ExcelReadResult;

const SPREADSHEET_NAME = /\.(xlsx|xlsm|xls|et|ods|csv)$/i;

/** Throws SourceError for a file that cannot be read at all. */
export async function readWorkbookFile(path: string, limits: ReadLimits): Promise<FileReadResult> {
  const file = basename(path);
  const format = await sniffFile(path);
  if (format === 'cfb' || format === 'ods') {
    const buf = await readAll(path);
    if (buf) return readLegacyWorkbook(buf, file, format, limits);
  } else if ((format === 'html' || format === 'spreadsheetml') && SPREADSHEET_NAME.test(file)) {
    refuse(file, 'source_disguised', { path: file, actual: format });
  } else if (format === 'odf-other') {
    refuse(file, 'source_not_spreadsheet', { path: file });
  } else if (format === 'other' && extname(file).toLowerCase() === '.csv') {
    const buf = await readAll(path);
    if (buf) return readCsvWorkbook(buf, file, limits);
  }
  // an xlsx, anything else, or a file that cannot be read: the xlsx reader says which
  return readExcelWorkbook(path, limits);
}

/** What the first bytes say; `other` when they cannot be read (the xlsx reader then reports why). */
async function sniffFile(path: string): Promise<SniffedFormat> {
  try {
    const handle = await open(path, 'r');
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(SNIFF_BYTES), 0, SNIFF_BYTES, 0);
      return sniffFormat(buffer.subarray(0, bytesRead));
    } finally {
      await handle.close();
    }
  } catch {
    return 'other';
  }
}

const readAll = (path: string): Promise<Buffer | null> => readFile(path).catch(() => null);
