import { createInflateRaw } from 'node:zlib';
import { entryData, readZipDirectory, type ZipEntry } from './zip-directory.ts';

export interface ReadLimits {
  /** Uncompressed bytes of all worksheet and shared-string XML together. Default 200 MB. */
  readonly maxXmlBytes: number;
  /** Cells in the whole workbook. Default 5 million. */
  readonly maxCells: number;
}

export const DEFAULT_LIMITS: ReadLimits = { maxXmlBytes: 200 * 1024 * 1024, maxCells: 5_000_000 };

/** The smallest XML one cell can take (`<c r="A1"/>`): below this many bytes per allowed cell no count is needed. */
const MIN_BYTES_PER_CELL = 11;

export type LimitVerdict = { readonly ok: true } | { readonly ok: false; readonly what: string };

const isSheetXml = (e: ZipEntry) => /^xl\/worksheets\/[^/]+\.xml$/i.test(e.name);
const isCountedXml = (e: ZipEntry) => isSheetXml(e) || /^xl\/sharedStrings\.xml$/i.test(e.name);

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Judges a workbook against the limits before it is loaded: sizes from the zip directory, cells by a streaming count. */
export async function checkLimits(buf: Buffer, limits: ReadLimits): Promise<LimitVerdict> {
  const entries = readZipDirectory(buf);
  if (!entries) return { ok: true }; // not our call: the loader reports the damage
  const xmlBytes = entries.filter(isCountedXml).reduce((n, e) => n + e.uncompressedSize, 0);
  if (xmlBytes > limits.maxXmlBytes) {
    return { ok: false, what: `表格内容解压后 ${mb(xmlBytes)}，上限 ${mb(limits.maxXmlBytes)}` };
  }
  const sheets = entries.filter(isSheetXml);
  const sheetBytes = sheets.reduce((n, e) => n + e.uncompressedSize, 0);
  if (sheetBytes <= limits.maxCells * MIN_BYTES_PER_CELL) return { ok: true };
  let cells = 0;
  for (const entry of sheets) {
    cells += await countCells(buf, entry, limits.maxCells - cells + 1);
    if (cells > limits.maxCells) {
      return { ok: false, what: `单元格超过 ${limits.maxCells.toLocaleString('en-US')} 个` };
    }
  }
  return { ok: true };
}

const CELL_TAG = /<(?:[A-Za-z_][\w.-]*:)?c[\s>/]/g;

/** Counts `<c>` elements in one worksheet entry, streaming, stopping once `stopAt` is reached. */
async function countCells(buf: Buffer, entry: ZipEntry, stopAt: number): Promise<number> {
  const data = entryData(buf, entry);
  if (data === null) return 0; // not our call: the reader reports the damage
  if (entry.method === 0) return (data.toString('latin1').match(CELL_TAG) ?? []).length;
  return new Promise((resolve) => {
    let count = 0;
    let carry = '';
    const inflate = createInflateRaw();
    const finish = () => resolve(count);
    inflate.on('data', (chunk: Buffer) => {
      const text = carry + chunk.toString('latin1');
      count += (text.match(CELL_TAG) ?? []).length;
      // keep a short tail so a tag split across chunks is seen once, not twice or never
      const cut = text.lastIndexOf('<');
      carry = cut >= 0 && cut > text.length - 16 ? text.slice(cut) : '';
      if (carry) count -= (carry.match(CELL_TAG) ?? []).length;
      if (count >= stopAt) {
        inflate.destroy();
        finish();
      }
    });
    inflate.on('end', finish);
    inflate.on('error', finish);
    inflate.end(data);
  });
}
