/**
 * The parts (entries) of an xlsx zip, looked up by name and inflated on demand: each one
 * charged to the read's budget by its declared size first, then inflated no further than
 * that size and checked against its CRC-32 (../zip-entry.ts).
 */
import { constants as bufferConstants } from 'node:buffer';
import { unreadable } from '../damage.ts';
import type { ReadBudget } from '../limits.ts';
import { readZipDirectory, type ZipEntry } from '../zip-directory.ts';
import { inflateEntry } from '../zip-entry.ts';
import { utf8Xml } from './xml-bytes.ts';

export class PackageParts {
  /** Part names are case-insensitive (OPC); a leading `/` is dropped. */
  private readonly byName = new Map<string, ZipEntry>();

  constructor(
    private readonly buf: Buffer,
    private readonly budget: ReadBudget,
  ) {
    const entries = readZipDirectory(buf) ?? unreadable('source_damaged', { damage: 'directory' });
    for (const e of entries) this.byName.set(partKey(e.name), e);
  }

  has(name: string): boolean {
    return this.byName.has(partKey(name));
  }

  /** Whether any part lies in the folder `prefix` (`xl/`). */
  hasFolder(prefix: string): boolean {
    const key = partKey(prefix);
    for (const name of this.byName.keys()) if (name.startsWith(key)) return true;
    return false;
  }

  /** The size the directory declares for a part; 0 when there is no such part. */
  declaredSize(name: string): number {
    return this.byName.get(partKey(name))?.uncompressedSize ?? 0;
  }

  /** The part's bytes as stored, or undefined when the zip has no such part. */
  bytes(name: string): Buffer | undefined {
    const entry = this.byName.get(partKey(name));
    if (!entry) return undefined;
    this.budget.spendBytes(entry.uncompressedSize);
    return inflateEntry(this.buf, entry);
  }

  /** The part as UTF-8 XML (./xml-bytes.ts), for the tag walker. */
  xml(name: string): Buffer | undefined {
    const bytes = this.bytes(name);
    return bytes && utf8Xml(bytes);
  }

  /** The part as one string, for the hand-written scanners. */
  text(name: string): string | undefined {
    const size = this.declaredSize(name);
    if (size > bufferConstants.MAX_STRING_LENGTH) {
      unreadable('source_too_large', { limit: { kind: 'part', bytes: size, max: bufferConstants.MAX_STRING_LENGTH } });
    }
    return this.xml(name)?.toString('utf8');
  }
}

function partKey(name: string): string {
  return (name.startsWith('/') ? name.slice(1) : name).toLowerCase();
}
