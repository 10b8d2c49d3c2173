/** ValueRange rendering: render options, omitted trailing cells and rows, `""` and `[]`. */
import { echoRange, type GridRange, type UnicodeTitleQuoting } from './a1-range.ts';
import { isFakeDate, type FakeCell } from './spreadsheet.ts';

export type ValueRenderOption = 'FORMATTED_VALUE' | 'UNFORMATTED_VALUE' | 'FORMULA';
export type DateTimeRenderOption = 'SERIAL_NUMBER' | 'FORMATTED_STRING';
export type MajorDimension = 'ROWS' | 'COLUMNS';

export interface RenderOptions {
  readonly valueRenderOption: ValueRenderOption;
  readonly dateTimeRenderOption: DateTimeRenderOption;
  readonly majorDimension: MajorDimension;
}

export type JsonValue = string | number | boolean;

export interface ValueRange {
  range: string;
  majorDimension: MajorDimension;
  values?: JsonValue[][];
}

/** A General-format number as Sheets shows it. */
const formatNumber = (n: number) => String(Number(n.toPrecision(15)));

function formatted(cell: FakeCell): string {
  if (cell.shown !== undefined) return cell.shown;
  const v = cell.value;
  if (isFakeDate(v)) return v.shown;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return formatNumber(v);
  return v;
}

function unformatted(cell: FakeCell, dates: DateTimeRenderOption): JsonValue {
  const v = cell.value;
  if (isFakeDate(v)) return dates === 'SERIAL_NUMBER' ? v.serial : v.shown;
  return v;
}

export function renderCell(cell: FakeCell | undefined, o: RenderOptions): JsonValue {
  if (!cell || cell.value === '') return '';
  switch (o.valueRenderOption) {
    case 'FORMATTED_VALUE':
      return formatted(cell);
    case 'UNFORMATTED_VALUE':
      return unformatted(cell, o.dateTimeRenderOption);
    case 'FORMULA':
      return cell.formula ?? unformatted(cell, o.dateTimeRenderOption);
  }
}

/** Drops trailing "" of each line and trailing empty lines; no lines at all = no `values` key. */
function trim(lines: JsonValue[][]): JsonValue[][] {
  for (const line of lines) while (line.length && line[line.length - 1] === '') line.pop();
  while (lines.length && lines[lines.length - 1]!.length === 0) lines.pop();
  return lines;
}

export function renderRange(r: GridRange, o: RenderOptions, quoting: UnicodeTitleQuoting): ValueRange {
  const cell = (row: number, col: number) => renderCell(r.sheet.rows[row]?.[col], o);
  const lines: JsonValue[][] = [];
  if (o.majorDimension === 'ROWS') {
    for (let row = r.startRow; row < r.endRow; row++) {
      const line: JsonValue[] = [];
      for (let col = r.startCol; col < r.endCol; col++) line.push(cell(row, col));
      lines.push(line);
    }
  } else {
    for (let col = r.startCol; col < r.endCol; col++) {
      const line: JsonValue[] = [];
      for (let row = r.startRow; row < r.endRow; row++) line.push(cell(row, col));
      lines.push(line);
    }
  }
  const out: ValueRange = { range: echoRange(r, quoting), majorDimension: o.majorDimension };
  const values = trim(lines);
  if (values.length) out.values = values;
  return out;
}
