/**
 * A seeded, bounded mutation run over the fixtures' workbooks: bit flips and truncations of
 * the zip, XML edits inside the inflated parts (zipped again, so that the damage is in the
 * XML, not the CRC), and directory sizes that lie. For every mutant, reading it gives a
 * workbook with a sheet or one SourceError (never another exception, never a workbook with
 * no sheet), in Chinese; the whole ingest of it accounts for every row of every sheet; and
 * memory stays bounded. Deterministic: a failure names its mutant, which is rebuilt from SEED.
 */
import { readdirSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readExcelWorkbook } from '../../../src/ingest/excel/read-workbook.ts';
import { ingest } from '../../../src/ingest/index.ts';
import { SourceError } from '../../../src/ingest/issues.ts';
import { rawEntry, unzipParts, zipEntries, zipParts } from '../../helpers/raw-xlsx.ts';
import { tempDir } from '../../helpers/workbook.ts';

const FIXTURES = join(import.meta.dirname, '../../../fixtures');
const SEED = 20261122;
const COUNTS = { flip: 120, truncate: 30, xml: 150, element: 30, size: 20 } as const;
/** Resident memory the whole run may add (the largest fixture inflates to well under 1 MB). */
const MAX_RSS_GROWTH = 256 * 1024 * 1024;

/** Park–Miller: the same mutants on every run and machine. */
function prng(seed: number): { int(n: number): number; pick<T>(xs: readonly T[]): T } {
  let s = seed % 2147483647;
  const next = () => (s = (s * 48271) % 2147483647) / 2147483647;
  return { int: (n) => Math.floor(next() * n), pick: (xs) => xs[Math.floor(next() * xs.length)]! };
}

/** Text dropped into XML: markup, references and values a reader must not choke on. */
const TOKENS = [
  '<', '>', '&', '"', "'", '&amp;', '&nbsp;', '&#0;', '&#x110000;', '&e;', '<!DOCTYPE x [<!ENTITY e "zz">]>', '<![CDATA[', ']]>', '<!--', '-->', '<?x',
  '<c>', '</c>', '<row>', '</row>', '<v>', '</v>', '<c r="XFE1"><v>1</v></c>', '<c r="A1048577"/>', 't="s"', 't="d"', 't="inlineStr"', 't="b"',
  '<is><t>文字</t></is>', '<f>SUM(A1)</f>', 's="9999"', 'r="0"', '99999999999', '-1', '1e309', 'NaN', '<mergeCell ref="A1:XFD1048576"/>',
  '<mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/>', '<sheet name="" sheetId="1" r:id="rId1"/>', 'numFmtId="14"', '\u0000', '\uFFFE', '\r\n', '姓名',
];

interface Mutant {
  readonly id: string;
  readonly file: string;
  readonly bytes: Buffer;
}

function* mutants(fixtures: ReadonlyMap<string, Buffer>): Generator<Mutant> {
  const rnd = prng(SEED);
  const files = [...fixtures.keys()];
  for (let i = 0; i < COUNTS.flip; i++) {
    const file = rnd.pick(files);
    const bytes = Buffer.from(fixtures.get(file)!);
    const flips = 1 + rnd.int(4);
    for (let k = 0; k < flips; k++) bytes[rnd.int(bytes.length)]! ^= 1 << rnd.int(8);
    yield { id: `flip-${i}`, file, bytes };
  }
  for (let i = 0; i < COUNTS.truncate; i++) {
    const file = rnd.pick(files);
    const whole = fixtures.get(file)!;
    yield { id: `truncate-${i}`, file, bytes: whole.subarray(0, 4 + rnd.int(whole.length - 4)) };
  }
  for (let i = 0; i < COUNTS.xml; i++) {
    const file = rnd.pick(files);
    const parts = unzipParts(fixtures.get(file)!);
    const name = rnd.pick([...parts.keys()].filter((n) => /\.(xml|rels)$/.test(n)));
    parts.set(name, Buffer.from(editXml(parts.get(name)!.toString('utf8'), rnd), 'utf8'));
    yield { id: `xml-${i}-${name}`, file, bytes: zipParts(parts, { deflate: true }) };
  }
  for (let i = 0; i < COUNTS.element; i++) {
    // an element of the package's structure dropped: a sheet, a relationship, the whole list of sheets
    const file = rnd.pick(files);
    const parts = unzipParts(fixtures.get(file)!);
    const name = rnd.pick(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '_rels/.rels', '[Content_Types].xml']);
    const xml = parts.get(name)?.toString('utf8') ?? '';
    const elements = [...xml.matchAll(/<(sheets|sheet|Relationship|Override)\b[^>]*\/>|<sheets>[\s\S]*?<\/sheets>/g)];
    if (elements.length === 0) continue;
    const all = rnd.int(3) === 0;
    const gone = all ? xml.replace(/<(sheet|Relationship|Override)\b[^>]*\/>/g, '') : ((m) => xml.slice(0, m.index) + xml.slice(m.index + m[0].length))(rnd.pick(elements));
    parts.set(name, Buffer.from(gone, 'utf8'));
    yield { id: `element-${i}-${name}${all ? '-all' : ''}`, file, bytes: zipParts(parts, { deflate: true }) };
  }
  for (let i = 0; i < COUNTS.size; i++) {
    const file = rnd.pick(files);
    const entries = [...unzipParts(fixtures.get(file)!)].map(([name, content]) => rawEntry(name, content));
    const at = rnd.int(entries.length);
    const e = entries[at]!;
    const size = Math.min(Math.max(0, rnd.pick([0, 1, e.size - 1, e.size + 1, e.size * 1000, 0x7fffffff])), 0xffffffff);
    entries[at] = { ...e, size };
    yield { id: `size-${i}-${e.name}-${size}`, file, bytes: zipEntries(entries) };
  }
}

