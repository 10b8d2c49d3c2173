/**
 * The fast xlsx reader (src/ingest/excel/fast) against the exceljs adapter, cell for cell:
 * the real-world corpus, the fixtures, a district workbook and workbooks with every cell kind.
 * They may differ only where exceljs misreads the file against ledgers.md §2; each such
 * difference has a name in KNOWN and is expected at exactly the cells listed.
 */
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { generateDistrict } from '../bench/gen-district.ts';
import { SourceError } from '../src/ingest/issues.ts';
import type { Cell, Scalar, SheetModel } from '../src/ingest/model.ts';
import { dateCellFromJs } from '../src/ingest/excel/cell-value.ts';
import { FastReaderUnsupported, readFastWorkbook } from '../src/ingest/excel/fast/read-fast.ts';
import { dateCellFromSerial } from '../src/ingest/excel/fast/serial-date.ts';
import { readExcelWorkbook, readWithExceljs, type ExcelReadResult } from '../src/ingest/excel/read-workbook.ts';
import { date, formula, rich, styledBlank, tempDir, workbookFile } from './helpers/workbook.ts';
import { styles, workbookParts, worksheet, writeRawWorkbook, zipParts } from './helpers/raw-xlsx.ts';

const CORPUS = join(import.meta.dirname, '../../shared/corpus/real-world');
const FIXTURES = join(import.meta.dirname, '../fixtures');
const xlsxIn = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => /\.xlsx$/.test(f)).sort() : []);

/** Corpus files exceljs cannot open at all (namespace-prefixed XML); the fast reader reads them. */
const EXCELJS_REJECTS = ['easyexcel-t02.xlsx', 'easyexcel-t04.xlsx'];

interface Both {
  readonly fast: ExcelReadResult;
  readonly exceljs: ExcelReadResult;
}

async function readBoth(path: string): Promise<Both> {
  const buf = await readFile(path);
  const file = basename(path);
  return { fast: readFastWorkbook(buf, file), exceljs: await readWithExceljs(buf, file) };
}

/** What exceljs would give for a serial had it known the format shows a date. */
const asExceljsDate = (serial: number) => dateCellFromJs(new Date(Math.round((serial - 25569) * 86_400_000)));

const isEqual = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Differences where exceljs is wrong, by name, each recognised by how the two cells relate.
 * A cell that differs in any other way is reported as unexplained and fails the test.
 */
const KNOWN: Readonly<Record<string, (fast: Cell, exceljs: Cell) => boolean>> = {
  // Built-in formats 27–36 and 50–58 (yyyy"年"m"月"d"日", m"月"d"日", h"时"mm"分"…) show dates in a
  // Chinese Excel; exceljs has no format code for them and hands over the bare serial.
  'east-asian-date-format': (fast, exceljs) => typeof exceljs.value === 'number' && isEqual(fast.value, asExceljsDate(exceljs.value)),
  // exceljs drops a cached result that is 0, FALSE or "" and reports the formula as never calculated.
  'falsy-formula-result': (fast, exceljs) =>
    exceljs.formulaWithoutResult === true && exceljs.value === null && (fast.value === 0 || fast.value === false || fast.value === '') && !fast.formulaWithoutResult,
};

/** The parts of a cell a user sees, with absent flags as false. */
const shown = (c: Cell) => ({ value: c.value, formulaWithoutResult: !!c.formulaWithoutResult, errorValue: c.errorValue ?? null, fromMerge: !!c.fromMerge });

function a1(row: number, col: number): string {
  let s = '';
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return `${s}${row + 1}`;
}

