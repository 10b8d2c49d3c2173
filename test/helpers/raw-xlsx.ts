/**
 * Writes .xlsx files from hand-written part XML, for reader tests that need what exceljs
 * never writes: inline strings, t="d", namespace prefixes, rows without r=, absolute
 * relationship targets, deflated entries with data descriptors, zip64 records, and the
 * damaged and hostile zips of the adapter's hardening tests (sizes and CRCs that lie,
 * other compression methods, encryption flags, deflate streams that inflate to gigabytes).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { constants as zlibConstants, crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { entryData, readZipDirectory } from '../../src/ingest/excel/zip-directory.ts';
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
  /** Sizes and offsets as zip64 extra fields (0xFFFFFFFF in the headers) and a zip64 end record, as some .NET and Java writers do. */
  readonly zip64?: boolean;
}

/** One entry exactly as it goes into the zip: its bytes as stored, and what the headers declare. */
export interface RawEntry {
  readonly name: string;
  /** The bytes written (deflated when `method` is 8). */
  readonly data: Buffer;
  readonly method: number;
  /** Declared uncompressed size and CRC-32, true or not. */
  readonly size: number;
  readonly crc: number;
  /** General purpose flags beyond bit 11 (UTF-8 names): 1 = encrypted, 8 = data descriptor. */
  readonly flags?: number;
}

/** The raw entry of `content`, stored or deflated, with its true size and CRC-32. */
export function rawEntry(name: string, content: string | Buffer, deflate = true): RawEntry {
  const raw = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { name, data: deflate ? deflateRawSync(raw) : raw, method: deflate ? 8 : 0, size: raw.length, crc: crc32(raw) };
}

/**
 * A deflate stream of `prefix`, then `chunk` `times` over, then `suffix`, built without ever
 * holding the whole text: each piece is deflated once with a full flush (byte-aligned, no back
 * references across pieces), so the compressed chunk can be repeated. Size and CRC are the true ones.
 */
export function repeatedDeflate(prefix: string, chunk: string, times: number, suffix: string): { data: Buffer; size: number; crc: number } {
  const piece = (s: string) => deflateRawSync(Buffer.from(s, 'utf8'), { finishFlush: zlibConstants.Z_FULL_FLUSH });
  const middle = piece(chunk);
  const chunkBytes = Buffer.from(chunk, 'utf8');
  let crc = crc32(prefix);
  for (let i = 0; i < times; i++) crc = crc32(chunkBytes, crc);
  crc = crc32(suffix, crc);
  const data = Buffer.concat([piece(prefix), ...Array.from({ length: times }, () => middle), deflateRawSync(Buffer.from(suffix, 'utf8'))]);
  return { data, size: Buffer.byteLength(prefix) + chunkBytes.length * times + Buffer.byteLength(suffix), crc };
}

/** Every entry of a zip, inflated: what a test mutates and zips again. */
export function unzipParts(buf: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const e of readZipDirectory(buf) ?? []) {
    const data = entryData(buf, e);
    if (data) out.set(e.name, e.method === 0 ? Buffer.from(data) : inflateRawSync(data));
  }
  return out;
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

/** A zip of the given parts. */
export function zipParts(parts: ReadonlyMap<string, string | Buffer>, options: ZipOptions = {}): Buffer {
  const entries = [...parts].map(([name, content]) => {
    const e = rawEntry(name, content, options.deflate ?? false);
    return options.dataDescriptor ? { ...e, flags: 8 } : e;
  });
  return zipEntries(entries, options);
}

/** A zip of deflated parts, some of them replaced by raw entries (a bomb, a lying CRC…). */
export function zipPartsWith(parts: ReadonlyMap<string, string | Buffer>, raw: Readonly<Record<string, Omit<RawEntry, 'name'>>>, options: Pick<ZipOptions, 'zip64'> = {}): Buffer {
  return zipEntries(
    [...parts].map(([name, content]) => (raw[name] ? { ...raw[name], name } : rawEntry(name, content))),
    options,
  );
}

