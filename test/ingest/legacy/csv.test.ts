/**
 * CSV exports: decoded as UTF-8 (with or without a byte order mark) or GB18030/GBK, parsed
 * with quotes, commas and line breaks inside fields, typed as the Google Sheets adapter types
 * cells, and read through the real ingest() exactly as the .xlsx of the same sheet.
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReadLimits } from '../../../src/ingest/excel/limits.ts';
import { DEFAULT_INGEST_CONFIG } from '../../../src/ingest/ingest-config.ts';
import { ingest, type IngestResult } from '../../../src/ingest/index.ts';
import { csvCell } from '../../../src/ingest/legacy/csv/cell.ts';
import { decodeText } from '../../../src/ingest/legacy/csv/decode.ts';
import { parseDelimited } from '../../../src/ingest/legacy/csv/parse.ts';
import { writeCsv, type CsvOptions } from '../../helpers/csv-file.ts';
import { runCli } from '../../helpers/cli.ts';
import { tempDir, writeWorkbook, type CellSpec } from '../../helpers/workbook.ts';

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('decodeText', () => {
  const NAME_DEPT = '姓名,部门';
  it.each([
    ['UTF-8 with a byte order mark', [0xef, 0xbb, 0xbf, ...Buffer.from(NAME_DEPT)], NAME_DEPT],
    ['UTF-8', [...Buffer.from(NAME_DEPT)], NAME_DEPT],
    // GB18030 / GBK: 姓 D0 D5, 名 C3 FB, 部 B2 BF, 门 C3 C5 (as Excel on Chinese Windows saves 姓名,部门)
    ['GB18030', [0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xb2, 0xbf, 0xc3, 0xc5], NAME_DEPT],
    ['UTF-16 LE with a byte order mark', [0xff, 0xfe, ...Buffer.from('姓名\t部门', 'utf16le')], '姓名\t部门'],
  ])('%s', (_what, bytes, text) => {
    expect(decodeText(Uint8Array.from(bytes))).toBe(text);
  });

  it('says a binary file is no text', () => {
    expect(decodeText(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))).toBeNull();
  });
});

describe('parseDelimited', () => {
  it.each([
    ['plain lines, CRLF, no final line end', 'a,b\r\nc,d', [['a', 'b'], ['c', 'd']]],
    ['LF and a final line end', 'a,b\nc,d\n', [['a', 'b'], ['c', 'd']]],
    ['lone CR (old Mac exports)', 'a,b\rc,d\r', [['a', 'b'], ['c', 'd']]],
    ['quoted commas, line breaks and doubled quotes', '"购买矿泉水, 纸杯","登山\r\n保险","横幅""职工之家"""\n', [['购买矿泉水, 纸杯', '登山\r\n保险', '横幅"职工之家"']]],
    ['empty fields, quoted and not', 'a,,"",b\n', [['a', '', '', 'b']]],
    ['blank lines stay rows (they are counted as blank rows)', 'a\n\nb\n', [['a'], [''], ['b']]],
    ['a quote inside an unquoted field is text', '5"屏,b\n', [['5"屏', 'b']]],
    ['tab-separated when the first line has more tabs than commas', '姓名\t金额\n张三\t1,200\n', [['姓名', '金额'], ['张三', '1,200']]],
    ['a comma-separated file whose first line has a tab inside quotes', '"a\tb",c\n', [['a\tb', 'c']]],
    ["Excel's sep= line names the delimiter and is not a row", 'sep=;\na;b\n', [['a', 'b']]],
  ])('%s', (_what, text, rows) => {
    expect(parseDelimited(text)).toEqual(rows);
  });
});

describe('csvCell, as the Google Sheets adapter types cells', () => {
  it.each([
    ['', undefined],
    ['1200', { value: 1200 }],
    ['-3.5', { value: -3.5 }],
    ['0.85', { value: 0.85 }],
    ['20260308', { value: 20260308 }],
    ['0012', { value: '0012' }],
    ['1,200', { value: '1,200' }],
    ['3.10', { value: '3.10' }],
    ['1E5', { value: '1E5' }],
    ['+5', { value: '+5' }],
    ['370302198504120012', { value: '370302198504120012' }],
    ['2026-03-08', { value: '2026-03-08' }],
    ['√', { value: '√' }],
    [' 12', { value: ' 12' }],
    ['#DIV/0!', { value: null, errorValue: '#DIV/0!' }],
  ])('%j → %j', (text, cell) => {
    expect(csvCell(text)).toEqual(cell);
  });
});

const WJX: string[][] = [
  ['序号', '提交答卷时间', '所用时间', '来源', '来源详情', '来自IP', '1、您对工会活动组织是否满意？', '2、您对困难帮扶工作是否满意？', '3、您对职工之家建设是否满意？'],
  ['1', '2026/6/20 10:11:12', '101秒', '手机提交', '微信', '221.2.3.1(山东-淄博)', '非常满意', '满意', '比较满意'],
  ['2', '2026/6/20 10:15:40', '102秒', '手机提交', '微信', '221.2.3.2(山东-淄博)', '基本满意', '一般', '不满意'],
  ['3', '2026-06-21 08:00:05', '103秒', '链接', '直接访问', '221.2.3.3(山东-淄博)', '很不满意', '5', ''],
  ['4', '2026/6/22 21:30:00', '104秒', '手机提交', '微信', '221.2.3.4(山东-淄博)', 'A.非常满意', '满意', '满意'],
];

const FUNDS: string[][] = [
  ['工会经费收支明细账', '', '', '', '', ''],
  ['日期', '凭证号', '摘要', '科目', '收入（元）', '支出（元）'],
  ['2026-03-02', '记001', '收到会费', '会费收入', '￥1,200.00', ''],
  ['2026/3/6', '记002', '购买矿泉水, 纸杯', '文体活动支出', '', '350'],
  ['20260320', '记003', '登山\n保险', '文体活动支出', '', '360.5'],
  ['3月25日', '记004', '横幅"职工之家"', '文体活动支出', '', '1,2OO'],
  ['2026.4.2', '记005', '拨缴经费', '拨缴经费收入', '1.2万', ''],
  ['', '', '本月合计', '', '13200', '1910.5'],
  ['制表人：王五', '', '', '审核人：张三', '', ''],
];

/** The .xlsx of the same sheet, its cells typed as the CSV reader types them (named after the file, as the CSV's sheet is). */
async function xlsxTwin(file: string, rows: string[][]): Promise<IngestResult> {
  const cells = rows.map((r) => r.map((f): CellSpec => (csvCell(f)?.value as CellSpec) ?? null));
  const path = await writeWorkbook(dir, `${file}.xlsx`, [{ name: file, rows: cells }]);
  return ingest([path], { today: '2026-06-30' });
}

