/**
 * Every place the fast reader used to give up on a workbook (throwing FastReaderUnsupported,
 * 47 of them, 40 never reached by a test) has a purpose-built file here, and what the chair
 * now gets for it: the cells read by the fast reader, the same cells as exceljs where exceljs
 * still decides (inline text beside a formula or a value, or on a t="str" cell: the one
 * fallback left), or one clear Chinese line. Each case is named after the trigger as it was
 * (`file: what it threw for`); the last few are refusals of the tag walker written since.
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FastReaderUnsupported, readFastWorkbook } from '../../../src/ingest/excel/fast/read-fast.ts';
import { readExcelWorkbook, readWithExceljs, type ExcelReadResult } from '../../../src/ingest/excel/read-workbook.ts';
import { SourceError } from '../../../src/ingest/issues.ts';
import type { Scalar } from '../../../src/ingest/model.ts';
import type { IssueCode } from '../../../src/messages/issues.ts';
import { readZipDirectory } from '../../../src/ingest/excel/zip-directory.ts';
import { rawEntry, workbookParts, worksheet, zipEntries, zipParts } from '../../helpers/raw-xlsx.ts';
import { tempDir } from '../../helpers/workbook.ts';

type Parts = Map<string, string | Buffer>;

type Expected =
  /** The fast reader reads it now: these are the first sheet's values. */
  | { readonly read: Scalar[][] }
  /** Still exceljs's call: the chair gets exceljs's reading, these values. */
  | { readonly exceljs: Scalar[][] }
  /** One line, of this code, placed here, saying this. */
  | { readonly code: IssueCode; readonly sheet?: string | null; readonly cell?: string | null; readonly says: string };

interface Case {
  readonly trigger: string;
  readonly file: () => Parts | Buffer;
  readonly expected: Expected;
}

const row = (r: number, cells: string) => `<row r="${r}">${cells}</row>`;
/** A workbook of one sheet, 名册, holding these rows (and what follows sheetData: merges). */
const sheet = (rows: string, after = ''): Parts => workbookParts({ sheets: [{ name: '名册', xml: worksheet(rows, after) }] });
/** The same, its cells taking text from these shared strings. */
const withStrings = (strings: readonly string[], rows: string): Parts => workbookParts({ sharedStrings: strings, sheets: [{ name: '名册', xml: worksheet(rows) }] });
/** The sheet part's XML as written, changed. */
const editPart = (parts: Parts, name: string, change: (xml: string) => string): Parts => {
  parts.set(name, change(parts.get(name) as string));
  return parts;
};
const SHEET1 = 'xl/worksheets/sheet1.xml';
const SHEET2 = 'xl/worksheets/sheet2.xml';
const STRINGS = 'xl/sharedStrings.xml';
const two = () =>
  workbookParts({ sheets: [{ name: '名册', xml: worksheet(row(1, '<c r="A1"><v>1</v></c>')) }, { name: '签到', xml: worksheet(row(1, '<c r="A1"><v>2</v></c>')) }] });
const A1 = (v = '<v>1</v>') => row(1, `<c r="A1">${v}</c>`);
const deflated = (parts: Parts) => [...parts].map(([name, content]) => rawEntry(name, content));
/** The parts with one of them written as these bytes (another encoding). */
const encoded = (parts: Parts, name: string, bytes: (xml: string) => Buffer): Parts => new Map([...parts].map(([n, x]) => [n, n === name ? bytes(x as string) : x]));
/** The zip with the local header of one entry overwritten (its signature gone). */
function withoutLocalHeader(zip: Buffer, name: string): Buffer {
  const e = readZipDirectory(zip)!.find((x) => x.name === name)!;
  zip.writeUInt32LE(0, e.localHeaderOffset);
  return zip;
}
/** The zip with one entry's compressed size in the central directory changed. */
function withCompressedSize(zip: Buffer, name: string, size: number): Buffer {
  zip.writeUInt32LE(size, zip.lastIndexOf(Buffer.from(name)) - 46 + 20);
  return zip;
}

