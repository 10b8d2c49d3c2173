/**
 * Workbooks built to exhaust memory: a part whose directory understates its size (a ~6 MB
 * file whose sheet inflates to 2 GB), a styles part of 600 MB, a merge over the whole grid.
 * Every part either reader inflates is bounded by its declared size and counted against
 * the limits; nothing is handed to exceljs before it is proven within them. The largest
 * cases run in a child process, whose peak memory is measured.
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { constants as bufferConstants } from 'node:buffer';
import { runJsonChild } from '../../../bench/child.ts';
import { WorkbookUnreadable } from '../../../src/ingest/excel/damage.ts';
import { provenForExceljs } from '../../../src/ingest/excel/exceljs-input.ts';
import { utf8Xml } from '../../../src/ingest/excel/fast/xml-bytes.ts';
import { DEFAULT_LIMITS, type ReadLimits } from '../../../src/ingest/excel/limits.ts';
import { readExcelWorkbook } from '../../../src/ingest/excel/read-workbook.ts';
import { SourceError } from '../../../src/ingest/issues.ts';
import { rawEntry, repeatedDeflate, workbookParts, worksheet, zipEntries, zipParts, zipPartsWith, type RawEntry } from '../../helpers/raw-xlsx.ts';
import { tempDir } from '../../helpers/workbook.ts';
import type { ChildRead } from './read-in-child.ts';

const ROOT = join(import.meta.dirname, '../../..');
const CHILD = join(import.meta.dirname, 'read-in-child.ts');
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const SHEET_START = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}"><sheetData>`;
const SHEET_END = '</sheetData></worksheet>';
/** A row of one inline string of 1,000 characters, repeated 1,024 times: about 1 MB. */
const MB_OF_ROWS = `<row><c t="inlineStr"><is><t>${'甲'.repeat(333)}x</t></is></c></row>`.repeat(1024);

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const row = (r: number, cells: string) => `<row r="${r}">${cells}</row>`;
const plainSheet = worksheet(row(1, '<c r="A1"><v>1</v></c>'));
/** A cell the fast reader leaves to exceljs: inline text beside a formula. */
const fallbackSheet = worksheet(row(1, '<c r="A1" t="inlineStr"><f>"a"</f><is><t>a</t></is></c><c r="B1"><v>2</v></c>'));

/** Two sheets, the second one's entry written raw (a bomb…) or from its XML; the first is plain, or one the fast reader leaves to exceljs. */
function twoSheets(second: string | Omit<RawEntry, 'name'>, first = plainSheet): Buffer {
  const parts = workbookParts({ sheets: [{ name: '名册', xml: first }, { name: '签到', xml: typeof second === 'string' ? second : plainSheet }] });
  return zipPartsWith(parts, typeof second === 'string' ? {} : { 'xl/worksheets/sheet2.xml': second });
}

async function readInChild(buf: Buffer, limits: ReadLimits = DEFAULT_LIMITS): Promise<ChildRead> {
  const path = join(dir, `child-${Math.random().toString(36).slice(2)}.xlsx`);
  await writeFile(path, buf);
  const out = await runJsonChild<ChildRead>(process.execPath, ['--import', 'tsx', CHILD, path, String(limits.maxXmlBytes), String(limits.maxCells)], ROOT);
  if (!out.ok) throw new Error(out.error);
  return out.value;
}

async function readBuffer(buf: Buffer, limits: ReadLimits = DEFAULT_LIMITS) {
  const path = join(dir, `in-${Math.random().toString(36).slice(2)}.xlsx`);
  await writeFile(path, buf);
  return readExcelWorkbook(path, limits);
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => {
      if (!(e instanceof SourceError)) throw e;
      return { code: e.issue.code, sheet: e.issue.sheet, message: e.issue.message };
    },
  );

