/** The parts (entries) of an xlsx zip, looked up by name and inflated on demand. */
import { inflateRawSync } from 'node:zlib';
import { entryData, readZipDirectory, type ZipEntry } from '../zip-directory.ts';
import { unsupported } from './unsupported.ts';

const ZIP64_MARK = 0xffffffff;
const UTF8_BOM = '\ufeff';

export class PackageParts {
  /** Part names are case-insensitive (OPC); a leading `/` is dropped. */
  private readonly byName = new Map<string, ZipEntry>();

  constructor(private readonly buf: Buffer) {
    const entries = readZipDirectory(buf);
    if (!entries) unsupported('zip directory unreadable');
    for (const e of entries) this.byName.set(partKey(e.name), e);
  }

  has(name: string): boolean {
    return this.byName.has(partKey(name));
  }

  /** The part as text (UTF-8, BOM dropped), or undefined when the zip has no such part. */
  text(name: string): string | undefined {
    const entry = this.byName.get(partKey(name));
    if (!entry) return undefined;
    const bytes = this.bytes(entry);
    if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
      unsupported(`UTF-16 part ${name}`);
    }
    const text = bytes.toString('utf8');
    const xml = text.startsWith(UTF8_BOM) ? text.slice(1) : text;
    const declared = /^<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/.exec(xml)?.[1];
    if (declared && !/^utf-?8$/i.test(declared)) unsupported(`part ${name} declares encoding ${declared}`);
    return xml;
  }

  private bytes(entry: ZipEntry): Buffer {
    const at = entry.localHeaderOffset;
    if (entry.compressedSize === ZIP64_MARK || entry.uncompressedSize === ZIP64_MARK || at === ZIP64_MARK) unsupported('zip64');
    // sizes come from the central directory, so entries with a data descriptor read the same way
    const data = entryData(this.buf, entry);
    if (data === null) unsupported(`bad local header or truncated entry ${entry.name}`);
    if (this.buf.readUInt16LE(at + 6) & 1) unsupported('encrypted zip entry');
    if (entry.method === 0) return data;
    if (entry.method !== 8) unsupported(`compression method ${entry.method}`);
    try {
      // the declared size bounds the output (a part inflating beyond it is not what the limits judged);
      // one output chunk of that size spares zlib from joining many small ones
      const size = entry.uncompressedSize;
      return inflateRawSync(data, { maxOutputLength: Math.max(1, size), chunkSize: Math.min(Math.max(size + 1, 16 * 1024), 64 * 1024 * 1024) });
    } catch {
      return unsupported(`entry ${entry.name} does not inflate`);
    }
  }
}

function partKey(name: string): string {
  return (name.startsWith('/') ? name.slice(1) : name).toLowerCase();
}