/** One edit of the XML text: a span deleted, repeated or cut off, a token inserted, a digit changed. */
function editXml(xml: string, rnd: ReturnType<typeof prng>): string {
  const at = rnd.int(xml.length);
  const span = 1 + rnd.int(40);
  switch (rnd.int(6)) {
    case 0:
      return xml.slice(0, at) + xml.slice(at + span);
    case 1:
      return xml.slice(0, at) + xml.slice(at, at + span).repeat(2 + rnd.int(3)) + xml.slice(at + span);
    case 2:
      return xml.slice(0, at);
    case 3: {
      const digits = [...xml.matchAll(/\d+/g)];
      if (digits.length === 0) return xml;
      const d = rnd.pick(digits);
      return xml.slice(0, d.index) + rnd.pick(['0', '7', '1048577', '16385', '4294967296', '']) + xml.slice(d.index + d[0].length);
    }
    default: {
      // a token at a tag boundary or anywhere
      const lt = xml.indexOf('<', at);
      const where = rnd.int(2) === 0 && lt >= 0 ? lt : at;
      return xml.slice(0, where) + rnd.pick(TOKENS) + xml.slice(where);
    }
  }
}

/** English in a message outside what the file wrote (in “”) and product names: an internal error leaking out. */
function englishIn(message: string): string[] {
  const bare = message.replace(/“[^”]*”/g, '').replace(/Excel|WPS|LibreOffice|OpenDocument|Google|XFD\d+|\.xlsx|\.xls|\.ods|MB|[A-Z]{1,3}\d+(:[A-Z]{1,3}\d+)?/g, '');
  return bare.match(/[A-Za-z]{2,}/g) ?? [];
}

let dir: string;
const fixtures = new Map<string, Buffer>();
beforeAll(async () => {
  dir = await tempDir();
  for (const f of readdirSync(FIXTURES).filter((x) => x.endsWith('.xlsx')).sort()) fixtures.set(f, await readFile(join(FIXTURES, f)));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('mutants of the fixtures’ workbooks', () => {
  it(`${Object.values(COUNTS).reduce((a: number, b) => a + b, 0)} mutants: a sheet or one SourceError, rows accounted for, memory bounded`, async () => {
    const failures: string[] = [];
    const outcomes = new Map<string, number>();
    const count = (key: string) => outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    const rss0 = process.memoryUsage.rss();
    let rssMax = rss0;
    for (const m of mutants(fixtures)) {
      const folder = join(dir, m.id.replace(/[^\w.-]/g, '_'));
      await mkdir(folder);
      const path = join(folder, m.file);
      await writeFile(path, m.bytes);
      const fail = (what: string) => failures.push(`${m.id} (${m.file}): ${what}`);

      let refusedAs: string | null = null;
      try {
        const read = await readExcelWorkbook(path);
        const hiddenOnly = read.workbook.sheets.length === 0 && read.notes.length > 0 && read.notes.every((n) => n.code === 'sheet_hidden');
        if (read.workbook.sheets.length === 0 && !hiddenOnly) fail('a workbook with no sheet');
        count(hiddenOnly ? 'read (all sheets hidden)' : 'read');
      } catch (e) {
        if (!(e instanceof SourceError)) {
          fail(`${(e as Error).name}: ${(e as Error).message}`.slice(0, 200));
          continue;
        }
        refusedAs = e.issue.code;
        count(e.issue.code);
        if (/\n/.test(e.issue.message)) fail(`a message of several lines: ${e.issue.message}`);
        if (englishIn(e.issue.message).length) fail(`English in “${e.issue.message}”`);
      }

      try {
        const res = await ingest([path], { today: '2026-07-15' });
        if (refusedAs !== null && !res.fatal.some((f) => f.code === refusedAs)) fail(`ingest did not refuse it as ${refusedAs}`);
        for (const s of res.sheets) {
          if (s.rows_read !== s.rows_used + s.rows_skipped + s.rows_rejected) fail(`${s.sheet}: ${s.rows_read} read ≠ ${s.rows_used} + ${s.rows_skipped} + ${s.rows_rejected}`);
        }
        for (const issue of [...res.fatal, ...res.issues]) {
          const english = englishIn(issue.message);
          if (english.length) fail(`English (${english.join(' ')}) in ${issue.code}: ${issue.message}`);
        }
      } catch (e) {
        fail(`ingest threw ${(e as Error).name}: ${(e as Error).message}`.slice(0, 200));
      }
      rssMax = Math.max(rssMax, process.memoryUsage.rss());
      await rm(folder, { recursive: true, force: true });
    }
    expect(failures).toEqual([]);
    expect(rssMax - rss0).toBeLessThan(MAX_RSS_GROWTH);
    // the run reaches both outcomes, and damage of several kinds
    expect(outcomes.get('read')).toBeGreaterThan(20);
    expect(outcomes.get('source_damaged')).toBeGreaterThan(50);
    expect(outcomes.get('source_xml_invalid')).toBeGreaterThan(10);
    expect(outcomes.get('source_no_sheets')).toBeGreaterThan(0);
  });
});