/** Every difference between the two readings: structure first, then cells as `Sheet!A1 <known name>`. */
function differences({ fast, exceljs }: Both): string[] {
  const out: string[] = [];
  if (fast.workbook.file !== exceljs.workbook.file) out.push(`file ${fast.workbook.file} vs ${exceljs.workbook.file}`);
  if (!isEqual(fast.notes, exceljs.notes)) out.push(`notes ${JSON.stringify(fast.notes)} vs ${JSON.stringify(exceljs.notes)}`);
  const names = (sheets: readonly SheetModel[]) => sheets.map((s) => s.name);
  if (!isEqual(names(fast.workbook.sheets), names(exceljs.workbook.sheets))) {
    return [...out, `sheets ${names(fast.workbook.sheets).join(',')} vs ${names(exceljs.workbook.sheets).join(',')}`];
  }
  fast.workbook.sheets.forEach((f, i) => {
    const e = exceljs.workbook.sheets[i]!;
    if (f.rowCount !== e.rowCount || f.columnCount !== e.columnCount) out.push(`${f.name} size ${f.rowCount}×${f.columnCount} vs ${e.rowCount}×${e.columnCount}`);
    if (!isEqual(f.merges, e.merges)) out.push(`${f.name} merges ${JSON.stringify(f.merges)} vs ${JSON.stringify(e.merges)}`);
    // one row and column beyond both extents, where both must be blank
    const rows = Math.max(f.rowCount, e.rowCount) + 1;
    const cols = Math.max(f.columnCount, e.columnCount) + 1;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const x = f.cell(r, c);
        const y = e.cell(r, c);
        if (isEqual(shown(x), shown(y))) continue;
        const known = Object.keys(KNOWN).find((k) => KNOWN[k]!(x, y));
        out.push(`${f.name}!${a1(r, c)} ${known ?? `unexplained: fast ${JSON.stringify(x)}, exceljs ${JSON.stringify(y)}`}`);
      }
    }
  });
  return out;
}

/** The visible values of a sheet, row by row, up to its extent. */
function values(sheet: SheetModel): Scalar[][] {
  return Array.from({ length: sheet.rowCount }, (_, r) => Array.from({ length: sheet.columnCount }, (_, c) => sheet.cell(r, c).value));
}

const sheetOf = (read: ExcelReadResult, i = 0): SheetModel => read.workbook.sheets[i]!;

/** A reading as plain data (sheets' cells included), for whole-workbook equality. */
const plain = (read: ExcelReadResult) => ({
  file: read.workbook.file,
  notes: read.notes,
  sheets: read.workbook.sheets.map((s) => ({
    name: s.name,
    merges: s.merges,
    cells: Array.from({ length: s.rowCount + 1 }, (_, r) => Array.from({ length: s.columnCount + 1 }, (_, c) => shown(s.cell(r, c)))),
  })),
});

