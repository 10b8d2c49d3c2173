import JSZip from 'jszip';
import { inflateRawSync } from 'node:zlib';
import { readZipDirectory, type ZipEntry } from './zip-directory.ts';

const SHEET = /^xl\/worksheets\/[^/]+\.xml$/i;
const VALIDATIONS = /<(?:\w+:)?dataValidations[\s>][\s\S]*?<\/(?:\w+:)?dataValidations>/g;

function entryText(buf: Buffer, e: ZipEntry): string {
  const nameLength = buf.readUInt16LE(e.localHeaderOffset + 26);
  const extraLength = buf.readUInt16LE(e.localHeaderOffset + 28);
  const start = e.localHeaderOffset + 30 + nameLength + extraLength;
  const data = buf.subarray(start, start + e.compressedSize);
  return (e.method === 0 ? data : inflateRawSync(data)).toString('utf8');
}

/**
 * Removes data-validation lists (dropdowns) from worksheets. We never read them, and
 * exceljs expands a validation over a whole column (`K3:K1048576`) into a million cells,
 * which stalls on ordinary rosters. Returns the buffer unchanged when there are none.
 */
export async function stripDataValidations(buf: Buffer): Promise<Buffer> {
  const entries = readZipDirectory(buf);
  if (!entries) return buf;
  const touched = new Map<string, string>();
  for (const e of entries) {
    if (!SHEET.test(e.name)) continue;
    let xml: string;
    try {
      xml = entryText(buf, e);
    } catch {
      return buf; // damaged: let the loader report it
    }
    if (xml.includes('dataValidations')) touched.set(e.name, xml.replace(VALIDATIONS, ''));
  }
  if (touched.size === 0) return buf;
  const zip = await JSZip.loadAsync(buf);
  for (const [name, xml] of touched) zip.file(name, xml);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
}