describe('a part whose directory understates its size', () => {
  // the 2 GB sheet, deflated: about 6 MB, built in well under a second
  const bomb = repeatedDeflate(SHEET_START, MB_OF_ROWS, 2048, SHEET_END);
  const lying = { data: bomb.data, method: 8, size: 30_000, crc: bomb.crc };
  let baseline: ChildRead;
  let baselineExceljs: ChildRead;

  beforeAll(async () => {
    baseline = await readInChild(twoSheets(plainSheet));
    baselineExceljs = await readInChild(twoSheets(plainSheet, fallbackSheet));
  });

  it('the same workbooks with an honest second sheet, the figures to compare with, are read (the second by exceljs)', () => {
    expect(baseline.sheets).toEqual(['名册', '签到']);
    expect(baselineExceljs.sheets).toEqual(['名册', '签到']);
    expect(bomb.size).toBeGreaterThan(2_000_000_000);
    expect(bomb.data.length).toBeLessThan(8 * 1024 * 1024);
  });

  it('is damaged: inflating stops at the declared size, in milliseconds and without memory to speak of', async () => {
    const read = await readInChild(twoSheets(lying));
    expect(read).toMatchObject({ code: 'source_damaged', sheet: '签到' });
    expect(read.message).toContain('解压后远大于文件记录的大小');
    expect(read.seconds).toBeLessThan(1);
    expect(read.maxRssMiB).toBeLessThan(baseline.maxRssMiB + 64);
  });

  it('is never handed to exceljs: when another sheet sends the workbook to exceljs, the part is proven first and refused', async () => {
    const read = await readInChild(twoSheets(lying, fallbackSheet));
    expect(read).toMatchObject({ code: 'source_damaged' });
    expect(read.message).toContain('解压后远大于文件记录的大小');
    expect(read.seconds).toBeLessThan(2);
    expect(read.maxRssMiB).toBeLessThan(baselineExceljs.maxRssMiB + 64);
  });
});

describe('every part read counts toward the XML limit', () => {
  const padding = `<!--${'x'.repeat(2 * 1024 * 1024)}-->`;
  const padded = (xml: string) => xml.replace(/(<\?xml[^>]*\?>\n?)/, `$1${padding}`);
  const limits = { maxXmlBytes: 1024 * 1024, maxCells: DEFAULT_LIMITS.maxCells };

  it.each(['xl/workbook.xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml'])(
    '%s padded to 2 MB passes a 1 MB limit',
    async (part) => {
      const parts = workbookParts({ sharedStrings: ['<t>姓名</t>'], sheets: [{ name: '名册', xml: worksheet(row(1, '<c r="A1" t="s"><v>0</v></c>')) }] });
      const buf = zipParts(new Map([...parts].map(([name, xml]) => [name, name === part ? padded(xml) : xml])), { deflate: true });
      expect((await readBuffer(buf)).workbook.sheets[0]!.cell(0, 0).value).toBe('姓名');
      expect(await refusal(readBuffer(buf, limits))).toMatchObject({ code: 'source_too_large', sheet: null });
    },
  );

  it('a styles part of 600 MB in a 2 MB file is refused before it is inflated', async () => {
    const fonts = '<font><sz val="11"/><name val="宋体"/></font>'.repeat(20_000);
    const big = repeatedDeflate(`<?xml version="1.0"?><styleSheet xmlns="${MAIN}"><fonts>`, fonts, 600, '</fonts><cellXfs><xf numFmtId="14"/></cellXfs></styleSheet>');
    const buf = zipPartsWith(workbookParts({ sheets: [{ name: '名册', xml: plainSheet }] }), { 'xl/styles.xml': { data: big.data, method: 8, size: big.size, crc: big.crc } });
    expect(buf.length).toBeLessThan(3 * 1024 * 1024);
    const read = await readInChild(buf);
    expect(read).toMatchObject({ code: 'source_too_large', sheet: null });
    expect(read.message).toMatch(/表格内容解压后 \d+ MB，上限 200 MB/u);
    expect(read.seconds).toBeLessThan(1);
    expect(read.maxRssMiB).toBeLessThan(200);
  });

  it('a large styles part within the limit is read tag by tag: the date format after 25 MB of fonts is found', async () => {
    const fonts = '<font><sz val="11"/><name val="宋体"/></font>'.repeat(20_000);
    const big = repeatedDeflate(`<?xml version="1.0"?><styleSheet xmlns="${MAIN}"><fonts>`, fonts, 25, '</fonts><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>');
    const parts = workbookParts({ sheets: [{ name: '名册', xml: worksheet(row(1, '<c r="A1" s="1"><v>46089</v></c>')) }] });
    const buf = zipPartsWith(parts, { 'xl/styles.xml': { data: big.data, method: 8, size: big.size, crc: big.crc } });
    const read = await readBuffer(buf, { maxXmlBytes: 64 * 1024 * 1024, maxCells: 1000 });
    expect(read.workbook.sheets[0]!.cell(0, 0).value).toEqual({ kind: 'date', date: '2026-03-08' });
    expect(await refusal(readBuffer(buf, { maxXmlBytes: 16 * 1024 * 1024, maxCells: 1000 }))).toMatchObject({ code: 'source_too_large' });
  });
});

