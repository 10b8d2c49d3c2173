/**
 * A damaged workbook is never an empty one: a broken zip, a bad CRC, a zip that is not a
 * workbook, an OpenDocument file under an .xlsx name, a workbook whose sheets are gone. Each
 * is one SourceError with one Chinese line, from whichever reader met it. Every file is built
 * by the test, from hand-written parts or from the fixtures' own bytes.
 */
import { readdirSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readExcelWorkbook, readWithExceljs } from '../../../src/ingest/excel/read-workbook.ts';
import { readZipDirectory } from '../../../src/ingest/excel/zip-directory.ts';
import { SourceError } from '../../../src/ingest/issues.ts';
import { rawEntry, workbookParts, worksheet, zipEntries, zipParts, zipPartsWith } from '../../helpers/raw-xlsx.ts';
import { tempDir } from '../../helpers/workbook.ts';

const FIXTURES = join(import.meta.dirname, '../../../fixtures');
const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx')).sort();

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

interface Refusal {
  readonly code: string;
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly message: string;
}

/** What the chair gets for these bytes saved as `file`: the sheet names, or the one line that refuses them. */
async function read(buf: Buffer, file = '台账.xlsx'): Promise<string[] | Refusal> {
  const path = join(dir, file);
  await writeFile(path, buf);
  try {
    return (await readExcelWorkbook(path)).workbook.sheets.map((s) => s.name);
  } catch (e) {
    if (!(e instanceof SourceError)) throw e;
    return { code: e.issue.code, sheet: e.issue.sheet, cell: e.issue.cell, message: e.issue.message };
  }
}

const row = (r: number, cells: string) => `<row r="${r}">${cells}</row>`;
const twoSheets = () =>
  workbookParts({ sheets: [{ name: '名册', xml: worksheet(row(1, '<c r="A1"><v>1</v></c>')) }, { name: '签到', xml: worksheet(row(1, '<c r="A1"><v>2</v></c>')) }] });

describe('a broken zip', () => {
  it('a CRC-32 that does not match a sheet: the line names the damage, and the sheet', async () => {
    const buf = zipPartsWith(twoSheets(), { 'xl/worksheets/sheet2.xml': { ...rawEntry('x', worksheet(row(1, '<c r="A1"><v>2</v></c>'))), crc: 12345 } });
    expect(await read(buf)).toEqual({
      code: 'source_damaged',
      sheet: '签到',
      cell: null,
      message: '“台账.xlsx”已损坏，无法读取（有一部分数据校验不符，内容已被改动或损坏）；请用 Excel 或 WPS 打开，能打开就另存一份再试，打不开请找回原文件或备份',
    });
  });

  it('a CRC-32 that does not match a part exceljs reads but the fast reader does not (docProps) is damage too, once the workbook goes to exceljs', async () => {
    const parts = new Map([...twoSheets(), ['docProps/core.xml', '<cp:coreProperties xmlns:cp="x"/>']]);
    parts.set('xl/worksheets/sheet1.xml', worksheet(row(1, '<c r="A1" t="str"><is><t>a</t></is></c>')));
    const buf = zipPartsWith(parts, { 'docProps/core.xml': { ...rawEntry('x', '<cp:coreProperties xmlns:cp="x"/>'), crc: 1 } });
    expect(await read(buf)).toMatchObject({ code: 'source_damaged', message: expect.stringContaining('校验不符') });
  });

  it('a central directory cut short, or a truncated file (perhaps one still being saved), is damage, not an empty workbook', async () => {
    const good = zipParts(twoSheets(), { deflate: true });
    expect(await read(good.subarray(0, good.length - 40))).toEqual({
      code: 'source_damaged',
      sheet: null,
      cell: null,
      message: '“台账.xlsx”已损坏或未保存完整，无法读取（压缩包的目录残缺）；如正在编辑，请保存关闭后再试；否则请用 Excel 或 WPS 打开，能打开就另存一份再试，打不开请找回原文件或备份',
    });
    expect(await read(good.subarray(0, good.length >> 1))).toMatchObject({ code: 'source_damaged' });
  });

  it('a compression method Excel never uses and an encrypted entry are said for what they are', async () => {
    const method = zipEntries([...twoSheets()].map(([name, xml]) => ({ ...rawEntry(name, xml), method: name.includes('sheet1') ? 12 : 8 })));
    expect(await read(method)).toMatchObject({ code: 'source_zip_method', message: expect.stringContaining('使用了 Excel 不用的压缩方式') });
    const encrypted = zipEntries([...twoSheets()].map(([name, xml]) => ({ ...rawEntry(name, xml), flags: 1 })));
    expect(await read(encrypted)).toMatchObject({ code: 'source_encrypted', message: expect.stringContaining('设置了打开密码') });
  });

  it('a zip64 workbook (sizes in zip64 records, as some .NET and Java writers save them) is read', async () => {
    const buf = zipParts(twoSheets(), { deflate: true, zip64: true });
    expect(await read(buf)).toEqual(['名册', '签到']);
    const { workbook } = await readWithExceljs(buf, 'zip64.xlsx');
    expect(workbook.sheets.map((s) => s.name)).toEqual(['名册', '签到']);
  });

  describe.each(fixtures)('fixture %s, one byte changed', (file) => {
    let bytes: Buffer;
    let centralName: (name: string) => number;
    beforeAll(async () => {
      bytes = await readFile(join(FIXTURES, file));
      // where a part's name sits in the central directory (after its local copy)
      centralName = (name) => bytes.lastIndexOf(Buffer.from(name));
    });
    const flipped = (at: number, mask = 1) => {
      const b = Buffer.from(bytes);
      b[at]! ^= mask;
      return b;
    };

    it('in the workbook part’s name: no sheets can be found (it used to read as a workbook with none)', async () => {
      expect(await read(flipped(centralName('xl/workbook.xml') + 'xl/workbook.xm'.length), file)).toMatchObject({ code: 'source_no_sheets' });
    });

    it('in a sheet’s CRC-32, or in its compressed bytes: damaged, naming the sheet', async () => {
      const entry = readZipDirectory(bytes)!.find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
      const crcAt = centralName('xl/worksheets/sheet1.xml') - 46 + 16;
      const crc = await read(flipped(crcAt), file);
      expect(crc).toMatchObject({ code: 'source_damaged', message: expect.stringContaining('校验不符') });
      expect((crc as Refusal).sheet).not.toBeNull();
      const data = entry.localHeaderOffset + 30 + 'xl/worksheets/sheet1.xml'.length + (entry.compressedSize >> 1);
      expect(await read(flipped(data, 0x10), file)).toMatchObject({ code: 'source_damaged' });
    });

    it('in a sheet part’s name: that sheet is missing, said with its name', async () => {
      const at = centralName('xl/worksheets/sheet1.xml') + 'xl/worksheets/sheet1.x'.length;
      expect(await read(flipped(at), file)).toMatchObject({ code: 'source_sheet_missing', message: expect.stringMatching(/的工作表“.+”在文件中找不到内容/u) });
    });
  });
});