const MAX32 = 0xffffffff;

/** A zip of raw entries, their headers declaring what each entry says (a data descriptor when flag 8 is set). */
export function zipEntries(entries: readonly RawEntry[], options: Pick<ZipOptions, 'zip64'> = {}): Buffer {
  const chunks: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const flags = 0x0800 | (e.flags ?? 0); // bit 11: UTF-8 names
    const descriptor = (flags & 8) !== 0;
    const n = Buffer.from(e.name, 'utf8');
    // zip64: sizes and offset move to an extra field, 0xFFFFFFFF in the header
    const extra = Buffer.alloc(options.zip64 ? 28 : 0);
    if (options.zip64) {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(e.size), 4);
      extra.writeBigUInt64LE(BigInt(e.data.length), 12);
      extra.writeBigUInt64LE(BigInt(offset), 20);
    }
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(options.zip64 ? 45 : 20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(e.method, 8);
    if (!descriptor) {
      local.writeUInt32LE(e.crc, 14);
      local.writeUInt32LE(options.zip64 ? MAX32 : e.data.length, 18);
      local.writeUInt32LE(options.zip64 ? MAX32 : e.size, 22);
    }
    local.writeUInt16LE(n.length, 26);
    const localExtra = Buffer.alloc(options.zip64 ? 20 : 0); // sizes only, as writers put them
    if (options.zip64) {
      localExtra.writeUInt16LE(0x0001, 0);
      localExtra.writeUInt16LE(16, 2);
      localExtra.writeBigUInt64LE(BigInt(e.size), 4);
      localExtra.writeBigUInt64LE(BigInt(e.data.length), 12);
    }
    local.writeUInt16LE(localExtra.length, 28);
    const dd = Buffer.alloc(descriptor ? 16 : 0);
    if (descriptor) {
      dd.writeUInt32LE(0x08074b50, 0);
      dd.writeUInt32LE(e.crc, 4);
      dd.writeUInt32LE(e.data.length, 8);
      dd.writeUInt32LE(e.size, 12);
    }
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(options.zip64 ? 45 : 20, 4);
    central.writeUInt16LE(options.zip64 ? 45 : 20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.crc, 16);
    central.writeUInt32LE(options.zip64 ? MAX32 : e.data.length, 20);
    central.writeUInt32LE(options.zip64 ? MAX32 : e.size, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt16LE(options.zip64 ? 28 : 0, 30);
    central.writeUInt32LE(options.zip64 ? MAX32 : offset, 42);
    chunks.push(local, n, localExtra, e.data, dd);
    centrals.push(central, n, extra);
    offset += 30 + n.length + localExtra.length + e.data.length + dd.length;
  }
  const dir = Buffer.concat(centrals);
  const tail: Buffer[] = [];
  if (options.zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(45, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(entries.length), 24);
    record.writeBigUInt64LE(BigInt(entries.length), 32);
    record.writeBigUInt64LE(BigInt(dir.length), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + dir.length), 8);
    locator.writeUInt32LE(1, 16);
    tail.push(record, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(options.zip64 ? 0xffff : entries.length, 8);
  end.writeUInt16LE(options.zip64 ? 0xffff : entries.length, 10);
  end.writeUInt32LE(options.zip64 ? MAX32 : dir.length, 12);
  end.writeUInt32LE(options.zip64 ? MAX32 : offset, 16);
  return Buffer.concat([...chunks, dir, ...tail, end]);
}

/** Writes the workbook to a fresh temporary folder; returns its path. */
export async function writeRawWorkbook(file: string, spec: RawWorkbook | ReadonlyMap<string, string>, options?: ZipOptions): Promise<string> {
  const parts = spec instanceof Map ? spec : workbookParts(spec as RawWorkbook);
  const path = join(await tempDir(), file);
  await writeFile(path, zipParts(parts, options));
  return path;
}
