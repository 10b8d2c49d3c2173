/**
 * The parts of a zip another library is allowed to read, re-packed uncompressed: each part
 * inflated here within its declared size and the limits and checked against its CRC-32
 * (./zip-entry.ts), so that the library's own unzip, which has no limit, inflates nothing.
 */
import { unreadable } from './damage.ts';
import { ReadBudget, type ReadLimits } from './limits.ts';
import { storedZip } from './stored-zip.ts';
import { readZipDirectory, type ZipEntry } from './zip-directory.ts';
import { inflateEntry } from './zip-entry.ts';

/**
 * `pick` names the entries to keep (by the name they go under, the last of two of one name
 * winning) or returns null; `inflated` sees each part's bytes as they are written, with the
 * budget, to count what they hold. Throws WorkbookUnreadable.
 */
export function repackWithin(
  buf: Buffer,
  limits: ReadLimits,
  pick: (entry: ZipEntry) => string | null,
  inflated: (name: string, bytes: Buffer, budget: ReadBudget) => void = () => {},
): Buffer {
  const directory = readZipDirectory(buf) ?? unreadable('source_damaged', { damage: 'directory' });
  const byName = new Map<string, ZipEntry>();
  for (const e of directory) {
    const name = pick(e);
    if (name !== null) byName.set(name, e);
  }
  const budget = new ReadBudget(limits);
  budget.ensureBytes([...byName.values()].reduce((n, e) => n + e.uncompressedSize, 0));
  return storedZip(
    [...byName].map(([name, entry]) => ({
      name,
      size: entry.uncompressedSize,
      crc32: entry.crc32,
      bytes: () => {
        budget.spendBytes(entry.uncompressedSize);
        const bytes = inflateEntry(buf, entry);
        inflated(name, bytes, budget);
        return bytes;
      },
    })),
  );
}
