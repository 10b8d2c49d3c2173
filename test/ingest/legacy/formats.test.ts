/**
 * read-file.ts picks the reader by the file's bytes, not its name; the legacy adapter's
 * refusals are one Chinese line each; East Asian built-in date formats, hidden OpenDocument
 * tables and the size limits hold as for .xlsx.
 */
import { copyFile, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReadLimits } from '../../../src/ingest/excel/limits.ts';
import { DEFAULT_INGEST_CONFIG } from '../../../src/ingest/ingest-config.ts';
import { ingest } from '../../../src/ingest/index.ts';
import { dateToSerial } from '../../../src/ingest/values/serial.ts';
import { brief, issuesCoded } from '../../helpers/ingest-result.ts';
import { runCli } from '../../helpers/cli.ts';
import { rawEntry, repeatedDeflate, unzipParts, zipEntries } from '../../helpers/raw-xlsx.ts';
import { sheetJsCopy } from '../../helpers/legacy-convert.ts';
import {
  compoundFile,
  HTML_XLS,
  odsFrom,
  odsRow,
  SPREADSHEETML_XLS,
  xlsFrom,
  xlsWithBuiltinFormat31,
  xlsWithPassword,
} from '../../helpers/legacy-files.ts';
import { tempDir, writeWorkbook, type SheetSpec } from '../../helpers/workbook.ts';

const ROSTER: SheetSpec = { name: '花名册', rows: [['姓名', '部门', '性别'], ['张三', '语文组', '男'], ['李四', '数学组', '女']] };
const TODAY = '2026-06-30';
const LO_ODS = join(import.meta.dirname, 'files', 'libreoffice.ods');

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const names = async (path: string, limits?: ReadLimits) => {
  const res = await ingest([path], { today: TODAY, ...(limits ? { config: { ...DEFAULT_INGEST_CONFIG, limits } } : {}) });
  return { res, staff: res.records.staff.map((s) => s.name), fatal: res.fatal.map(brief) };
};

describe('the bytes decide the reader, not the name', () => {
  it('an .xlsx saved under an .xls or .et name is read as the xlsx it is', async () => {
    const xlsx = await writeWorkbook(dir, '名册.xlsx', [ROSTER]);
    for (const name of ['教职工名册.xls', '教职工名册.et']) {
      await copyFile(xlsx, join(dir, name));
      expect((await names(join(dir, name))).staff).toEqual(['张三', '李四']);
    }
  });

  it('an .ods under an .xlsx name, and a .xls under an .xlsx or .csv name, are read as what they are', async () => {
    await copyFile(LO_ODS, join(dir, '工会台账.xlsx'));
    expect((await names(join(dir, '工会台账.xlsx'))).staff).toEqual(['张三', '李四', '王五', '赵六', '孙七']);
    const xls = await sheetJsCopy(await writeWorkbook(dir, '名册.xlsx', [ROSTER]), join(dir, '教职工名册.xlsx'), 'biff8');
    expect((await names(xls)).staff).toEqual(['张三', '李四']);
    await copyFile(xls, join(dir, '教职工名册.csv'));
    expect((await names(join(dir, '教职工名册.csv'))).staff).toEqual(['张三', '李四']);
  });
});

