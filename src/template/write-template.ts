/** Writes the blank template workbook: the 说明 sheet, then one sheet per ledger kind. */
import ExcelJS from 'exceljs';
import { columnLetters } from '../ingest/a1.ts';
import type { TermId } from '../term/term.ts';
import { templateContent, type SheetContent, type TemplateValue } from './sample.ts';
import { GUIDE_LINES, type GuideLine } from './guide.ts';
import { GUIDE_SHEET_NAME, LAST_VALIDATED_ROW, SHEET_LAYOUTS, type Choices, type SheetLayout } from './layouts.ts';
import { templateHints, templateText } from '../messages/template.ts';

export const TEMPLATE_FILE_NAME = templateText.fileName;

const NUM_FMT = { date: 'yyyy-mm-dd', amount: '#,##0.00' } as const;
const EXAMPLE_FONT: Partial<ExcelJS.Font> = { italic: true, color: { argb: 'FF808080' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const GUIDE_FONTS: Record<GuideLine['style'], Partial<ExcelJS.Font>> = {
  title: { bold: true, size: 16 },
  heading: { bold: true, size: 12 },
  body: { size: 11 },
};

export function buildTemplate(termId: TermId): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'union-dash';
  addGuideSheet(workbook);
  const content = templateContent(termId);
  for (const layout of SHEET_LAYOUTS) addLedgerSheet(workbook, layout, content[layout.kind]);
  return workbook;
}

export async function templateBytes(termId: TermId): Promise<Buffer> {
  return Buffer.from(await buildTemplate(termId).xlsx.writeBuffer());
}

function addGuideSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(GUIDE_SHEET_NAME);
  sheet.getColumn(1).width = 110;
  GUIDE_LINES.forEach((line, i) => {
    const cell = sheet.getCell(i + 1, 1);
    cell.value = line.text;
    cell.font = GUIDE_FONTS[line.style];
    cell.alignment = { wrapText: true, vertical: 'top' };
  });
}

function addLedgerSheet(workbook: ExcelJS.Workbook, layout: SheetLayout, content: SheetContent): void {
  const sheet = workbook.addWorksheet(layout.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  layout.columns.forEach((column, i) => {
    const col = sheet.getColumn(i + 1);
    col.width = column.width;
    if (column.format) col.numFmt = NUM_FMT[column.format];
  });
  layout.columns.forEach((column, i) => {
    const cell = sheet.getCell(1, i + 1);
    cell.value = column.header;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = { bottom: { style: 'thin' } };
  });
  content.rows.forEach((row, r) => {
    layout.columns.forEach((_, c) => {
      const cell = sheet.getCell(r + 2, c + 1);
      writeValue(cell, row[c] ?? null);
      if (content.example) cell.font = EXAMPLE_FONT;
    });
  });
  layout.columns.forEach((column, i) => {
    if (!column.choices) return;
    const letter = columnLetters(i);
    addRangeValidation(sheet, `${letter}2:${letter}${LAST_VALIDATED_ROW}`, listValidation(column.choices));
  });
}

function writeValue(cell: ExcelJS.Cell, value: TemplateValue): void {
  if (value === null) return;
  if (typeof value === 'object') {
    const [y, m, d] = value.date.split('-').map(Number);
    cell.value = new Date(Date.UTC(y!, m! - 1, d!));
    cell.numFmt = NUM_FMT.date;
    return;
  }
  cell.value = value;
}

function listValidation(choices: Choices): ExcelJS.DataValidation {
  return {
    type: 'list',
    allowBlank: true,
    formulae: [`"${choices.values.join(',')}"`],
    showErrorMessage: !choices.openEnded,
    ...(choices.openEnded
      ? {}
      : { errorStyle: 'stop', errorTitle: templateHints.choiceTitle, error: templateHints.choiceOnly(choices.values) }),
    ...(choices.hint ? { showInputMessage: true, prompt: choices.hint } : {}),
  };
}

/**
 * One validation for a whole range. exceljs writes `worksheet.dataValidations` ranges
 * as they are (missing from its typings); per-cell validations over rows 2..500 come
 * out as overlapping ranges, which Excel may reject as damaged.
 */
interface RangeValidations {
  readonly dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

function addRangeValidation(sheet: ExcelJS.Worksheet, range: string, validation: ExcelJS.DataValidation): void {
  (sheet as unknown as RangeValidations).dataValidations.add(range, validation);
}
