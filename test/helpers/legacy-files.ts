/**
 * Hand-made files in the other formats for the reader's edge cases: .xls workbooks written
 * cell by cell with SheetJS (a number format used by its number alone, an open password,
 * Excel 95), compound files that are not workbooks, OpenDocument packages from their XML,
 * and the "fake .xls" that web systems export.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { zipParts } from './raw-xlsx.ts';

type SheetJs = typeof import('@e965/xlsx');
const sheetJs = (): Promise<SheetJs> => import('@e965/xlsx');

/** A one-sheet .xls (BIFF8, or BIFF5 for Excel 95) from rows; a cell may be a SheetJS cell object. */
export async function xlsFrom(dir: string, file: string, rows: unknown[][], bookType: 'biff8' | 'biff5' = 'biff8'): Promise<string> {
  const XLSX = await sheetJs();
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), '名册');
  const path = join(dir, file);
  await writeFile(path, XLSX.write(wb, { type: 'buffer', bookType }) as Buffer);
  return path;
}

/**
 * A .xls whose date cell uses built-in format 31 (`yyyy"年"m"月"d"日"` in Chinese Excel) by
 * number only, with no format record in the file: SheetJS writes none for 27–36. The library's
 * table is then set back to a non-date code for 31, as after reading some other file.
 */
export async function xlsWithBuiltinFormat31(dir: string, file: string, serial: number): Promise<string> {
  const XLSX = await sheetJs();
  XLSX.SSF.load('yyyy"年"m"月"d"日"', 31);
  const path = await xlsFrom(dir, file, [['姓名', '出生日期'], ['张三', { t: 'n', v: serial, z: 'yyyy"年"m"月"d"日"' }]]);
  XLSX.SSF.load('General', 31);
  return path;
}

/** A .xls with an open password: a FILEPASS record (XOR obfuscation) right after the workbook's BOF, as Excel writes it. */
export async function xlsWithPassword(dir: string, file: string): Promise<string> {
  const XLSX = await sheetJs();
  const plain = await xlsFrom(dir, `plain-${file}`, [['姓名'], ['张三']]);
  const cfb = XLSX.CFB.read(await readFile(plain), { type: 'buffer' });
  const entry = XLSX.CFB.find(cfb, '/Workbook')!;
  const stream = Buffer.from(entry.content as Uint8Array);
  const bofEnd = 4 + stream.readUInt16LE(2);
  const filePass = Buffer.from([0x2f, 0x00, 0x06, 0x00, 0x00, 0x00, 0x34, 0x12, 0x78, 0x56]);
  entry.content = Buffer.concat([stream.subarray(0, bofEnd), filePass, stream.subarray(bofEnd)]);
  entry.size = entry.content.length;
  const path = join(dir, file);
  await writeFile(path, XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer);
  return path;
}

/** A compound file with one stream of the given name (an encrypted xlsx holds `EncryptedPackage`, a Word file `WordDocument`). */
export async function compoundFile(dir: string, file: string, stream: string): Promise<string> {
  const XLSX = await sheetJs();
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, `/${stream}`, Buffer.alloc(4096, 7));
  const path = join(dir, file);
  await writeFile(path, XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer);
  return path;
}

export interface OdsTable {
  readonly name: string;
  /** `<table:table-row>` elements. */
  readonly rows: string;
  readonly hidden?: boolean;
}

/** An OpenDocument package as LibreOffice lays it out: `mimetype` first and stored, then content.xml and styles.xml. */
export async function odsFrom(dir: string, file: string, tables: readonly OdsTable[], mimetype = 'application/vnd.oasis.opendocument.spreadsheet'): Promise<string> {
  const ns =
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"';
  const content =
    `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ns} office:version="1.3"><office:automatic-styles>` +
    '<style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>' +
    '<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>' +
    '</office:automatic-styles><office:body><office:spreadsheet>' +
    tables.map((t) => `<table:table table:name="${t.name}" table:style-name="${t.hidden ? 'ta2' : 'ta1'}">${t.rows}</table:table>`).join('') +
    '</office:spreadsheet></office:body></office:document-content>';
  const manifest =
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">' +
    `<manifest:file-entry manifest:full-path="/" manifest:media-type="${mimetype}"/>` +
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>';
  const parts = new Map<string, string>([
    ['mimetype', mimetype],
    ['content.xml', content],
    ['styles.xml', `<?xml version="1.0" encoding="UTF-8"?><office:document-styles ${ns} office:version="1.3"/>`],
    ['META-INF/manifest.xml', manifest],
  ]);
  const path = join(dir, file);
  await writeFile(path, zipParts(parts));
  return path;
}

/** One ODS row of text cells. */
export const odsRow = (...texts: string[]): string =>
  `<table:table-row>${texts.map((t) => `<table:table-cell office:value-type="string"><text:p>${t}</text:p></table:table-cell>`).join('')}</table:table-row>`;

/** What a web system's "export to Excel" often really writes: an HTML table under a .xls name. */
export const HTML_XLS =
  '\ufeff<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">\n' +
  '<head><meta charset="utf-8"></head><body><table><tr><td>姓名</td><td>部门</td></tr><tr><td>张三</td><td>语文组</td></tr></table></body></html>';

/** An Excel 2003 XML Spreadsheet under a .xls name. */
export const SPREADSHEETML_XLS =
  '<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Excel.Sheet"?>\n' +
  '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">' +
  '<Worksheet ss:Name="名册"><Table><Row><Cell><Data ss:Type="String">姓名</Data></Cell></Row></Table></Worksheet></Workbook>';
