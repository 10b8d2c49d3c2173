/**
 * What SheetJS is given for an .ods: only the parts its OpenDocument reader acts on, each
 * inflated here within its declared size and the limits and checked against its CRC-32
 * (excel/zip-entry.ts), re-packed uncompressed. SheetJS's own unzip inflates every entry of a
 * package at once with no limit; given this package it inflates nothing.
 */
import { unreadable } from '../excel/damage.ts';
import { ReadBudget, type ReadLimits } from '../excel/limits.ts';
import { storedZip } from '../excel/stored-zip.ts';
import { readZipDirectory, type ZipEntry } from '../excel/zip-directory.ts';
import { inflateEntry } from '../excel/zip-entry.ts';

/** Entry names SheetJS 0.20.3 reads from an OpenDocument package (xlsx.js `parse_zip`, `parse_ods`). */
const SHEETJS_READS = new Set(['mimetype', 'META-INF/manifest.xml', 'styles.xml', 'content.xml', 'meta.xml']);

export interface OdsPackage {
  /** A stored zip of the parts SheetJS reads. */
  readonly zip: Buffer;
  /** content.xml's text (the hidden-table scan and the cell count read it); null when the package has none. */
  readonly content: string | null;
}

/** Throws WorkbookUnreadable: a damaged directory or entry, or parts past the limits. */
export function odsPackage(buf: Buffer, limits: ReadLimits): OdsPackage {
  const directory = readZipDirectory(buf) ?? unreadable('source_damaged', { damage: 'directory' });
  const byName = new Map<string, ZipEntry>();
  for (const e of directory) if (SHEETJS_READS.has(e.name)) byName.set(e.name, e);
  const budget = new ReadBudget(limits);
  budget.ensureBytes([...byName.values()].reduce((n, e) => n + e.uncompressedSize, 0));
  let content: string | null = null;
  const zip = storedZip(
    [...byName].map(([name, entry]) => ({
      name,
      size: entry.uncompressedSize,
      crc32: entry.crc32,
      bytes: () => {
        budget.spendBytes(entry.uncompressedSize);
        const bytes = inflateEntry(buf, entry);
        if (name === 'content.xml') content = bytes.toString('utf8');
        return bytes;
      },
    })),
  );
  return { zip, content };
}