describe('a zip that is not a workbook', () => {
  it('a zip of a text file renamed .xlsx', async () => {
    expect(await read(zipParts(new Map([['a.txt', '会议记录']]), { deflate: true }), '经费台账.xlsx')).toEqual({
      code: 'source_not_workbook',
      sheet: null,
      cell: null,
      message: '“经费台账.xlsx”是一个压缩包，里面没有 Excel 工作簿的内容（可能是改了扩展名的其他文件），无法读取；请确认选对了文件',
    });
  });

  it('an OpenDocument spreadsheet (.ods from WPS or LibreOffice) renamed .xlsx', async () => {
    const ods = zipEntries([
      rawEntry('mimetype', 'application/vnd.oasis.opendocument.spreadsheet', false),
      rawEntry('content.xml', '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>'),
      rawEntry('META-INF/manifest.xml', '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>'),
    ]);
    expect(await read(ods, '名册.xlsx')).toEqual({
      code: 'source_ods',
      sheet: null,
      cell: null,
      message: '“名册.xlsx”其实是 OpenDocument 表格（WPS 或 LibreOffice 的 .ods 文件），只是扩展名写成了 .xlsx；请用 WPS 或 LibreOffice 打开后“另存为” Excel 工作簿（.xlsx）再试',
    });
  });

  it('a Word document renamed .xlsx', async () => {
    const rels = '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
    const docx = zipParts(new Map([['_rels/.rels', rels], ['word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>']]), { deflate: true });
    expect(await read(docx)).toMatchObject({ code: 'source_not_workbook' });
  });
});

describe('a workbook without a sheet', () => {
  const edit = (parts: Map<string, string>, name: string, f: (xml: string) => string) => new Map([...parts].map(([n, xml]) => [n, n === name ? f(xml) : xml]));

  it('no sheet declared, or only a chart sheet: unreadable, never an empty workbook', async () => {
    const none = edit(twoSheets(), 'xl/workbook.xml', (xml) => xml.replace(/<sheets>.*<\/sheets>/, '<sheets/>'));
    expect(await read(zipParts(none, { deflate: true }))).toEqual({
      code: 'source_no_sheets',
      sheet: null,
      cell: null,
      message: '“台账.xlsx”中找不到任何可读取的工作表，文件可能已损坏或未保存完整；请用 Excel 或 WPS 打开确认后另存一份再试',
    });
    const chart = edit(twoSheets(), 'xl/_rels/workbook.xml.rels', (xml) => xml.replace(/relationships\/worksheet"/g, 'relationships/chartsheet"'));
    expect(await read(zipParts(chart, { deflate: true }))).toMatchObject({ code: 'source_no_sheets' });
  });

  it('the workbook part gone from a zip that still holds xl/ parts: no sheets (damaged), not "not a workbook"', async () => {
    const parts = new Map([...twoSheets()].filter(([name]) => name !== 'xl/workbook.xml'));
    expect(await read(zipParts(parts, { deflate: true }))).toMatchObject({ code: 'source_no_sheets' });
  });

  it('a sheet exceljs cannot find: when the fast reader leaves the workbook to exceljs and exceljs finds no worksheet, unreadable', async () => {
    // the part is where its relationship says (xl/sheets/data.xml); exceljs only looks for xl/worksheets/sheetN.xml
    const parts = workbookParts({ sheets: [{ name: '名册', target: 'sheets/data.xml', xml: worksheet(row(1, '<c r="A1" t="str"><is><t>a</t></is></c>')) }] });
    const buf = zipParts(parts, { deflate: true });
    expect((await readWithExceljs(buf, '台账.xlsx')).workbook.sheets).toEqual([]);
    expect(await read(buf)).toMatchObject({ code: 'source_no_sheets' });
  });

  it('a workbook whose sheets are all hidden is read: no sheets, and a note for each (not damage)', async () => {
    const parts = workbookParts({ sheets: [{ name: '旧名册', state: 'hidden', xml: worksheet(row(1, '<c r="A1"><v>1</v></c>')) }] });
    const path = join(dir, 'hidden.xlsx');
    await writeFile(path, zipParts(parts, { deflate: true }));
    const { workbook, notes } = await readExcelWorkbook(path);
    expect(workbook.sheets).toEqual([]);
    expect(notes.map((n) => [n.sheet, n.code])).toEqual([['旧名册', 'sheet_hidden']]);
  });
});