describe('the fast reader reads what the exceljs adapter reads', () => {
  const corpus = xlsxIn(CORPUS);
  const EXPECTED: Readonly<Record<string, readonly string[]>> = {
    // numFmtId 31, 57, 58, 32, 55, 56 over the serial 43831.0423726852 (2020-01-01 01:01:01)
    'easyexcel-dataformat.xlsx': ['A8', 'A9', 'A10', 'A23', 'A24', 'A25'].map((c) => `Sheet1!${c} east-asian-date-format`),
  };

  it('has the corpus and the fixtures beside it', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(27);
    expect(xlsxIn(FIXTURES).length).toBeGreaterThanOrEqual(8);
  });

  it.each(corpus.filter((f) => !EXCELJS_REJECTS.includes(f)))('corpus %s', async (file) => {
    expect(differences(await readBoth(join(CORPUS, file)))).toEqual(EXPECTED[file] ?? []);
  });

  it.each(xlsxIn(FIXTURES))('fixture %s', async (file) => {
    expect(differences(await readBoth(join(FIXTURES, file)))).toEqual([]);
  });

  it('a district workbook (scale 0.02, shared strings, streaming writer)', async () => {
    const out = join(await tempDir(), 'district.xlsx');
    const summary = await generateDistrict({ scale: 0.02, out });
    const both = await readBoth(out);
    expect(differences(both)).toEqual([]);
    expect(both.fast.workbook.sheets.map((s) => s.name)).toEqual(summary.sheets.map((s) => s.sheet));
  });

  it('every cell kind exceljs writes: dates with times, formulas, rich text, phonetic guides, merges, hidden sheets', async () => {
    const path = await workbookFile(
      'kinds.xlsx',
      [
        {
          name: ' 名册 ',
          rows: [
            ['序号', '姓名', rich('部', '门'), '日期', '时间', '公式'],
            [1, '张三', '语文组', date('2026-03-08'), { date: '2026-03-08', time: '09:59:59' }, formula('A2+1', 2)],
            [2, '李四', null, date('1900-01-01'), { date: '1900-02-28', time: '23:59:59' }, formula('A3*0', 0)],
            [3, 'a&b<c>"d\'', null, date('1900-03-01'), { date: '9999-12-31', time: '12:00:00' }, formula('1=2', false)],
            [true, false, '_x005F_x000D_', 'a_x000D_b', '', formula('""', '')],
            [-1.5, 1e300, styledBlank, formula('NOW()'), formula('"t"', 't'), formula('1=1', true)],
            [],
            ['合计', null, null, null, { date: '2026-07-01', time: '00:00:01', fmt: 'h:mm:ss' }, styledBlank],
          ],
          merges: ['C2:C4', 'A8:B8', 'E6:E7'],
        },
        { name: '隐藏', rows: [['x']], state: 'hidden' },
        { name: '很隐藏', rows: [['x']], state: 'veryHidden' },
        { name: '注音', rows: [['序号', '姓名'], [1, '张三']], merges: ['C1:D2'] },
      ],
      { phonetic: { 序号: "xu'hao" } },
    );
    const both = await readBoth(path);
    expect(differences(both)).toEqual(['名册!F3 falsy-formula-result', '名册!F4 falsy-formula-result', '名册!F5 falsy-formula-result']);
    const sheet = sheetOf(both.fast);
    expect(sheet.name).toBe('名册');
    expect(values(sheet)[0]).toEqual(['序号', '姓名', '部门', '日期', '时间', '公式']);
    expect(sheet.cell(1, 4).value).toEqual({ kind: 'date', date: '2026-03-08', time: '09:59:59' });
    expect(sheet.cell(3, 2)).toEqual({ value: '语文组', fromMerge: true });
    expect(sheet.cell(4, 2).value).toBe('_x000D_'); // `_x005F_` escapes the underscore
    expect(sheet.cell(4, 3).value).toBe('a\rb');
    expect([sheet.cell(1, 5).value, sheet.cell(2, 5).value, sheet.cell(3, 5).value, sheet.cell(4, 5).value]).toEqual([2, 0, false, '']);
    expect(sheet.cell(5, 3)).toEqual({ value: null, formulaWithoutResult: true });
    expect(sheetOf(both.fast, 1).cell(0, 0).value).toBe('序号');
    expect(both.fast.notes.map((n) => [n.sheet, n.code])).toEqual([
      ['隐藏', 'sheet_hidden'],
      ['很隐藏', 'sheet_hidden'],
    ]);
  });

  it('error values, as plain cells and as formula results', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('错误');
    ws.getCell('A1').value = { error: '#DIV/0!' } as ExcelJS.CellErrorValue;
    ws.getCell('B1').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
    ws.getCell('C1').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    ws.getCell('D1').value = 5;
    const path = join(await tempDir(), 'errors.xlsx');
    await wb.xlsx.writeFile(path);
    const both = await readBoth(path);
    expect(differences(both)).toEqual([]);
    const sheet = sheetOf(both.fast);
    expect([sheet.cell(0, 0), sheet.cell(0, 1), sheet.cell(0, 2)]).toEqual([
      { value: null, errorValue: '#DIV/0!' },
      { value: null, errorValue: '#DIV/0!' },
      { value: null, errorValue: '#N/A' },
    ]);
  });
});

describe('dates from serials', () => {
  it('match the exceljs adapter to the second, across the whole range and at day and second boundaries', () => {
    const serials = [0, 0.5, 1, 2, 59, 59.99999, 60, 60.5, 60.999994, 61, 61.000006, 45000.999994212, 46089.41665509259, 2958465, 2958465.9999999, -1, -700000, 1e9];
    let seed = 20260710;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let i = 0; i < 20_000; i++) serials.push(Math.round(random() * 3e12) / 1e6, Math.floor(random() * 3e6) + (Math.floor(random() * 86_400) + 0.5) / 86_400);
    const mismatches = serials.filter((s) => !isEqual(dateCellFromSerial(s, false), asExceljsDate(s)));
    expect(mismatches).toEqual([]);
  });

  it("keep exceljs's reading before 1900-03-01 (a day earlier than Excel shows) and Excel's from then on", () => {
    expect([1, 59, 60, 61].map((s) => dateCellFromSerial(s, false)?.date)).toEqual(['1899-12-31', '1900-02-27', '1900-02-28', '1900-03-01']);
  });
});

