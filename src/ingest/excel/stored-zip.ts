/**
 * Writes a zip of stored (uncompressed) entries of known size and CRC-32. Each entry's bytes
 * are asked for in turn and copied in, so that only one of them is held besides the zip.
 */
import { unreadable } from './damage.ts';

export interface StoredEntry {
  readonly name: string;
  readonly size: number;
  readonly crc32: number;
  /** Exactly `size` bytes. */
  readonly bytes: () => Buffer;
}

const UTF8_NAMES = 0x0800;
/** What a zip's end record can count without zip64 records. */
const MAX_ENTRIES = 0xffff;

export function storedZip(entries: readonly StoredEntry[]): Buffer {
  const names = entries.map((e) => Buffer.from(e.name, 'utf8'));
  const dataSize = entries.reduce((n, e, i) => n + 30 + names[i]!.length + e.size, 0);
  const dirSize = names.reduce((n, name) => n + 46 + name.length, 0);
  // the read's budget keeps the bytes far below 4 GB (limits.ts); the count has no such bound
  if (entries.length > MAX_ENTRIES) unreadable('source_too_large', { limit: { kind: 'parts', max: MAX_ENTRIES } });
  const out = Buffer.alloc(dataSize + dirSize + 22);
  let at = 0;
  let dir = dataSize;
  entries.forEach((e, i) => {
    const name = names[i]!;
    const bytes = e.bytes();
    if (bytes.length !== e.size) throw new RangeError(`stored entry ${e.name}: ${bytes.length} bytes, not ${e.size}`);
    out.writeUInt32LE(0x04034b50, at);
    out.writeUInt16LE(20, at + 4);
    out.writeUInt16LE(UTF8_NAMES, at + 6);
    out.writeUInt32LE(e.crc32, at + 14);
    out.writeUInt32LE(e.size, at + 18);
    out.writeUInt32LE(e.size, at + 22);
    out.writeUInt16LE(name.length, at + 26);
    name.copy(out, at + 30);
    bytes.copy(out, at + 30 + name.length);
    out.writeUInt32LE(0x02014b50, dir);
    out.writeUInt16LE(20, dir + 4);
    out.writeUInt16LE(20, dir + 6);
    out.writeUInt16LE(UTF8_NAMES, dir + 8);
    out.writeUInt32LE(e.crc32, dir + 16);
    out.writeUInt32LE(e.size, dir + 20);
    out.writeUInt32LE(e.size, dir + 24);
    out.writeUInt16LE(name.length, dir + 28);
    out.writeUInt32LE(at, dir + 42);
    name.copy(out, dir + 46);
    at += 30 + name.length + e.size;
    dir += 46 + name.length;
  });
  out.writeUInt32LE(0x06054b50, dir);
  out.writeUInt16LE(entries.length, dir + 8);
  out.writeUInt16LE(entries.length, dir + 10);
  out.writeUInt32LE(dirSize, dir + 12);
  out.writeUInt32LE(dataSize, dir + 16);
  return out;
}