const without = (res: IngestResult, file: string) => JSON.parse(JSON.stringify(res).replaceAll(file, 'FILE'));

describe.each([
  ['UTF-8 with BOM, CRLF', { encoding: 'utf8-bom', lineEnd: '\r\n' }],
  ['UTF-8 without BOM, LF', { encoding: 'utf8', lineEnd: '\n' }],
  ['GB18030 (GBK), CRLF', { encoding: 'gbk', lineEnd: '\r\n' }],
  ['tab-separated, UTF-8 with BOM', { encoding: 'utf8-bom', delimiter: '\t' }],
] as [string, CsvOptions][])('a CSV in %s', (_what, options) => {
  it.each([
    ['满意度测评', WJX],
    ['经费收支明细', FUNDS],
  ])('%s.csv gives the same records, sheet account and issues as its .xlsx', async (name, rows) => {
    const csv = await writeCsv(dir, `${name}.csv`, rows, options);
    const got = await ingest([csv], { today: '2026-06-30' });
    const expected = await xlsxTwin(name, rows);
    expect(without(got, `${name}.csv`)).toEqual(without(expected, `${name}.xlsx`));
  });
});

describe('what the CSV twins hold, so that the comparison above can fail', () => {
  it('the 问卷星 export is a survey with its answers; the fund ledger keeps quoted commas and line breaks, and a bad amount is an error at its cell', async () => {
    const survey = await ingest([await writeCsv(dir, '满意度测评.csv', WJX, { encoding: 'gbk' })], { today: '2026-06-30' });
    expect(survey.sheets).toMatchObject([{ sheet: '满意度测评', kind: 'survey', header_row: 1, rows_read: 5, rows_used: 4 }]);
    expect(survey.records.survey.map((r) => r.answers.map((a) => a.score))).toEqual([[5, 4, 4], [3, 3, 2], [1, 5, null], [5, 4, 4]]);
    const funds = await ingest([await writeCsv(dir, '经费收支明细.csv', FUNDS)], { today: '2026-06-30' });
    expect(funds.sheets).toMatchObject([{ sheet: '经费收支明细', kind: 'funds', header_row: 2, rows_read: 9, rows_used: 4, rows_skipped: 4, rows_rejected: 1 }]);
    expect(funds.records.funds.map((f) => [f.ref.cell, f.date, f.description, f.income, f.expense])).toEqual([
      ['E3', '2026-03-02', '收到会费', 1200, 0],
      ['F4', '2026-03-06', '购买矿泉水, 纸杯', 0, 350],
      ['F5', '2026-03-20', '登山\n保险', 0, 360.5],
      ['E7', '2026-04-02', '拨缴经费', 12000, 0],
    ]);
    expect(funds.issues.filter((i) => i.severity !== 'info').map((i) => [i.cell, i.code])).toEqual([
      ['F6', 'bad_amount'],
      ['F8', 'total_mismatch'],
    ]);
  });
});