describe('files exceljs cannot open', () => {
  it.each(EXCELJS_REJECTS)('%s: namespace-prefixed parts (<x:c>) are read; exceljs calls the file corrupt', async (file) => {
    const path = join(CORPUS, file);
    const buf = await readFile(path);
    await expect(readWithExceljs(buf, file)).rejects.toBeInstanceOf(SourceError);
    expect(plain(await readExcelWorkbook(path))).toEqual(plain(readFastWorkbook(buf, file)));
  });

  it('easyexcel-t02.xlsx: the title merged across the table, then headers and one data row', async () => {
    const sheet = sheetOf(await readExcelWorkbook(join(CORPUS, 'easyexcel-t02.xlsx')));
    expect([sheet.name, sheet.rowCount, sheet.columnCount]).toEqual(['测试配方1027', 3, 18]);
    expect(sheet.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 17 }]);
    expect(sheet.cell(0, 17)).toEqual({ value: '测试配方1027', fromMerge: true });
    expect(values(sheet)[1]!.slice(0, 3)).toEqual(['序号', '原料编号', '厂定名称']);
    expect(values(sheet)[2]!.slice(0, 6)).toEqual(['1', '01502200', '1，2-戊二醇', '1,2-戊二醇', 'PENTYLENE GLYCOL', 100]);
  });

  it('easyexcel-t04.xlsx: 57 rows, 70 merges, data descriptors in the zip', async () => {
    const sheet = sheetOf(await readExcelWorkbook(join(CORPUS, 'easyexcel-t04.xlsx')));
    expect([sheet.name, sheet.rowCount, sheet.columnCount, sheet.merges.length]).toEqual(['工作表1', 57, 12, 70]);
    expect(values(sheet)[0]).toEqual(['序号', 'ID号', '工位号', 'eblock编码', 'PACK位置', 'PACK编码', 'PCS编码', '水机', '程序版本号', '异常情况', '调试时间', '调试状态']);
    expect(sheet.cell(2, 0)).toEqual({ value: 1, fromMerge: true });
  });
});

/** One row of cells in a hand-written worksheet. */
const row = (r: number, cells: string) => `<row r="${r}">${cells}</row>`;

