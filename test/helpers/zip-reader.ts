/** Reads a zip's central directory and its entries (stored or deflated), checking each CRC: for the packaging tests. */
import { readFileSync } from 'node:fs';
import { crc32, inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  readonly name: string;
  /** General-purpose flags (bit 11: the name is UTF-8). */
  readonly flags: number;
  readonly method: number;
  readonly size: number;
  readonly compressedSize: number;
  /** The entry's bytes, inflated and CRC-checked. */
  data(): Buffer;
}

export function readZip(path: string): ZipEntry[] {
  const zip = readFileSync(path);
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error(`${path}: no end of central directory`);
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${path}: bad central directory entry ${i}`);
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString(flags & 0x800 ? 'utf8' : 'latin1');
    at += 46 + nameLength + extra + comment;
    entries.push({
      name,
      flags,
      method,
      size,
      compressedSize,
      data() {
        if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error(`${name}: bad local header`);
        const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
        const body = zip.subarray(start, start + compressedSize);
        const bytes = method === 8 ? inflateRawSync(body) : method === 0 ? Buffer.from(body) : null;
        if (bytes === null) throw new Error(`${name}: compression method ${method}`);
        if (bytes.length !== size || crc32(bytes) >>> 0 !== crc) throw new Error(`${name}: size or CRC mismatch`);
        return bytes;
      },
    });
  }
  return entries;
}
