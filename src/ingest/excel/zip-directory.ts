/**
 * Reads a zip's central directory (names, sizes, CRC-32, flags) without inflating anything,
 * so a workbook's size can be judged before it is loaded. Zip64 sizes and offsets are read.
 */

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  /** General purpose flags: bit 0 = encrypted. */
  readonly flags: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const ZIP64_EXTRA = 0x0001;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;

interface Directory {
  readonly count: number;
  readonly offset: number;
}

/** Returns the entries, or null when the buffer is not a readable zip. */
export function readZipDirectory(buf: Buffer): ZipEntry[] | null {
  const dir = directory(buf);
  if (!dir) return null;
  let offset = dir.offset;
  const entries: ZipEntry[] = [];
  for (let i = 0; i < dir.count; i++) {
    if (offset + 46 > buf.length || buf.readUInt32LE(offset) !== CENTRAL_SIGNATURE) return null;
    const nameLength = buf.readUInt16LE(offset + 28);
    const extraLength = buf.readUInt16LE(offset + 30);
    const commentLength = buf.readUInt16LE(offset + 32);
    const extraStart = offset + 46 + nameLength;
    if (extraStart + extraLength > buf.length) return null;
    const sizes = zip64Sizes(buf.subarray(extraStart, extraStart + extraLength), {
      uncompressedSize: buf.readUInt32LE(offset + 24),
      compressedSize: buf.readUInt32LE(offset + 20),
      localHeaderOffset: buf.readUInt32LE(offset + 42),
    });
    if (!sizes) return null;
    entries.push({
      name: buf.toString('utf8', offset + 46, extraStart),
      method: buf.readUInt16LE(offset + 10),
      flags: buf.readUInt16LE(offset + 8),
      crc32: buf.readUInt32LE(offset + 16),
      ...sizes,
    });
    offset = extraStart + extraLength + commentLength;
  }
  return entries;
}

/** Where the central directory starts and how many entries it lists, from the (zip64) end record. */
function directory(buf: Buffer): Directory | null {
  const min = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = buf.readUInt16LE(eocd + 10);
  const offset = buf.readUInt32LE(eocd + 16);
  if (count !== MAX16 && offset !== MAX32 && buf.readUInt32LE(eocd + 12) !== MAX32) return { count, offset };
  // zip64: the locator just before the end record points at the zip64 end record
  const locator = eocd - 20;
  if (locator < 0 || buf.readUInt32LE(locator) !== ZIP64_LOCATOR_SIGNATURE) return null;
  const record = safeNumber(buf.readBigUInt64LE(locator + 8));
  if (record === null || record + 56 > buf.length || buf.readUInt32LE(record) !== ZIP64_EOCD_SIGNATURE) return null;
  const count64 = safeNumber(buf.readBigUInt64LE(record + 32));
  const offset64 = safeNumber(buf.readBigUInt64LE(record + 48));
  return count64 === null || offset64 === null ? null : { count: count64, offset: offset64 };
}

type Sizes = { -readonly [K in 'uncompressedSize' | 'compressedSize' | 'localHeaderOffset']: number };

/** Sizes and offset saturated at 0xFFFFFFFF are in the zip64 extra field, in this order. */
function zip64Sizes(extra: Buffer, sizes: Sizes): Sizes | null {
  if (sizes.uncompressedSize !== MAX32 && sizes.compressedSize !== MAX32 && sizes.localHeaderOffset !== MAX32) return sizes;
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const size = extra.readUInt16LE(at + 2);
    if (id === ZIP64_EXTRA) {
      const out: Sizes = { ...sizes };
      let p = at + 4;
      for (const key of ['uncompressedSize', 'compressedSize', 'localHeaderOffset'] as const) {
        if (out[key] !== MAX32) continue;
        if (p + 8 > at + 4 + size || p + 8 > extra.length) return null;
        const n = safeNumber(extra.readBigUInt64LE(p));
        if (n === null) return null;
        out[key] = n;
        p += 8;
      }
      return out;
    }
    at += 4 + size;
  }
  return null;
}

const safeNumber = (n: bigint): number | null => (n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : null);

const LOCAL_SIGNATURE = 0x04034b50;

/**
 * An entry's compressed bytes, located through its local header (whose name and extra
 * field lengths may differ from the central directory's); null when the header is not
 * there or the data runs past the end of the file.
 */
export function entryData(buf: Buffer, entry: ZipEntry): Buffer | null {
  const at = entry.localHeaderOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL_SIGNATURE) return null;
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  return end > buf.length ? null : buf.subarray(start, end);
}
