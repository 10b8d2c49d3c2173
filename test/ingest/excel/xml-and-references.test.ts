/**
 * Lines that send the chair the right way: a cell address beyond XFD1048576 says so (the zip
 * is fine), and a document type declaration is treated alike in every part. It is ignored
 * where Excel's parts may carry one (before the root element); entities it defines are never
 * expanded and nothing it names is fetched, so a reference to one is refused with its name.
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readExcelWorkbook } from '../../../src/ingest/excel/read-workbook.ts';
import { SourceError } from '../../../src/ingest/issues.ts';
import type { Scalar } from '../../../src/ingest/model.ts';
import { styles, workbookParts, worksheet, zipParts } from '../../helpers/raw-xlsx.ts';
import { tempDir } from '../../helpers/workbook.ts';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

type Outcome = Scalar[][] | { code: string; sheet: string | null; cell: string | null; message: string };

/** The first sheet's values, or the one line that refuses the workbook. */
async function read(parts: ReadonlyMap<string, string>): Promise<Outcome> {
  const path = join(dir, '名册.xlsx');
  await writeFile(path, zipParts(parts, { deflate: true }));
  try {
    const sheet = (await readExcelWorkbook(path)).workbook.sheets[0]!;
    return Array.from({ length: sheet.rowCount }, (_, r) => Array.from({ length: sheet.columnCount }, (_, c) => sheet.cell(r, c).value));
  } catch (e) {
    if (!(e instanceof SourceError)) throw e;
    return { code: e.issue.code, sheet: e.issue.sheet, cell: e.issue.cell, message: e.issue.message };
  }
}

const row = (r: number, cells: string) => `<row r="${r}">${cells}</row>`;
const oneSheet = (rows: string, after = '') => workbookParts({ sheets: [{ name: '花名册', xml: worksheet(rows, after) }] });
const RANGE = '（Excel 最多 1048576 行、16384 列，到 XFD1048576 为止），这个文件不是 Excel 保存的或已损坏，无法读取；请用 Excel 或 WPS 打开后另存一份再试';

describe('cell addresses outside the grid Excel allows', () => {
  it.each([
    ['a cell column beyond XFD', row(1, '<c r="XFE1"><v>1</v></c>'), '单元格地址“XFE1”'],
    ['a cell row beyond 1048576', row(1, '<c r="A1048577"><v>1</v></c>'), '单元格地址“A1048577”'],
    ['a cell in row 0', row(1, '<c r="A0"><v>1</v></c>'), '单元格地址“A0”'],
    ['a row number beyond 1048576', row(1048577, '<c r="A1"><v>1</v></c>'), '行号“1048577”'],
    ['a cell in a merge beyond XFD', row(1, '<c r="A1"><v>1</v></c>'), '单元格地址“XFE1”'],
  ])('%s: said as such, with the address, never as a broken zip', async (what, rows, address) => {
    const parts = what.includes('merge') ? oneSheet(rows, '<mergeCells count="1"><mergeCell ref="A1:XFE1"/></mergeCells>') : oneSheet(rows);
    expect(await read(parts)).toEqual({ code: 'source_cell_out_of_range', sheet: '花名册', cell: null, message: `“名册.xlsx”中有超出 Excel 范围的${address}${RANGE}` });
  });

  it('cells without r= running past XFD, and rows without r= past row 1048576, are placed where they fall', async () => {
    expect(await read(oneSheet(row(3, '<c><v>1</v></c>'.repeat(16_385))))).toMatchObject({ code: 'source_cell_out_of_range', message: expect.stringContaining('“XFE3”') });
    expect(await read(oneSheet('<row/>'.repeat(1_048_576) + '<row><c><v>1</v></c></row>'))).toMatchObject({ code: 'source_cell_out_of_range', message: expect.stringContaining('行号“1048577”') });
  });

  it.each([['A'], ['1A'], ['a1'], ['A1x'], [''], ['A:1']])('an address that is not letters then digits ("%s") is refused with it', async (ref) => {
    expect(await read(oneSheet(row(1, `<c r="${ref}"><v>1</v></c>`)))).toEqual({
      code: 'source_bad_cell_ref',
      sheet: '花名册',
      cell: null,
      message: `“名册.xlsx”中有写法不对的单元格地址“${ref}”，这个文件不是 Excel 保存的或已损坏，无法读取；请用 Excel 或 WPS 打开后另存一份再试`,
    });
  });
});