describe('what exceljs misreads and the fast reader reads as written', () => {
  it('inline strings: rich runs joined, escapes decoded; t="str" decoded once', async () => {
    const path = await writeRawWorkbook('inline.xlsx', {
      sharedStrings: ['<t>_x005F_x000D_</t>'],
      sheets: [
        {
          name: 'S',
          xml: worksheet(
            row(
              1,
              '<c r="A1" t="inlineStr"><is><t>张三</t></is></c>' +
                '<c r="B1" t="inlineStr"><is><r><t>部</t></r><r><rPr><b/></rPr><t>门</t></r></is></c>' +
                '<c r="C1" t="str"><v>a &amp;amp; b</v></c>' +
                '<c r="D1" t="inlineStr"><is><t>一_x000D_&#10;二</t></is></c>' +
                '<c r="E1" t="s"><v>0</v></c>' +
                '<c r="F1" t="inlineStr"><is><t xml:space="preserve"> &#x4E2D;&#25991;&lt;&gt;&quot;&apos; </t></is></c>',
            ),
          ),
        },
      ],
    });
    const { fast, exceljs } = await readBoth(path);
    expect(values(sheetOf(fast))).toEqual([['张三', '部门', 'a &amp; b', '一\r\n二', '_x000D_', ' 中文<>"\' ']]);
    // exceljs decodes t="str" twice and leaves _x000D_ in plain inline text (it decodes it in runs and shared strings)
    expect(values(sheetOf(exceljs))).toEqual([['张三', '部门', 'a & b', '一_x000D_\n二', '_x000D_', ' 中文<>"\' ']]);
  });

  it('a phonetic guide in an inline string is dropped, and the rest of the sheet still read', async () => {
    const path = await writeRawWorkbook('inline-phonetic.xlsx', {
      sheets: [
        {
          name: 'S',
          xml: worksheet(
            row(1, '<c r="A1" t="inlineStr"><is><t>序号</t><rPh sb="0" eb="2"><t>xu\'hao</t></rPh><phoneticPr fontId="1"/></is></c><c r="B1"><v>2</v></c>') +
              row(2, '<c r="A2"><v>7</v></c>'),
          ),
        },
      ],
    });
    const { fast, exceljs } = await readBoth(path);
    expect(values(sheetOf(fast))).toEqual([
      ['序号', 2],
      [7, null],
    ]);
    // exceljs takes </rPh> for the end of the cell, loses its place, and reads nothing of the sheet
    expect(values(sheetOf(exceljs))).toEqual([]);
  });

  it('t="d" holds an ISO date; booleans, errors and numbers read alike', async () => {
    const path = await writeRawWorkbook('typed.xlsx', {
      sheets: [
        {
          name: 'S',
          xml: worksheet(
            row(1, '<c r="A1" t="d"><v>2026-03-08T09:30:00</v></c><c r="B1" t="d"><v>2026-03-09</v></c><c r="C1" t="b"><v>1</v></c><c r="D1" t="e"><v>#REF!</v></c><c r="E1"><v>1.5E3</v></c>'),
          ),
        },
      ],
    });
    const { fast, exceljs } = await readBoth(path);
    expect(values(sheetOf(fast))).toEqual([[{ kind: 'date', date: '2026-03-08', time: '09:30:00' }, { kind: 'date', date: '2026-03-09' }, true, null, 1500]]);
    expect(sheetOf(fast).cell(0, 3)).toEqual({ value: null, errorValue: '#REF!' });
    // exceljs parses the ISO text as a number: the year
    expect(values(sheetOf(exceljs))).toEqual([[2026, 2026, true, null, 1500]]);
  });

  it('a formula in a date-formatted cell is a date only when its result is a number', async () => {
    const path = await writeRawWorkbook('formula-dates.xlsx', {
      styles: styles([0, 14]),
      sheets: [
        {
          name: 'S',
          xml: worksheet(
            row(
              1,
              '<c r="A1" s="1"><f>DATE(2026,3,8)</f><v>46089</v></c>' +
                '<c r="B1" s="1" t="str"><f>TEXT(A1,"yyyy年m月d日")</f><v>2026年3月8日</v></c>' +
                '<c r="C1" s="1" t="e"><f>1/0</f><v>#DIV/0!</v></c>' +
                '<c r="D1" s="1" t="b"><f>TRUE()</f><v>1</v></c>',
            ),
          ),
        },
      ],
    });
    const { fast, exceljs } = await readBoth(path);
    const f = sheetOf(fast);
    expect([f.cell(0, 0), f.cell(0, 1), f.cell(0, 2), f.cell(0, 3)]).toEqual([
      { value: { kind: 'date', date: '2026-03-08' } },
      { value: '2026年3月8日' },
      { value: null, errorValue: '#DIV/0!' },
      { value: true },
    ]);
    // exceljs converts every result of a date-formatted formula: text and errors vanish, TRUE becomes a date
    expect(values(sheetOf(exceljs))).toEqual([[{ kind: 'date', date: '2026-03-08' }, null, null, { kind: 'date', date: '1899-12-31' }]]);
  });

  it('number formats: East Asian built-ins and custom codes with date letters read as dates', async () => {
    const custom = { 164: 'yyyy"年"m"月"d"日"', 165: '[$-804]aaaa;@', 166: 'YYYY-MM-DD', 167: '0.00_);[Red]\\(0.00\\)', 168: '"d"0.00' };
    const ids = [0, 31, 57, 58, 32, 14, 164, 165, 166, 167, 168];
    const cells = ids.map((_, i) => `<c r="${a1(0, i)}" s="${i}"><v>46089.5</v></c>`).join('');
    const path = await writeRawWorkbook('formats.xlsx', { styles: styles(ids, custom), sheets: [{ name: 'S', xml: worksheet(row(1, cells)) }] });
    const both = await readBoth(path);
    const noon = { kind: 'date', date: '2026-03-08', time: '12:00:00' };
    // 165 shows the weekday (aaaa) and is read as a number by both readers, as before
    expect(values(sheetOf(both.fast))).toEqual([[46089.5, noon, noon, noon, noon, noon, noon, 46089.5, noon, 46089.5, 46089.5]]);
    expect(differences(both)).toEqual(['S!B1', 'S!C1', 'S!D1', 'S!E1'].map((c) => `${c} east-asian-date-format`));
  });

  it('namespace-prefixed parts (<x:worksheet>, <x:c>) read like plain ones', async () => {
    const unprefixed = workbookParts({
      sharedStrings: ['<t>姓名</t>', '<r><t>张</t></r><r><t>三</t></r>'],
      styles: styles([0, 14]),
      sheets: [{ name: '名册', xml: worksheet(row(1, '<c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>46089</v></c>') + row(2, '<c r="A2" t="s"><v>1</v></c>'), '<mergeCells count="1"><mergeCell ref="A2:B2"/></mergeCells>') }],
    });
    const prefixed = new Map(
      [...unprefixed].map(([name, xml]) => [
        name,
        /^xl\/(workbook|styles|sharedStrings|worksheets\/)/.test(name)
          ? xml.replace(/<(\/?)([A-Za-z]+)([\s>/])/g, '<$1x:$2$3').replace(/xmlns="([^"]+)"/, 'xmlns:x="$1"')
          : xml,
      ]),
    );
    const buf = zipParts(prefixed);
    expect(buf.toString('utf8')).toContain('<x:c r="A1" t="s">');
    const read = readFastWorkbook(buf, 'prefixed.xlsx');
    expect(plain(read)).toEqual(plain(readFastWorkbook(zipParts(unprefixed), 'prefixed.xlsx')));
    expect(values(sheetOf(read))).toEqual([
      ['姓名', { kind: 'date', date: '2026-03-08' }],
      ['张三', '张三'],
    ]);
    await expect(readWithExceljs(buf, 'prefixed.xlsx')).rejects.toBeInstanceOf(SourceError);
  });

  it('rows and cells without r= follow the previous ones (exceljs refuses rows without r=)', async () => {
    const path = await writeRawWorkbook('no-refs.xlsx', {
      sheets: [{ name: 'S', xml: worksheet('<row><c><v>1</v></c><c><v>2</v></c></row><row><c r="B2"><v>3</v></c><c/><c><v>4</v></c></row><row r="5"><c><v>5</v></c></row>') }],
    });
    const buf = await readFile(path);
    expect(values(sheetOf(readFastWorkbook(buf, 'no-refs.xlsx')))).toEqual([
      [1, 2, null, null],
      [null, 3, null, 4],
      [null, null, null, null],
      [null, null, null, null],
      [5, null, null, null],
    ]);
    await expect(readWithExceljs(buf, 'no-refs.xlsx')).rejects.toBeInstanceOf(SourceError);
  });
});

