/** One workbook file into the neutral sheet model, whatever program saved it. */
import type { ReadLimits } from './excel/limits.ts';
import { readExcelWorkbook, type ExcelReadResult } from './excel/read-workbook.ts';

export type FileReadResult = ExcelReadResult;

/** Throws SourceError for a file that cannot be read at all. */
export const readWorkbookFile = (path: string, limits: ReadLimits): Promise<FileReadResult> => readExcelWorkbook(path, limits);