describe('cells a merge fills count toward the cell limit', () => {
  const mergeAll = (first: string) => twoSheets(worksheet(row(1, '<c r="A1"><v>1</v></c>'), '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'), first);

  it('a merge over the whole grid (17 billion cells) is refused, by the fast reader and before exceljs', async () => {
    for (const first of [plainSheet, fallbackSheet]) {
      const read = await readInChild(mergeAll(first));
      expect(read).toMatchObject({ code: 'source_too_large', sheet: null });
      expect(read.message).toContain('单元格超过 5,000,000 个');
      expect(read.seconds).toBeLessThan(2);
    }
  });

  it('merged cells count once the master has a value: 3 cells plus a 2×2 merge pass a limit of 5', async () => {
    const xml = worksheet(row(1, '<c r="A1"><v>1</v></c><c r="C1"><v>2</v></c>') + row(3, '<c r="A3"><v>3</v></c>'), '<mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="C3:D4"/></mergeCells>');
    const buf = zipParts(workbookParts({ sheets: [{ name: '名册', xml }] }), { deflate: true });
    expect((await readBuffer(buf, { maxXmlBytes: DEFAULT_LIMITS.maxXmlBytes, maxCells: 6 })).workbook.sheets[0]!.cell(1, 1)).toEqual({ value: 1, fromMerge: true });
    expect(await refusal(readBuffer(buf, { maxXmlBytes: DEFAULT_LIMITS.maxXmlBytes, maxCells: 5 }))).toMatchObject({ code: 'source_too_large' });
  });
});

describe('what no string, buffer or zip could hold', () => {
  const raised = { maxXmlBytes: 4 * 1024 * 1024 * 1024, maxCells: DEFAULT_LIMITS.maxCells };

  it('a sheet declaring more than a string can hold is refused before it is inflated, however high the limit', async () => {
    const sheet = rawEntry('x', plainSheet);
    const read = await refusal(readBuffer(twoSheets({ ...sheet, size: 600_000_000 }), raised));
    expect(read).toMatchObject({ code: 'source_too_large', message: expect.stringContaining('其中一部分解压后 572 MB，超过单个部分能读取的 512 MB') });
  });

  it('a limit raised past 2 GB reads as 2 GB: no more is ever inflated for one workbook', async () => {
    const sheet = rawEntry('x', plainSheet);
    const parts = workbookParts({ sheets: ['一', '二', '三', '四', '五'].map((name) => ({ name, xml: plainSheet })) });
    const lies = Object.fromEntries([1, 2, 3, 4, 5].map((i) => [`xl/worksheets/sheet${i}.xml`, { ...sheet, size: 500_000_000 }]));
    expect(await refusal(readBuffer(zipPartsWith(parts, lies), raised))).toMatchObject({ code: 'source_too_large', message: expect.stringContaining('表格内容解压后 2384 MB，上限 2048 MB') });
  });

  it('a part in GBK larger than a string can hold is refused before it is decoded', () => {
    const bytes = Buffer.allocUnsafe(bufferConstants.MAX_STRING_LENGTH + 1);
    bytes.write('<?xml version="1.0" encoding="GBK"?><sst>', 'latin1');
    expect(() => utf8Xml(bytes)).toThrow(expect.objectContaining({ code: 'source_too_large', params: { limit: { kind: 'part', bytes: bytes.length, max: bufferConstants.MAX_STRING_LENGTH } } }));
  });

  it('more than 65,535 parts for exceljs (a zip could not count them) are refused before exceljs', async () => {
    const parts = workbookParts({ sheets: [{ name: '名册', xml: fallbackSheet }] });
    const media = Array.from({ length: 65_536 }, (_, i) => rawEntry(`xl/media/image${i}.png`, Buffer.alloc(0), false));
    const buf = zipEntries([...[...parts].map(([name, xml]) => rawEntry(name, xml)), ...media], { zip64: true });
    expect(await refusal(readBuffer(buf))).toMatchObject({ code: 'source_too_large', message: expect.stringContaining('其中的部分超过 65,535 个') });
  });

  it('bytes that are not a zip are never handed to exceljs', () => {
    expect(() => provenForExceljs(Buffer.from('PK\u0003\u0004 not a zip'), DEFAULT_LIMITS)).toThrow(WorkbookUnreadable);
  });
});