describe('a document type declaration, in every part alike', () => {
  const PARTS = ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml'];
  const base = () =>
    workbookParts({
      sharedStrings: ['<t>姓名</t>'],
      styles: styles([0, 14]),
      sheets: [{ name: '花名册', xml: worksheet(row(1, '<c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>46089</v></c>')) }],
    });
  const withDoctype = (part: string, doctype: string) => new Map([...base()].map(([name, xml]) => [name, name === part ? xml.replace(/^(<\?xml[^>]*\?>\n?)/, `$1${doctype}`) : xml]));
  const EXPECTED = [['姓名', { kind: 'date', date: '2026-03-08' }]];

  it('the workbook reads as without one', async () => {
    expect(await read(base())).toEqual(EXPECTED);
  });

  it.each(PARTS)('%s: a DTD with an internal subset (quoted ">" and "]", a comment) and an external id is ignored', async (part) => {
    const doctype = '<!DOCTYPE root PUBLIC "-//x//y" "http://example.invalid/a.dtd" [<!ENTITY e "a>]b"><!-- ]> --><!ATTLIST c x CDATA "1">]>\n';
    expect(await read(withDoctype(part, doctype))).toEqual(EXPECTED);
  });

  it.each(PARTS.filter((p) => p !== '[Content_Types].xml'))('%s: an entity the DTD defines is never expanded; its reference is refused with its name', async (part) => {
    const doctype = '<!DOCTYPE root [<!ENTITY name "王芳">]>\n';
    const parts = withDoctype(part, doctype);
    // a reference where each part has text the readers decode: a sheet name, a relationship id, a number format, a cell's text
    const use: Record<string, [RegExp, string]> = {
      '_rels/.rels': [/Target="xl\/workbook.xml"/, 'Target="xl/workbook.xml&name;"'],
      'xl/workbook.xml': [/name="花名册"/, 'name="&name;"'],
      'xl/_rels/workbook.xml.rels': [/Id="rId1"/, 'Id="rId1&name;"'],
      'xl/styles.xml': [/<cellXfs/, '<numFmts count="1"><numFmt numFmtId="164" formatCode="&name;"/></numFmts><cellXfs'],
      'xl/sharedStrings.xml': [/<t>姓名<\/t>/, '<t>&name;</t>'],
      'xl/worksheets/sheet1.xml': [/<v>0<\/v>/, '<v>&name;</v>'],
    };
    const [find, replace] = use[part]!;
    parts.set(part, parts.get(part)!.replace(find, replace));
    const outcome = await read(parts);
    expect(outcome).toMatchObject({ code: 'source_xml_invalid', message: expect.stringContaining('用到了无法识别的实体“&name;”（为安全起见不予展开）') });
    expect(JSON.stringify(outcome)).not.toContain('王芳');
  });

  it('an external entity (XXE) is never fetched nor read: the reference is refused', async () => {
    const parts = withDoctype('xl/sharedStrings.xml', '<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>\n');
    parts.set('xl/sharedStrings.xml', parts.get('xl/sharedStrings.xml')!.replace('<t>姓名</t>', '<t>&xxe;</t>'));
    expect(await read(parts)).toEqual({
      code: 'source_xml_invalid',
      sheet: null,
      cell: null,
      message: '“名册.xlsx”的文字表中用到了无法识别的实体“&xxe;”（为安全起见不予展开），文件可能已损坏或不是 Excel 保存的，无法读取；请用 Excel 或 WPS 打开后另存一份再试',
    });
  });

  it('nested entities (“billion laughs”) are refused at the first reference, at once', async () => {
    const laughs = Array.from({ length: 10 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
    const parts = withDoctype('xl/worksheets/sheet1.xml', `<!DOCTYPE worksheet [<!ENTITY l0 "哈">${laughs}]>\n`);
    parts.set('xl/worksheets/sheet1.xml', parts.get('xl/worksheets/sheet1.xml')!.replace('<v>0</v>', '<v>&l10;</v>'));
    const started = performance.now();
    expect(await read(parts)).toMatchObject({ code: 'source_xml_invalid', sheet: '花名册', cell: 'A1', message: expect.stringContaining('“&l10;”') });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('a DTD after the root element starts is not well-formed, among a sheet’s rows as in the workbook part', async () => {
    for (const part of ['xl/worksheets/sheet1.xml', 'xl/workbook.xml']) {
      const parts = base();
      parts.set(part, parts.get(part)!.replace(/(<(sheetData|workbook)\b[^>]*>)/, '$1<!DOCTYPE x>'));
      expect(await read(parts)).toMatchObject({ code: 'source_xml_invalid', message: expect.stringContaining('中有残缺的标记') });
    }
  });
});