const line = (code: IssueCode, says: string, sheetName: string | null = null, cell: string | null = null): Expected => ({ code, sheet: sheetName, cell, says });
const xmlLine = (says: string, sheetName: string | null = '名册', cell: string | null = null) => line('source_xml_invalid', says, sheetName, cell);

const CASES: readonly Case[] = [
  // cell-values.ts
  { trigger: 'cell-values: shared string index out of range', file: () => withStrings(['<t>姓名</t>'], row(1, '<c r="B2" t="s"><v>3</v></c>')), expected: line('source_bad_shared_string', '引用的文字（编号“3”）不存在（文件中只有 1 条文字）', '名册', 'B1') },
  { trigger: 'cell-values: shared string index not a number', file: () => withStrings(['<t>姓名</t>'], row(1, '<c r="A1" t="s"><v>x</v></c>')), expected: line('source_bad_shared_string', '编号“x”', '名册', 'A1') },
  { trigger: 'cell-values: t="d" value not ISO 8601', file: () => sheet(row(1, '<c r="A1" t="d"><v>2026年3月8日</v></c>')), expected: { read: [['2026年3月8日']] } },
  // merges.ts
  { trigger: 'merges: mergeCell without ref', file: () => sheet(A1(), '<mergeCells count="1"><mergeCell/></mergeCells>'), expected: xmlLine('的工作表中有没写范围的合并单元格') },
  { trigger: 'merges: merge of three parts', file: () => sheet(A1(), '<mergeCells count="1"><mergeCell ref="A1:B1:C1"/></mergeCells>'), expected: line('source_bad_cell_ref', '写法不对的单元格地址“A1:B1:C1”', '名册') },
  { trigger: 'merges: overlapping merged ranges', file: () => sheet(A1(), '<mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>'), expected: line('source_merges_overlap', '合并单元格 A1:B2 与 B2:C3 互相重叠', '名册') },
  { trigger: 'merges: cell reference not A1', file: () => sheet(A1(), '<mergeCells count="1"><mergeCell ref="1A:B2"/></mergeCells>'), expected: line('source_bad_cell_ref', '“1A”', '名册') },
  { trigger: 'merges: cell reference beyond XFD1048576', file: () => sheet(A1(), '<mergeCells count="1"><mergeCell ref="A1:B1048577"/></mergeCells>'), expected: line('source_cell_out_of_range', '单元格地址“B1048577”', '名册') },
  // package-parts.ts
  { trigger: 'package-parts: zip directory unreadable', file: () => zipParts(two(), { deflate: true }).subarray(0, -10), expected: line('source_damaged', '压缩包的目录残缺') },
  { trigger: 'package-parts: UTF-16 part', file: () => encoded(two(), SHEET1, (xml) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml.replace('UTF-8', 'UTF-16'), 'utf16le')])), expected: { read: [[1]] } },
  {
    trigger: 'package-parts: part declares an encoding other than UTF-8 (GB2312)',
    file: () => encoded(withStrings(['<t>张</t>'], row(1, '<c r="A1" t="s"><v>0</v></c>')), STRINGS, (xml) => Buffer.from(xml.replace('UTF-8', 'GB2312').replace('张', '\u00d5\u00c5'), 'latin1')),
    expected: { read: [['张']] },
  },
  { trigger: 'package-parts: part declares an encoding no decoder knows', file: () => editPart(two(), SHEET1, (xml) => xml.replace('UTF-8', 'x-unknown-8')), expected: line('source_text_encoding', '使用了无法识别的文字编码“x-unknown-8”', '名册') },
  { trigger: 'package-parts: zip64', file: () => zipParts(two(), { deflate: true, zip64: true }), expected: { read: [[1]] } },
  { trigger: 'package-parts: bad local header', file: () => withoutLocalHeader(zipEntries(deflated(two())), SHEET2), expected: line('source_damaged', '压缩包中有一部分数据缺失', '签到') },
  { trigger: 'package-parts: truncated entry (its data runs past the end of the file)', file: () => withCompressedSize(zipEntries(deflated(two())), SHEET2, 1 << 20), expected: line('source_damaged', '压缩包中有一部分数据缺失', '签到') },
  { trigger: 'package-parts: encrypted zip entry', file: () => zipEntries(deflated(two()).map((e) => ({ ...e, flags: 1 }))), expected: line('source_encrypted', '设置了打开密码') },
  { trigger: 'package-parts: compression method other than stored and deflate', file: () => zipEntries(deflated(two()).map((e) => (e.name === SHEET1 ? { ...e, method: 14 } : e))), expected: line('source_zip_method', '使用了 Excel 不用的压缩方式', '名册') },
  { trigger: 'package-parts: entry does not inflate (bad data)', file: () => zipEntries(deflated(two()).map((e) => (e.name === SHEET1 ? { ...e, data: Buffer.from([0xff, 0xff, 0xff]) } : e))), expected: line('source_damaged', '无法解压', '名册') },
  { trigger: 'package-parts: entry does not inflate (past its declared size)', file: () => zipEntries(deflated(two()).map((e) => (e.name === SHEET1 ? { ...e, size: 10 } : e))), expected: line('source_damaged', '解压后远大于文件记录的大小', '名册') },
  // read-fast.ts: `missing ${entry.part}` could not be reached (workbook-parts refuses a missing part first); removed
  // scan.ts
  { trigger: 'scan: unterminated attribute (tagEnd)', file: () => withStrings(['<t>a</t></si><si x="b><t>c</t>'], A1()), expected: xmlLine('的文字表中有残缺的标记', null) },
  { trigger: 'scan: unterminated tag (tagEnd)', file: () => editPart(withStrings(['<t>a</t>'], A1()), STRINGS, (xml) => xml.replace('</sst>', '<si')), expected: xmlLine('的文字表内容在中途中断', null) },
  { trigger: 'scan: unterminated comment', file: () => editPart(sheet(A1()), SHEET1, (xml) => xml.replace('<row', '<!-- <row')), expected: xmlLine('的工作表内容在中途中断') },
  { trigger: 'scan: unterminated processing instruction', file: () => editPart(sheet(A1()), SHEET1, (xml) => xml.replace('<row', '<?x <row')), expected: xmlLine('的工作表内容在中途中断') },
  { trigger: 'scan: CDATA section between rows', file: () => sheet(`${A1()}<![CDATA[ <row r="2"> ]]>${row(3, '<c r="A3"><v>3</v></c>')}`), expected: { read: [[1], [null], [3]] } },
  { trigger: 'scan: DTD among the rows', file: () => sheet(`${A1()}<!DOCTYPE x>`), expected: xmlLine('的工作表中有残缺的标记') },
  { trigger: 'scan: markup inside <v> (a comment)', file: () => sheet(A1('<v>1<!-- 备注 -->5</v>')), expected: { read: [[15]] } },
  { trigger: 'scan: markup inside <t> (CDATA)', file: () => withStrings(['<t><![CDATA[张&三]]></t>'], row(1, '<c r="A1" t="s"><v>0</v></c>')), expected: { read: [['张&三']] } },
  { trigger: 'scan: markup inside <v> (an element)', file: () => sheet(A1('<v>1<b/>2</v>')), expected: xmlLine('的工作表中有文字夹着其他标记', '名册', 'A1') },
  { trigger: 'scan: <t> not closed by </t>', file: () => withStrings(['<t>a</x>'], A1()), expected: xmlLine('的文字表中有不成对的标记', null) },
  { trigger: 'scan: text cut short inside <t>', file: () => editPart(withStrings(['<t>a'], A1()), STRINGS, (xml) => xml.replace(/<\/si>.*$/s, '')), expected: xmlLine('的文字表内容在中途中断', null) },
  { trigger: 'scan: unterminated end tag', file: () => editPart(withStrings(['<t>a'], A1()), STRINGS, (xml) => xml.replace(/<\/si>.*$/s, '</t')), expected: xmlLine('的文字表内容在中途中断', null) },
  // sheet.ts
  { trigger: 'sheet: sheetData not closed', file: () => editPart(sheet(A1()), SHEET1, (xml) => xml.replace('</sheetData></worksheet>', '')), expected: xmlLine('的工作表内容在中途中断') },
  { trigger: 'sheet: <c> outside <row>', file: () => sheet('<c r="A1"><v>1</v></c>'), expected: xmlLine('的工作表中有不属于任何一行的单元格') },
  { trigger: 'sheet: column beyond XFD (cells without r=)', file: () => sheet(`<row r="2">${'<c/>'.repeat(16_384)}<c><v>1</v></c></row>`), expected: line('source_cell_out_of_range', '单元格地址“XFE2”', '名册') },
  { trigger: 'sheet: unterminated tag (attributes)', file: () => editPart(sheet(A1()), SHEET1, (xml) => xml.replace(/<c r="A1">.*$/s, '<c r="A1" ')), expected: xmlLine('的工作表内容在中途中断') },
  { trigger: 'sheet: attribute without value', file: () => sheet(row(1, '<c r="A1" hidden><v>1</v></c>')), expected: xmlLine('的工作表中有残缺的标记') },
  { trigger: 'sheet: unquoted attribute', file: () => sheet(row(1, '<c r=A1><v>1</v></c>')), expected: xmlLine('的工作表中有残缺的标记') },
  { trigger: 'sheet: unterminated attribute', file: () => editPart(sheet(A1()), SHEET1, (xml) => xml.replace(/<c r="A1">.*$/s, '<c r="A1')), expected: xmlLine('的工作表内容在中途中断') },
  { trigger: 'sheet: row number 0 or beyond 1048576', file: () => sheet(row(0, '<c r="A1"><v>1</v></c>')), expected: line('source_cell_out_of_range', '行号“0”', '名册') },
  { trigger: 'sheet: cell reference without a column', file: () => sheet(row(1, '<c r="12"><v>1</v></c>')), expected: line('source_bad_cell_ref', '“12”', '名册') },
  { trigger: 'sheet: empty reference (no row digits)', file: () => sheet(row(1, '<c r="B"><v>1</v></c>')), expected: line('source_bad_cell_ref', '“B”', '名册') },
  { trigger: 'sheet: reference with other characters', file: () => sheet('<row r="1行"><c r="A1"><v>1</v></c></row>'), expected: line('source_bad_cell_ref', '“1行”', '名册') },
  { trigger: 'sheet: <c> not closed', file: () => editPart(sheet(A1()), SHEET1, (xml) => xml.replace(/<v>1<\/v>.*$/s, '<v>1</v>')), expected: xmlLine('的工作表内容在中途中断', '名册', 'A1') },
  { trigger: 'sheet: unusual <is> on a number cell', file: () => sheet(row(1, '<c r="A1"><is><t>张三</t></is></c>')), expected: xmlLine('的工作表中有类型与内容不符的单元格', '名册', 'A1') },
  { trigger: 'sheet: unusual <is> with both <t> and runs', file: () => sheet(row(1, '<c r="A1" t="inlineStr"><is><t>张</t><r><t>三</t></r></is></c>')), expected: xmlLine('的工作表中有类型与内容不符的单元格', '名册', 'A1') },
  { trigger: 'sheet: unusual <is> on a t="str" cell', file: () => sheet(row(1, '<c r="A1" t="str"><is><t>张三</t></is></c><c r="B1"><v>2</v></c>')), expected: { exceljs: [['张三', 2]] } },
  { trigger: 'sheet: unusual <is> beside a formula', file: () => sheet(row(1, '<c r="A1" t="inlineStr"><f>"张三"</f><is><t>张三</t></is></c><c r="B1"><v>2</v></c>')), expected: { exceljs: [[null, 2]] } },
  { trigger: 'sheet: unusual <is> beside a value', file: () => sheet(row(1, '<c r="A1" t="inlineStr"><v>1</v><is><t>张三</t></is></c><c r="B1"><v>2</v></c>')), expected: { exceljs: [['1张三', 2]] } },
  { trigger: 'sheet: unterminated tag (a child of <c>)', file: () => editPart(sheet(A1()), SHEET1, (xml) => xml.replace(/<v>1<\/v>.*$/s, '<v')), expected: xmlLine('的工作表内容在中途中断', '名册', 'A1') },
  // workbook-parts.ts
  { trigger: 'workbook-parts: no workbook part (a zip of something else)', file: () => new Map([['notes.txt', '会议记录']]), expected: line('source_not_workbook', '是一个压缩包，里面没有 Excel 工作簿的内容') },
  { trigger: 'workbook-parts: no workbook part (an .ods)', file: () => new Map([['mimetype', 'application/vnd.oasis.opendocument.spreadsheet'], ['content.xml', '<office:document-content/>']]), expected: line('source_ods', '其实是 OpenDocument 表格') },
  { trigger: 'workbook-parts: no workbook part (lost from an xlsx)', file: () => new Map([...two()].filter(([n]) => n !== 'xl/workbook.xml')), expected: line('source_no_sheets', '中找不到任何可读取的工作表') },
  { trigger: 'workbook-parts: sheetId missing, zero or repeated', file: () => editPart(two(), 'xl/workbook.xml', (xml) => xml.replace(' sheetId="1"', '').replace('sheetId="2"', 'sheetId="0"')), expected: { read: [[1]] } },
  { trigger: 'workbook-parts: external worksheet', file: () => editPart(two(), 'xl/_rels/workbook.xml.rels', (xml) => xml.replace('Target="worksheets/sheet2.xml"', 'Target="worksheets/sheet2.xml" TargetMode="External"')), expected: line('source_sheet_missing', '的工作表“签到”在文件中找不到内容', '签到') },
  { trigger: 'workbook-parts: missing worksheet part', file: () => new Map([...two()].filter(([n]) => n !== 'xl/worksheets/sheet2.xml')), expected: line('source_sheet_missing', '的工作表“签到”在文件中找不到内容', '签到') },
  { trigger: 'workbook-parts: sheet name Excel forbids', file: () => editPart(two(), 'xl/workbook.xml', (xml) => xml.replace('name="名册"', 'name="History"')), expected: { read: [[1]] } },
  { trigger: 'workbook-parts: sheet name empty', file: () => editPart(two(), 'xl/workbook.xml', (xml) => xml.replace('name="名册"', 'name=" "')), expected: line('source_sheet_name', '有一张工作表没有名称') },
  { trigger: 'workbook-parts: duplicate sheet name', file: () => editPart(two(), 'xl/workbook.xml', (xml) => xml.replace('name="签到"', 'name=" 名册"')), expected: line('source_sheet_name', '有两张工作表都叫“名册”', '名册') },
  // xml-text.ts
  { trigger: 'xml-text: stray & in XML text', file: () => sheet(row(1, '<c r="A1" t="inlineStr"><is><t>工会 & 学校</t></is></c>')), expected: xmlLine('的工作表中有未转义的“&”', '名册', 'A1') },
  { trigger: 'xml-text: unknown entity', file: () => sheet(row(1, '<c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c>')), expected: xmlLine('的工作表中用到了无法识别的实体“&nbsp;”', '名册', 'A1') },
  { trigger: 'xml-text: bad character reference', file: () => withStrings(['<t>&#xD800;</t>'], A1()), expected: xmlLine('的文字表中有无效的字符引用“&#xD800;”', null) },
  // the tag walker of the workbook, relationships and styles, written with this work: its refusals
  { trigger: 'xml-tags: not a tag after <', file: () => editPart(two(), 'xl/workbook.xml', (xml) => xml.replace('<sheets>', '< sheets>')), expected: xmlLine('的工作表目录中有残缺的标记', null) },
  { trigger: 'xml-tags: unterminated comment in the relationships', file: () => editPart(two(), '_rels/.rels', (xml) => xml.replace('<Relationship ', '<!-- <Relationship ')), expected: xmlLine('的内部目录内容在中途中断', null) },
  { trigger: 'xml-tags: a tag cut short in the styles', file: () => editPart(two(), 'xl/styles.xml', (xml) => xml.replace('</styleSheet>', '<cellXfs')), expected: xmlLine('的格式表内容在中途中断', null) },
  { trigger: 'xml-tags: a quoted value never closed', file: () => editPart(two(), 'xl/styles.xml', (xml) => xml.replace('<cellXfs count="1">', '<cellXfs count="1>')), expected: xmlLine('的格式表内容在中途中断', null) },
  { trigger: 'xml-bytes: a DTD never closed', file: () => editPart(two(), 'xl/workbook.xml', (xml) => xml.replace('?>\n', '?>\n<!DOCTYPE workbook [<!ENTITY e "x">')), expected: xmlLine('的工作表目录内容在中途中断', null) },
];

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const values = (read: ExcelReadResult): Scalar[][] => {
  const s = read.workbook.sheets[0]!;
  return Array.from({ length: s.rowCount }, (_, r) => Array.from({ length: s.columnCount }, (_, c) => s.cell(r, c).value));
};

