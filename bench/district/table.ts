/** Writes one ledger sheet the way chairs lay them out: merged title, optional subtitle, header, data, footer. */
import type ExcelJS from 'exceljs';

export type Value = string | number | Date | undefined;

export interface Column {
  readonly header: string;
  readonly width: number;
  /** Number format for this column's non-text cells (dates, money). */
  readonly numFmt?: string;
}

export interface TableSpec {
  readonly name: string;
  readonly title: string;
  readonly subtitle?: string;
  readonly columns: readonly Column[];
  readonly rows: Iterable<readonly Value[]>;
  /** Total and sign-off lines below the data. */
  readonly footer?: readonly (readonly Value[])[];
}

export interface TableStats {
  readonly sheet: string;
  /** 1-based row number of the header. */
  readonly headerRow: number;
  readonly dataRows: number;
  /** Every written row: title, subtitle, header, data, footer. */
  readonly rows: number;
  readonly columns: number;
  /** Non-empty cells written. */
  readonly cells: number;
}

export function writeTable(wb: ExcelJS.stream.xlsx.WorkbookWriter, spec: TableSpec): TableStats {
  const ws = wb.addWorksheet(spec.name);
  const width = spec.columns.length;
  ws.columns = spec.columns.map((c) => ({ width: c.width }));
  let cells = 0;
  let rows = 0;

  const banner = (text: string, size: number): void => {
    const row = ws.addRow([text]);
    row.font = { bold: size > 12, size };
    row.alignment = { horizontal: size > 12 ? 'center' : 'right' };
    ws.mergeCells(row.number, 1, row.number, width);
    row.commit();
    cells++;
    rows++;
  };
  const put = (values: readonly Value[], bold = false): void => {
    const row = ws.addRow([...values]);
    values.forEach((v, i) => {
      if (v === undefined || v === '') return;
      cells++;
      const fmt = spec.columns[i]?.numFmt;
      if (fmt && typeof v !== 'string') row.getCell(i + 1).numFmt = fmt;
    });
    if (bold) row.font = { bold: true };
    row.commit();
    rows++;
  };

  banner(spec.title, 16);
  if (spec.subtitle) banner(spec.subtitle, 11);
  const headerRow = rows + 1;
  put(
    spec.columns.map((c) => c.header),
    true,
  );
  let dataRows = 0;
  for (const values of spec.rows) {
    put(values);
    dataRows++;
  }
  for (const values of spec.footer ?? []) put(values);
  ws.commit();
  return { sheet: spec.name, headerRow, dataRows, rows, columns: width, cells };
}
