import { issueWords } from '../../messages/issues.ts';
import { basename } from 'node:path';
import { readFile } from 'node:fs/promises';
import { makeIssue, SourceError, type LedgerIssue } from '../issues.ts';
import type { WorkbookModel } from '../model.ts';
import { GridBuilder } from '../grid.ts';
import { cellFromExcel } from './cell-value.ts';
import { unreadable, WorkbookUnreadable } from './damage.ts';
import { provenForExceljs } from './exceljs-input.ts';
import { detectFormat } from './file-format.ts';
import { DEFAULT_LIMITS, type ReadLimits } from './limits.ts';
import { FastReaderUnsupported, readFastWorkbook } from './fast/read-fast.ts';

/**
 * Worksheet parts we never read. Data validations matter most: exceljs expands a dropdown
 * over a whole column (`K3:K1048576`) into a million cells, which stalls on ordinary rosters.
 */
const IGNORED_NODES = [
  'dataValidations',
  'conditionalFormatting',
  'extLst',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'drawing',
  'picture',
  'tableParts',
  'autoFilter',
];

export interface ExcelReadResult {
  readonly workbook: WorkbookModel;
  /** Sheet-level notes (hidden sheets skipped). */
  readonly notes: readonly LedgerIssue[];
}

const fileIssue = (file: string, issue: Parameters<typeof makeIssue>[1], params: object) =>
  new SourceError(makeIssue({ file, sheet: null, cell: null }, issue, params as never));

/**
 * Reads one .xlsx file into the neutral sheet model. Throws SourceError for a file that cannot
 * be read at all: damaged, too large, not a workbook, or a workbook without a single sheet.
 */
export async function readExcelWorkbook(path: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<ExcelReadResult> {
  const file = basename(path);
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw fileIssue(file, 'source_missing', { path });
    throw fileIssue(file, 'source_corrupt', { path: file, reason: String(code ?? cause) });
  }
  const format = detectFormat(buf);
  if (format === 'xls') throw fileIssue(file, 'source_xls', { path: file });
  if (format === 'encrypted') throw fileIssue(file, 'source_encrypted', { path: file });
  if (format === 'unknown') {
    if (/\.xlsx$/i.test(file) && buf.length > 0) throw fileIssue(file, 'source_corrupt', { path: file, reason: issueWords.notXlsxContent });
    throw fileIssue(file, 'source_not_spreadsheet', { path: file });
  }
  try {
    return withSheets(await readXlsx(buf, file, limits));
  } catch (e) {
    throw e instanceof WorkbookUnreadable ? e.toSourceError(file) : e;
  }
}

/** The fast reader, or exceljs for what it leaves (given only parts proven within the limits). */
async function readXlsx(buf: Buffer, file: string, limits: ReadLimits): Promise<ExcelReadResult> {
  try {
    return readFastWorkbook(buf, file, limits);
  } catch (cause) {
    if (!(cause instanceof FastReaderUnsupported)) throw cause;
  }
  return readWithExceljs(provenForExceljs(buf, limits), file);
}

/** A workbook with no sheet at all, not even a hidden one, is damaged: never an empty workbook. */
function withSheets(read: ExcelReadResult): ExcelReadResult {
  if (read.workbook.sheets.length === 0 && read.notes.length === 0) unreadable('source_no_sheets', {});
  return read;
}

/**
 * The exceljs adapter: the fallback for what the fast reader does not read, and its reference
 * in tests. It has no limits of its own: hand it only what provenForExceljs returns.
 */
export async function readWithExceljs(buf: Buffer, file: string): Promise<ExcelReadResult> {
  // loaded on first use: most workbooks never need it, and it takes a good part of a second to load
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer, { ignoreNodes: IGNORED_NODES } as never);
  } catch (cause) {
    const zip = /end of central directory|corrupted zip|end of data|is this a zip/i.test(cause instanceof Error ? cause.message : String(cause));
    const issue = zip
      ? makeIssue({ file, sheet: null, cell: null }, 'source_damaged', { path: file, damage: 'directory' })
      : makeIssue({ file, sheet: null, cell: null }, 'source_unreadable_content', { path: file });
    throw new SourceError(issue, { cause });
  }
  const notes: LedgerIssue[] = [];
  const sheets = [];
  for (const ws of wb.worksheets) {
    const name = ws.name.trim();
    if (ws.state === 'hidden' || ws.state === 'veryHidden') {
      notes.push(makeIssue({ file, sheet: name, cell: null }, 'sheet_hidden', {}));
      continue;
    }
    const grid = new GridBuilder(name);
    const masters = new Map<string, { top: number; left: number; bottom: number; right: number }>();
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        const r = rowNumber - 1;
        const c = colNumber - 1;
        if (cell.isMerged) {
          const master = cell.master;
          const key = master.address;
          const top = Number(master.row) - 1;
          const left = Number(master.col) - 1;
          const m = masters.get(key) ?? { top, left, bottom: top, right: left };
          m.bottom = Math.max(m.bottom, r);
          m.right = Math.max(m.right, c);
          masters.set(key, m);
          if (master !== cell) return;
        }
        grid.set(r, c, cellFromExcel(cell.value));
      });
    });
    for (const m of masters.values()) if (m.bottom > m.top || m.right > m.left) grid.addMerge(m);
    sheets.push(grid.build());
  }
  return { workbook: { file, sheets }, notes };
}