/** Cells and notes as plain data, for comparing two readings whole. */
const plain = (read: ExcelReadResult) => ({
  notes: read.notes,
  sheets: read.workbook.sheets.map((s) => ({ name: s.name, merges: s.merges, cells: Array.from({ length: s.rowCount + 1 }, (_, r) => Array.from({ length: s.columnCount + 1 }, (_, c) => s.cell(r, c))) })),
});

describe('what each trigger of the fast reader gives the chair now', () => {
  it.each(CASES.map((c) => [c.trigger, c] as const))('%s', async (_, c) => {
    const built = c.file();
    const buf = Buffer.isBuffer(built) ? built : zipParts(built, { deflate: true });
    const path = join(dir, '台账.xlsx');
    await writeFile(path, buf);
    const expected = c.expected;
    if ('read' in expected) {
      expect(values(readFastWorkbook(buf, '台账.xlsx'))).toEqual(expected.read);
      expect(values(await readExcelWorkbook(path))).toEqual(expected.read);
    } else if ('exceljs' in expected) {
      expect(() => readFastWorkbook(buf, '台账.xlsx')).toThrow(FastReaderUnsupported);
      const read = await readExcelWorkbook(path);
      expect(plain(read)).toEqual(plain(await readWithExceljs(buf, '台账.xlsx')));
      expect(values(read)).toEqual(expected.exceljs);
    } else {
      const error = await readExcelWorkbook(path).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(SourceError);
      const issue = (error as SourceError).issue;
      expect({ code: issue.code, sheet: issue.sheet, cell: issue.cell }).toEqual({ code: expected.code, sheet: expected.sheet ?? null, cell: expected.cell ?? null });
      expect(issue.message).toContain(expected.says);
      expect(issue.message.startsWith('“台账.xlsx”')).toBe(true);
      expect(issue.message).not.toMatch(/\n/);
      // English only inside quotes (what the file wrote) and in product names
      expect(issue.message.replace(/“[^”]*”/g, '').replace(/Excel|WPS|LibreOffice|OpenDocument|XFD\d+|\.xlsx|\.ods|MB/g, '')).not.toMatch(/[A-Za-z]{2,}/);
    }
  });
});
