/** One worksheet as a titled table: a title row, a line of context, a frozen header row, then data. */
import type ExcelJS from 'exceljs';

export type XlsxFormat = 'percent' | 'money' | 'number' | 'text';
export type XlsxValue = string | number | null;

export interface XlsxColumn {
  readonly header: string;
  readonly width: number;
  readonly format?: XlsxFormat;
}

export interface XlsxTable {
  readonly name: string;
  readonly title: string;
  readonly context: string;
  readonly columns: readonly XlsxColumn[];
  readonly rows: readonly (readonly XlsxValue[])[];
  /** A last row in bold, e.g. 合计. */
  readonly total?: readonly XlsxValue[];
}

/** Row of the header; data starts on the next row. */
export const HEADER_ROW = 3;

const NUM_FMT: Record<XlsxFormat, string | undefined> = { percent: '0.0%', money: '#,##0.00', number: '0.##', text: undefined };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EDF2' } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  bottom: { style: 'thin' },
  left: { style: 'thin' },
  right: { style: 'thin' },
};

/**
 * Text from the ledgers that a spreadsheet could run (=HYPERLINK(…), +cmd|…, -2+3, @SUM(…)):
 * written with a leading apostrophe, as Excel itself marks typed text, so that neither editing
 * the cell nor re-saving the workbook as CSV turns it into a formula. A lone "-" stays.
 */
export function inertText(v: string): string {
  return /^[=+\-@\t\r]/.test(v) && v.length > 1 ? `'${v}` : v;
}

export function addTableSheet(workbook: ExcelJS.Workbook, t: XlsxTable): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(t.name, { views: [{ state: 'frozen', ySplit: HEADER_ROW }] });
  const n = t.columns.length;
  sheet.mergeCells(1, 1, 1, n);
  sheet.getCell(1, 1).value = t.title;
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.getCell(1, 1).alignment = { horizontal: 'center' };
  sheet.mergeCells(2, 1, 2, n);
  sheet.getCell(2, 1).value = t.context;
  sheet.getCell(2, 1).font = { color: { argb: 'FF555555' } };

  t.columns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.width;
    const cell = sheet.getCell(HEADER_ROW, i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = THIN;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  const write = (values: readonly XlsxValue[], r: number, bold: boolean) =>
    values.forEach((v, i) => {
      const cell = sheet.getCell(r, i + 1);
      cell.value = typeof v === 'string' ? inertText(v) : v;
      // text stays text when edited: Excel does not run what is typed into a text-formatted cell
      if (typeof v === 'string') cell.numFmt = '@';
      const fmt = NUM_FMT[t.columns[i]?.format ?? 'text'];
      if (fmt && typeof v === 'number') cell.numFmt = fmt;
      cell.border = THIN;
      cell.alignment = { vertical: 'top', wrapText: typeof v === 'string' };
      if (bold) cell.font = { bold: true };
    });
  t.rows.forEach((row, i) => write(row, HEADER_ROW + 1 + i, false));
  if (t.total) write(t.total, HEADER_ROW + 1 + t.rows.length, true);
  return sheet;
}