describe('workbook structure read alike', () => {
  const spec = {
    sharedStrings: ['<t>活动名称</t>', '<t>三八健步走</t>'],
    sheets: [
      { name: ' 活动台账 ', target: '/xl/worksheets/sheet2.xml', xml: worksheet(row(1, '<c r="A1" t="s"><v>0</v></c>') + row(2, '<c r="A2" t="s"><v>1</v></c><c r="B2"><v>2</v></c>')) },
      { name: '隐藏', state: 'hidden' as const, target: 'worksheets/sheet1.xml', xml: worksheet(row(1, '<c r="A1"><v>1</v></c>')) },
      { name: '参数', target: 'worksheets/sheet3.xml', xml: worksheet('') },
      { name: '很隐藏', state: 'veryHidden' as const, xml: worksheet('') },
    ],
  };

  it.each([
    ['stored', {}],
    ['deflated', { deflate: true }],
    ['deflated with data descriptors', { deflate: true, dataDescriptor: true }],
  ])('%s entries: tab order from workbook.xml, absolute targets, trimmed names, hidden sheets noted', async (_, zip) => {
    const path = await writeRawWorkbook('structure.xlsx', spec, zip);
    const both = await readBoth(path);
    expect(differences(both)).toEqual([]);
    expect(both.fast.workbook.sheets.map((s) => [s.name, s.rowCount, s.columnCount])).toEqual([
      ['活动台账', 2, 2],
      ['参数', 0, 0],
    ]);
    expect(both.fast.notes.map((n) => [n.sheet, n.code])).toEqual([
      ['隐藏', 'sheet_hidden'],
      ['很隐藏', 'sheet_hidden'],
    ]);
  });

  it('the 1904 date system', async () => {
    const path = await writeRawWorkbook('1904.xlsx', {
      workbookPr: '<workbookPr date1904="1"/>',
      styles: styles([0, 14]),
      sheets: [{ name: 'S', xml: worksheet(row(1, '<c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>44627.25</v></c>')) }],
    });
    const both = await readBoth(path);
    expect(differences(both)).toEqual([]);
    expect(values(sheetOf(both.fast))).toEqual([[{ kind: 'date', date: '1904-01-01' }, { kind: 'date', date: '2026-03-08', time: '06:00:00' }]]);
  });
});

