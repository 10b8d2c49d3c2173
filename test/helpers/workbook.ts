/**
 * Writes real .xlsx files with exceljs from a plain description, for tests that run the
 * real ingester. Rows are listed top-down from row 1; `[]` is a blank row.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { entryData, readZipDirectory } from '../../src/ingest/excel/zip-directory.ts';

/** A date-formatted cell holding a calendar date (and optionally a time of day). */
export interface DateSpec {
  readonly date: string;
  readonly time?: string;
  readonly fmt?: string;
}

/** A formula; `result` absent = never calculated (no cached value in the file). */
export interface FormulaSpec {
  readonly formula: string;
  readonly result?: string | number | boolean;
}

/** Rich text: runs of differently formatted text, shown as their concatenation. */
export interface RichSpec {
  readonly rich: readonly string[];
}

/** An empty cell that only carries formatting (Excel keeps such cells beyond the data). */
export interface StyledBlankSpec {
  readonly styledBlank: true;
}

export type CellSpec = string | number | boolean | null | undefined | DateSpec | FormulaSpec | RichSpec | StyledBlankSpec;

export interface SheetSpec {
  readonly name: string;
  readonly rows: readonly (readonly CellSpec[])[];
  /** A1 ranges such as `A1:F1`. */
  readonly merges?: readonly string[];
  readonly state?: 'visible' | 'hidden' | 'veryHidden';
}

export interface WorkbookOptions {
  /** Phonetic guides to add to shared strings: text → its reading (`序号` → `xu'hao`). */
  readonly phonetic?: Readonly<Record<string, string>>;
}

export const date = (d: string, fmt = 'yyyy-mm-dd'): DateSpec => ({ date: d, fmt });
export const formula = (f: string, result?: string | number | boolean): FormulaSpec =>
  result === undefined ? { formula: f } : { formula: f, result };
export const rich = (...runs: string[]): RichSpec => ({ rich: runs });
export const styledBlank: StyledBlankSpec = { styledBlank: true };

/** A fresh temporary folder. */
export const tempDir = (prefix = 'union-dash-test-'): Promise<string> => mkdtemp(join(tmpdir(), prefix));

function utcDate(spec: DateSpec): Date {
  const [y, m, d] = spec.date.split('-').map(Number) as [number, number, number];
  const [hh = 0, mm = 0, ss = 0] = (spec.time ?? '').split(':').filter(Boolean).map(Number);
  return new Date(Date.UTC(y, m - 1, d, hh, mm, ss));
}

function setCell(cell: ExcelJS.Cell, spec: CellSpec): void {
  if (spec === undefined || spec === null) return;
  if (typeof spec !== 'object') {
    cell.value = spec;
    return;
  }
  if ('date' in spec) {
    cell.value = utcDate(spec);
    cell.numFmt = spec.fmt ?? (spec.time ? 'yyyy/m/d h:mm:ss' : 'yyyy-mm-dd');
  } else if ('formula' in spec) {
    cell.value = spec.result === undefined ? ({ formula: spec.formula } as ExcelJS.CellFormulaValue) : { formula: spec.formula, result: spec.result };
  } else if ('rich' in spec) {
    cell.value = { richText: spec.rich.map((text, i) => ({ text, font: { bold: i % 2 === 0, color: { argb: 'FFCC0000' } } })) };
  } else {
    cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
  }
}

/** The entries of a zip, inflated. */
function unzip(buf: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const e of readZipDirectory(buf) ?? []) {
    const data = entryData(buf, e);
    if (data === null) throw new Error(`zip entry ${e.name} is unreadable`);
    out.set(e.name, e.method === 0 ? Buffer.from(data) : inflateRawSync(data));
  }
  return out;
}

/** A zip of stored (uncompressed) entries. */
function zip(entries: Map<string, Buffer>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const n = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, data);
    centrals.push(central, n);
    offset += 30 + n.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.size, 8);
  end.writeUInt16LE(entries.size, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/** Adds `<rPh>` reading runs after shared strings, as Excel does for phonetic guides. */
function addPhonetics(buf: Buffer, phonetic: Readonly<Record<string, string>>): Buffer {
  const entries = unzip(buf);
  let xml = entries.get('xl/sharedStrings.xml')?.toString('utf8');
  if (xml === undefined) throw new Error('workbook has no shared strings');
  for (const [text, reading] of Object.entries(phonetic)) {
    xml = xml.replace(`<t>${text}</t>`, `<t>${text}</t><rPh sb="0" eb="${text.length}"><t>${reading}</t></rPh>`);
  }
  entries.set('xl/sharedStrings.xml', Buffer.from(xml, 'utf8'));
  return zip(entries);
}

/** Writes `file` into `dir` and returns its path. */
export async function writeWorkbook(
  dir: string,
  file: string,
  sheets: readonly SheetSpec[],
  options: WorkbookOptions = {},
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, { state: s.state ?? 'visible' });
    s.rows.forEach((row, r) => row.forEach((spec, c) => setCell(ws.getCell(r + 1, c + 1), spec)));
    for (const range of s.merges ?? []) ws.mergeCells(range);
  }
  let buf: Buffer = Buffer.from(await wb.xlsx.writeBuffer());
  if (options.phonetic) buf = addPhonetics(buf, options.phonetic);
  const path = join(dir, file);
  await writeFile(path, buf);
  return path;
}

/** A one-off workbook in its own temporary folder; returns the file path. */
export async function workbookFile(file: string, sheets: readonly SheetSpec[], options?: WorkbookOptions): Promise<string> {
  return writeWorkbook(await tempDir(), file, sheets, options);
}