describe('CSV files that cannot be read, and the size limits', () => {
  it('a binary file named .csv is not a spreadsheet', async () => {
    const path = join(dir, '照片.csv');
    await writeFile(path, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const res = await ingest([path], { today: '2026-06-30' });
    expect(res.fatal.map((i) => [i.code, i.message])).toEqual([['source_not_spreadsheet', '“照片.csv”不是表格文件（.xlsx、.xls、.et、.ods 或 .csv），无法读取']]);
  });

  it('a CSV larger than allowed, or with more cells, is refused', async () => {
    const path = await writeCsv(dir, '满意度测评.csv', WJX);
    const bytes: ReadLimits = { maxXmlBytes: 100, maxCells: 5_000_000 };
    const cells: ReadLimits = { maxXmlBytes: 200 * 1024 * 1024, maxCells: 20 };
    expect((await ingest([path], { today: '2026-06-30', config: { ...DEFAULT_INGEST_CONFIG, limits: bytes } })).fatal.map((i) => i.code)).toEqual(['source_too_large']);
    const res = await ingest([path], { today: '2026-06-30', config: { ...DEFAULT_INGEST_CONFIG, limits: cells } });
    expect(res.fatal.map((i) => i.message)).toEqual(['“满意度测评.csv”过大（单元格超过 20 个），为保护内存已停止读取；请删去无关的工作表或拆分文件']);
  });

  it('check reads a CSV named directly and reports at CSV cell addresses', async () => {
    const path = await writeCsv(dir, '经费收支明细.csv', FUNDS, { encoding: 'gbk' });
    const run = await runCli(['check', '--json', path], '2026-06-30');
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.issues.map((i: { file: string; sheet: string; cell: string }) => `${i.file} › ${i.sheet}!${i.cell}`)).toEqual([
      '经费收支明细.csv › 经费收支明细!F6',
      '经费收支明细.csv › 经费收支明细!F8',
    ]);
  });
});