describe('what the fast reader leaves to exceljs', () => {
  it.each([
    ['inline text on a t="str" cell', '<c r="A1" t="str"><is><t>a</t></is></c>'],
    ['inline text beside a formula', '<c r="A1" t="inlineStr"><f>"a"</f><is><t>a</t></is></c>'],
    ['inline text beside a value', '<c r="A1" t="inlineStr"><v>3</v><is><t>a</t></is></c>'],
  ])('%s: exceljs decides, given the parts proven within the limits', async (_, cell) => {
    const path = await writeRawWorkbook('unusual-inline.xlsx', { sheets: [{ name: 'S', xml: worksheet(row(1, `${cell}<c r="B1"><v>2</v></c>`)) }] }, { deflate: true });
    const buf = await readFile(path);
    expect(() => readFastWorkbook(buf, 'unusual-inline.xlsx')).toThrow(FastReaderUnsupported);
    const read = await readExcelWorkbook(path);
    expect(plain(read)).toEqual(plain(await readWithExceljs(buf, 'unusual-inline.xlsx')));
    expect(sheetOf(read).cell(0, 1).value).toBe(2);
  });

  it('overlapping merged ranges: one line naming both (exceljs says only that the file is corrupt)', async () => {
    const path = await writeRawWorkbook('overlap.xlsx', {
      sheets: [{ name: 'S', xml: worksheet(row(1, '<c r="A1"><v>1</v></c>'), '<mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>') }],
    });
    await expect(readWithExceljs(await readFile(path), 'overlap.xlsx')).rejects.toBeInstanceOf(SourceError);
    await expect(readExcelWorkbook(path)).rejects.toMatchObject({
      issue: { code: 'source_merges_overlap', sheet: 'S', message: expect.stringContaining('合并单元格 A1:B2 与 B2:C3 互相重叠') },
    });
  });
});

