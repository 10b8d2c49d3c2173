/**
 * Writes .xlsx files from hand-written part XML, for reader tests that need what exceljs
 * never writes: inline strings, t="d", namespace prefixes, rows without r=, absolute
 * relationship targets, deflated entries with data descriptors.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { tempDir } from './workbook.ts';

export interface RawSheet {
  readonly name: string;
  /** The whole worksheet part, e.g. from `worksheet()`. */
  readonly xml: string;
  readonly state?: 'hidden' | 'veryHidden';
  /** The relationship target; default `worksheets/sheetN.xml`. Its part name follows from it. */
  readonly target?: string;
}

export interface RawWorkbook {
  readonly sheets: readonly RawSheet[];
  /** `<si>` bodies, e.g. `<t>姓名</t>`. */
  readonly sharedStrings?: readonly string[];
  /** The whole styles part; default: one plain style. */
  readonly styles?: string;
  /** Extra markup inside `<workbook>` before `<sheets>`, e.g. `<workbookPr date1904="1"/>`. */
  readonly workbookPr?: string;
}

export interface ZipOptions {
  /** Deflate entries (default: stored). */
  readonly deflate?: boolean;
  /** Write sizes and CRC after each entry (general purpose flag bit 3), as streaming writers do. */
  readonly dataDescriptor?: boolean;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** A worksheet part around `<sheetData>` content (`<row>` elements); `after` follows sheetData (merges). */
export function worksheet(rows: string, after = ''): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${rows}</sheetData>${after}</worksheet>`;
}

/** A styles part whose cellXfs use these number formats (ids), with optional custom codes. */
export function styles(numFmtIds: readonly number[], custom: Readonly<Record<number, string>> = {}): string {
  const fmts = Object.entries(custom).map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
  const xfs = numFmtIds.map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"${id ? ' applyNumberFormat="1"' : ''}/>`);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN}">` +
    (fmts.length ? `<numFmts count="${fmts.length}">${fmts.join('')}</numFmts>` : '') +
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
    '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs></styleSheet>`
  );
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** All parts of a minimal workbook, by part name. */
export function workbookParts(spec: RawWorkbook): Map<string, string> {
  const parts = new Map<string, string>();
  const sheetTags: string[] = [];
  const rels: string[] = [];
  const overrides: string[] = [];
  spec.sheets.forEach((s, i) => {
    const target = s.target ?? `worksheets/sheet${i + 1}.xml`;
    const part = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    parts.set(part, s.xml);
    sheetTags.push(`<sheet name="${escapeAttr(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`);
    rels.push(`<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${target}"/>`);
    overrides.push(`<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
  });
  const n = spec.sheets.length;
  rels.push(`<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/>`);
  parts.set('xl/styles.xml', spec.styles ?? styles([0]));
  if (spec.sharedStrings) {
    rels.push(`<Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
    const sis = spec.sharedStrings.map((si) => `<si>${si}</si>`).join('');
    parts.set('xl/sharedStrings.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN}" count="${spec.sharedStrings.length}" uniqueCount="${spec.sharedStrings.length}">${sis}</sst>`);
  }
  parts.set(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${REL}">${spec.workbookPr ?? ''}<sheets>${sheetTags.join('')}</sheets></workbook>`,
  );
  parts.set('xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}">${rels.join('')}</Relationships>`);
  parts.set(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  parts.set(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      overrides.join('') +
      '</Types>',
  );
  return parts;
}

/** A zip of the given entries. */
export function zipParts(parts: ReadonlyMap<string, string | Buffer>, options: ZipOptions = {}): Buffer {
  const chunks: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of parts) {
    const raw = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const data = options.deflate ? deflateRawSync(raw) : raw;
    const method = options.deflate ? 8 : 0;
    const flags = options.dataDescriptor ? 0x0808 : 0x0800; // bit 11: UTF-8 names
    const n = Buffer.from(name, 'utf8');
    const crc = crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    if (!options.dataDescriptor) {
      local.writeUInt32LE(crc, 14);
      local.writeUInt32LE(data.length, 18);
      local.writeUInt32LE(raw.length, 22);
    }
    local.writeUInt16LE(n.length, 26);
    const descriptor = Buffer.alloc(options.dataDescriptor ? 16 : 0);
    if (options.dataDescriptor) {
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(crc, 4);
      descriptor.writeUInt32LE(data.length, 8);
      descriptor.writeUInt32LE(raw.length, 12);
    }
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    chunks.push(local, n, data, descriptor);
    centrals.push(central, n);
    offset += 30 + n.length + data.length + descriptor.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.size, 8);
  end.writeUInt16LE(parts.size, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, dir, end]);
}

/** Writes the workbook to a fresh temporary folder; returns its path. */
export async function writeRawWorkbook(file: string, spec: RawWorkbook | ReadonlyMap<string, string>, options?: ZipOptions): Promise<string> {
  const parts = spec instanceof Map ? spec : workbookParts(spec as RawWorkbook);
  const path = join(await tempDir(), file);
  await writeFile(path, zipParts(parts, options));
  return path;
}