describe('files that cannot be read, one Chinese line each', () => {
  it('a web page saved as .xls says it is a web page, exit 2, nothing else on stderr', async () => {
    const path = join(dir, '教职工名册.xls');
    await writeFile(path, HTML_XLS);
    const { fatal, res } = await names(path);
    expect(fatal).toEqual([{ severity: 'error', file: '教职工名册.xls', sheet: null, cell: null, code: 'source_disguised' }]);
    expect(res.fatal[0]!.message).toBe('“教职工名册.xls”实际是网页文件（HTML），只是改成了表格的扩展名，无法读取；请用 Excel 或 WPS 打开后“另存为” .xlsx 格式再试');
    const run = await runCli(['check', path], TODAY);
    expect(run.code).toBe(2);
    expect(run.stderrLines).toEqual([`教职工名册.xls：${res.fatal[0]!.message}`]);
  });

  it('a "single file web page" (.mht) and an Excel 2003 XML file under .xls names are refused as such', async () => {
    await writeFile(join(dir, '名册.xls'), 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="----=_NextPart"\r\n\r\n');
    await writeFile(join(dir, '签到.xls'), SPREADSHEETML_XLS);
    expect((await names(join(dir, '名册.xls'))).res.fatal[0]!.message).toContain('网页文件（HTML）');
    const xml = (await names(join(dir, '签到.xls'))).res.fatal[0]!;
    expect([xml.code, xml.message]).toEqual(['source_disguised', '“签到.xls”实际是Excel 2003 XML 文件，只是改成了表格的扩展名，无法读取；请用 Excel 或 WPS 打开后“另存为” .xlsx 格式再试']);
  });

  it('an .xls with an open password says so', async () => {
    const { fatal, res } = await names(await xlsWithPassword(dir, '经费台账.xls'));
    expect(fatal.map((i) => i.code)).toEqual(['source_encrypted']);
    expect(res.fatal[0]!.message).toContain('设置了打开密码');
  });

  it('an xlsx with an open password (a compound file too) stays source_encrypted', async () => {
    expect((await names(await compoundFile(dir, '经费台账.xlsx', 'EncryptedPackage'))).fatal.map((i) => i.code)).toEqual(['source_encrypted']);
  });

  it('an Excel 95 workbook is refused: its Chinese text is in a code page', async () => {
    const { fatal, res } = await names(await xlsFrom(dir, '名册.xls', [['姓名'], ['张三']], 'biff5'));
    expect(fatal.map((i) => i.code)).toEqual(['source_biff5']);
    expect(res.fatal[0]!.message).toBe('“名册.xls”是 Excel 95 或更早版本的格式，其中的中文无法可靠读取；请用 Excel 或 WPS 打开后“另存为” .xlsx 格式再试');
  });

  it('a Word document named .xls, and a damaged .xls, are old-format files that cannot be read', async () => {
    expect((await names(await compoundFile(dir, '说明.xls', 'WordDocument'))).fatal.map((i) => i.code)).toEqual(['source_xls']);
    const good = await xlsFrom(dir, '好.xls', [['姓名'], ['张三']]);
    const bytes = await readFile(good);
    await writeFile(join(dir, '坏.xls'), bytes.subarray(0, 1536));
    const bad = await names(join(dir, '坏.xls'));
    expect(bad.fatal.map((i) => i.code)).toEqual(['source_xls']);
    expect(bad.res.fatal[0]!.message).toBe('“坏.xls”是旧版 Excel（.xls）格式的文件，但读不出其中的表格（可能已损坏）；请用 Excel 或 WPS 打开后“另存为” .xlsx 格式再试');
  });

  it('an OpenDocument text under an .ods name is not a spreadsheet; a damaged .ods is damaged', async () => {
    const odt = await odsFrom(dir, '报告.ods', [], 'application/vnd.oasis.opendocument.text');
    const res = (await names(odt)).res;
    expect([res.fatal[0]!.code, res.fatal[0]!.message]).toEqual(['source_not_spreadsheet', '“报告.ods”不是表格文件（.xlsx、.xls、.et、.ods 或 .csv），无法读取']);
    await writeFile(join(dir, '坏.ods'), (await readFile(LO_ODS)).subarray(0, 4000));
    expect((await names(join(dir, '坏.ods'))).fatal.map((i) => i.code)).toEqual(['source_damaged']);
  });
});

describe('values and sheets as the xlsx reader gives them', () => {
  it('a .xls date cell in East Asian built-in format 31, used by number with no format record, is a date', async () => {
    const path = await xlsWithBuiltinFormat31(dir, '名册.xls', dateToSerial('1990-08-20'));
    const { readWorkbookFile } = await import('../../../src/ingest/read-file.ts');
    const { DEFAULT_LIMITS } = await import('../../../src/ingest/excel/limits.ts');
    const sheet = (await readWorkbookFile(path, DEFAULT_LIMITS)).workbook.sheets[0]!;
    expect(sheet.cell(1, 1)).toEqual({ value: { kind: 'date', date: '1990-08-20' } });
  });

  it('an .ods table hidden in its style is skipped with the sheet_hidden note', async () => {
    const path = await odsFrom(dir, '名册.ods', [
      { name: '花名册', rows: odsRow('姓名', '部门') + odsRow('张三', '语文组') },
      { name: '旧名册', rows: odsRow('姓名', '部门') + odsRow('周八', '语文组'), hidden: true },
    ]);
    const { res, staff, fatal } = await names(path);
    expect(fatal).toEqual([]);
    expect(staff).toEqual(['张三']);
    expect(issuesCoded(res, 'sheet_hidden')).toEqual([{ severity: 'info', file: '名册.ods', sheet: '旧名册', cell: null, code: 'sheet_hidden' }]);
  });
});

describe('the size limits of the xlsx reader', () => {
  const big: ReadLimits = { maxXmlBytes: 200 * 1024 * 1024, maxCells: 5 };

  it('a .xls larger than allowed is refused before it is parsed', async () => {
    const path = await xlsFrom(dir, '名册.xls', [['姓名'], ['张三']]);
    const { res } = await names(path, { maxXmlBytes: 1024, maxCells: 5_000_000 });
    expect(res.fatal.map((i) => [i.code, i.message])).toEqual([['source_too_large', '“名册.xls”过大（文件 0 MB，上限 0 MB），为保护内存已停止读取；请删去无关的工作表或拆分文件']]);
  });

  it('a .xls or .ods with more cells than allowed is refused', async () => {
    const xls = await xlsFrom(dir, '名册.xls', [['姓名', '部门'], ['张三', '语文组'], ['李四', '数学组']]);
    expect((await names(xls, big)).res.fatal.map((i) => [i.code, i.message])).toEqual([
      ['source_too_large', '“名册.xls”过大（单元格超过 5 个），为保护内存已停止读取；请删去无关的工作表或拆分文件'],
    ]);
    expect((await names(LO_ODS, big)).fatal.map((i) => i.code)).toEqual(['source_too_large']);
  });

  it("an .ods whose repeated cells would expand past the limit is refused from its markup, before SheetJS expands them", async () => {
    // one row of 1,000 cells repeated 10,000 times: 10 million cells from a few hundred bytes
    const row = '<table:table-row table:number-rows-repeated="10000"><table:table-cell table:number-columns-repeated="1000" office:value-type="float" office:value="1"/></table:table-row>';
    const path = await odsFrom(dir, '炸弹.ods', [{ name: '表', rows: row }]);
    const { res } = await names(path);
    expect(res.fatal.map((i) => [i.code, i.message])).toEqual([['source_too_large', '“炸弹.ods”过大（单元格超过 5,000,000 个），为保护内存已停止读取；请删去无关的工作表或拆分文件']]);
  });

  it('an .ods carrying a picture that inflates to gigabytes reads its tables and never inflates the picture', async () => {
    const parts = unzipParts(await readFile(LO_ODS));
    const picture = repeatedDeflate('', 'x'.repeat(1 << 20), 2048, ''); // 2 GiB from a few MB
    const path = join(dir, '带图.ods');
    await writeFile(path, zipEntries([...[...parts].map(([name, bytes]) => rawEntry(name, bytes, name !== 'mimetype')), { name: 'Pictures/huge.png', method: 8, ...picture }]));
    const before = process.memoryUsage().rss;
    const withPicture = await names(path);
    expect(withPicture.fatal).toEqual([]);
    expect(process.memoryUsage().rss - before).toBeLessThan(512 * 1024 * 1024);
    const plain = (await names(LO_ODS)).res;
    expect(withPicture.res.sheets).toEqual(plain.sheets.map((s) => ({ ...s, file: '带图.ods' })));
  });

  it('an .ods whose content.xml inflates past what its header declares is refused as damaged', async () => {
    const parts = unzipParts(await readFile(LO_ODS));
    const content = parts.get('content.xml')!;
    const lying = { ...rawEntry('content.xml', Buffer.concat([content, Buffer.alloc(1 << 20, 0x20)])), size: content.length };
    const path = join(dir, '说谎.ods');
    await writeFile(path, zipEntries([...parts].map(([name, bytes]) => (name === 'content.xml' ? lying : rawEntry(name, bytes, name !== 'mimetype')))));
    const { res } = await names(path);
    expect(res.fatal.map((i) => [i.code, i.message])).toEqual([
      ['source_damaged', '“说谎.ods”已损坏，无法读取（有一部分数据解压后远大于文件记录的大小，为保护内存已停止读取）；请用 Excel 或 WPS 打开，能打开就另存一份再试，打不开请找回原文件或备份'],
    ]);
  });
});