describe('what exceljs loses and the fast reader reads', () => {
  it('CDATA sections are text, taken literally (exceljs drops them, and here the cells after them)', async () => {
    const path = await writeRawWorkbook('cdata.xlsx', {
      sharedStrings: ['<t><![CDATA[甲<乙&amp;]]></t>'],
      sheets: [{ name: 'S', xml: worksheet(row(1, '<c r="A1" t="inlineStr"><is><t>a<![CDATA[<b>]]>c</t></is></c><c r="B1"><v><![CDATA[2]]></v></c><c r="C1" t="s"><v>0</v></c>')) }],
    });
    const { fast, exceljs } = await readBoth(path);
    expect(values(sheetOf(fast))).toEqual([['a<b>c', 2, '甲<乙&amp;']]);
    expect(values(sheetOf(exceljs))).toEqual([['ac']]);
  });

  it('comments and processing instructions inside a value or text are dropped, as exceljs does', async () => {
    const path = await writeRawWorkbook('comments.xlsx', {
      sheets: [{ name: 'S', xml: worksheet(row(1, '<c r="A1"><v>1<!-- x -->2</v></c><c r="B1" t="inlineStr"><is><t>a<?pi x?>b</t></is></c>')) }],
    });
    const both = await readBoth(path);
    expect(differences(both)).toEqual([]);
    expect(values(sheetOf(both.fast))).toEqual([[12, 'ab']]);
  });

  it('parts in UTF-16 or a declared GBK encoding are decoded (exceljs refuses UTF-16 and garbles GBK)', async () => {
    const parts = workbookParts({ sharedStrings: ['<t>姓名</t>'], sheets: [{ name: 'S', xml: worksheet(row(1, '<c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>部门</t></is></c>')) }] });
    const ss = parts.get('xl/sharedStrings.xml')!;
    const sheet = parts.get('xl/worksheets/sheet1.xml')!;
    const gbkBytes = (xml: string) => {
      const [before, after] = xml.replace('UTF-8', 'GBK').split('姓名') as [string, string];
      return Buffer.concat([Buffer.from(before), Buffer.from([0xd0, 0xd5, 0xc3, 0xfb]), Buffer.from(after)]);
    };
    const encoded = new Map<string, string | Buffer>([...parts]);
    encoded.set('xl/sharedStrings.xml', gbkBytes(ss));
    encoded.set('xl/worksheets/sheet1.xml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sheet.replace('UTF-8', 'UTF-16'), 'utf16le')]));
    const buf = zipParts(encoded, { deflate: true });
    expect(values(sheetOf(readFastWorkbook(buf, 'encodings.xlsx')))).toEqual([['姓名', '部门']]);
    await expect(readWithExceljs(buf, 'encodings.xlsx')).rejects.toBeInstanceOf(SourceError);
  });

  it('two sheets with one sheetId are both read (exceljs keeps only the last)', async () => {
    const parts = workbookParts({ sheets: [{ name: '名册', xml: worksheet(row(1, '<c r="A1"><v>1</v></c>')) }, { name: '签到', xml: worksheet(row(1, '<c r="A1"><v>2</v></c>')) }] });
    parts.set('xl/workbook.xml', parts.get('xl/workbook.xml')!.replace('sheetId="2"', 'sheetId="1"'));
    const buf = zipParts(parts);
    expect(readFastWorkbook(buf, 'ids.xlsx').workbook.sheets.map((s) => s.name)).toEqual(['名册', '签到']);
    expect((await readWithExceljs(buf, 'ids.xlsx')).workbook.sheets.map((s) => s.name)).toEqual(['签到']);
  });

  it('sheet names Excel would not write (History, a slash, a leading quote) are read as written (exceljs refuses the file)', async () => {
    const path = await writeRawWorkbook('names.xlsx', { sheets: ['History', '1/2月', "'草稿"].map((name) => ({ name, xml: worksheet(row(1, '<c r="A1"><v>1</v></c>')) })) });
    const buf = await readFile(path);
    expect(readFastWorkbook(buf, 'names.xlsx').workbook.sheets.map((s) => s.name)).toEqual(['History', '1/2月', "'草稿"]);
    await expect(readWithExceljs(buf, 'names.xlsx')).rejects.toBeInstanceOf(SourceError);
  });

  it('t="d" text that is not ISO 8601 is kept as written, for the date parsers to read or report (exceljs reads 2026)', async () => {
    const path = await writeRawWorkbook('d-text.xlsx', { sheets: [{ name: 'S', xml: worksheet(row(1, '<c r="A1" t="d"><v>2026/3/8</v></c><c r="B1" t="d"><v>三月</v></c>')) }] });
    const { fast, exceljs } = await readBoth(path);
    expect(values(sheetOf(fast))).toEqual([['2026/3/8', '三月']]);
    expect(values(sheetOf(exceljs))).toEqual([[2026]]);
  });
});
