/** The content.xml of an OpenDocument package, inflated: what the hidden-table scan and the cell count read. */
import { inflateRawSync } from 'node:zlib';
import { entryData, readZipDirectory, type ZipEntry } from '../excel/zip-directory.ts';

export const contentEntry = (buf: Buffer): ZipEntry | undefined => readZipDirectory(buf)?.find((e) => e.name === 'content.xml');

/**
 * The entry's text; `too-large` when it inflates past `maxBytes` (whatever size its header
 * declares); null when it cannot be read, for SheetJS to report the damage.
 */
export function contentXml(buf: Buffer, entry: ZipEntry, maxBytes: number): string | null | 'too-large' {
  const data = entryData(buf, entry);
  if (!data) return null;
  if (entry.method === 0) return data.length > maxBytes ? 'too-large' : data.toString('utf8');
  try {
    return inflateRawSync(data, { maxOutputLength: maxBytes }).toString('utf8');
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? 'too-large' : null;
  }
}
