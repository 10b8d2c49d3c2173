/**
 * The floor of reading a workbook, run in its own process by bench/sections/ingest.ts:
 *   node --import tsx bench/floor-read.ts <file.xlsx>
 * Unzips every worksheet part and the shared strings with the code base's own zip reader
 * (node:zlib underneath) and tokenises their XML: every tag's name is found and `<c>` cells
 * and their `<v>`/`<t>` values are counted. Nothing is decoded, kept or built, so no reader
 * that yields cell values can be faster. Prints one JSON line.
 */
import { readFile } from 'node:fs/promises';
import { readZipDirectory } from '../src/ingest/excel/zip-directory.ts';
import { inflateEntry } from '../src/ingest/excel/zip-entry.ts';

export interface FloorRead {
  readonly seconds: number;
  /** CPU seconds (user + system). */
  readonly cpuSeconds: number;
  readonly maxRssMiB: number;
  /** `<c>` start tags in the worksheet parts. */
  readonly cells: number;
  /** `<v>` and `<t>` start tags (cell values, inline and shared string texts). */
  readonly values: number;
  readonly tags: number;
  /** Uncompressed bytes tokenised. */
  readonly bytes: number;
}

const LT = 0x3c;
const SLASH = 0x2f;

/** Counts the tags of one XML part by their name's first bytes: a tokeniser that stops at names. */
function tokenise(xml: Buffer, counts: { cells: number; values: number; tags: number }): void {
  let p = xml.indexOf(LT);
  while (p >= 0) {
    const c1 = xml[p + 1];
    if (c1 !== SLASH) {
      counts.tags++;
      const c2 = xml[p + 2];
      // c, v, t followed by a space, '>' or '/'
      const single = c2 === 0x20 || c2 === 0x3e || c2 === SLASH;
      if (single && c1 === 0x63) counts.cells++;
      else if (single && (c1 === 0x76 || c1 === 0x74)) counts.values++;
    }
    p = xml.indexOf(LT, p + 1);
  }
}

const [file] = process.argv.slice(2);
if (!file) {
  console.error('usage: node --import tsx bench/floor-read.ts <file.xlsx>');
  process.exit(2);
}

const started = performance.now();
const cpuStarted = process.cpuUsage();
const buf = await readFile(file);
const entries = readZipDirectory(buf) ?? [];
const counts = { cells: 0, values: 0, tags: 0 };
let bytes = 0;
for (const entry of entries) {
  if (!/^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/i.test(entry.name)) continue;
  const xml = inflateEntry(buf, entry);
  bytes += xml.length;
  tokenise(xml, counts);
}
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStarted);
const out: FloorRead = { seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, maxRssMiB: process.resourceUsage().maxRSS / 1024, ...counts, bytes };
console.log(JSON.stringify(out));
