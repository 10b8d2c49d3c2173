/**
 * A folder scan reads .xlsx, .xls, .et, .ods and .csv, and names every entry it leaves out
 * and why (ledgers.md §1): Office lock files of any format, other files, subfolders. Hidden
 * files and the config file are passed over silently. The watcher re-reads on the same names.
 */
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingest } from '../../../src/ingest/index.ts';
import { watchSources } from '../../../src/server/watch.ts';
import { writeCsv } from '../../helpers/csv-file.ts';
import { sheetJsCopy } from '../../helpers/legacy-convert.ts';
import { tempDir, writeWorkbook, type SheetSpec } from '../../helpers/workbook.ts';

const roster = (name: string, who: string): SheetSpec => ({ name, rows: [['姓名', '部门', '性别'], [who, '语文组', '男']] });
const LO_ODS = join(import.meta.dirname, 'files', 'libreoffice.ods');

let dir: string;
let scratch: string;
beforeEach(async () => {
  dir = await tempDir();
  scratch = await tempDir();
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(scratch, { recursive: true, force: true });
});

describe('a folder of mixed files', () => {
  it('reads every spreadsheet format and says what it skipped, one line each', async () => {
    await writeWorkbook(dir, '教职工名册.xlsx', [roster('花名册', '张三')]);
    await sheetJsCopy(await writeWorkbook(scratch, 'a.xlsx', [roster('旧版名册', '李四')]), join(dir, '名册2019.xls'), 'biff8');
    await sheetJsCopy(await writeWorkbook(scratch, 'b.xlsx', [roster('WPS名册', '王五')]), join(dir, '名册WPS.et'), 'biff8');
    await copyFile(LO_ODS, join(dir, '工会台账.ods'));
    await writeCsv(dir, '新进名册.csv', [['姓名', '部门', '性别'], ['钱九', '数学组', '女']], { encoding: 'gbk' });
    for (const lock of ['~$教职工名册.xlsx', '~$名册2019.xls', '~$工会台账.ods', '~$说明.docx']) await writeFile(join(dir, lock), Buffer.from([0x0c, 0x00]));
    await writeFile(join(dir, '说明.docx'), 'PK');
    await writeFile(join(dir, '照片.jpg'), Buffer.from([0xff, 0xd8, 0xff]));
    await writeFile(join(dir, '.DS_Store'), '');
    await writeFile(join(dir, 'union-dash.config.json'), '{}');
    await mkdir(join(dir, '归档'));
    await writeWorkbook(join(dir, '归档'), '去年名册.xlsx', [roster('去年', '赵六')]);

    const res = await ingest([dir], { today: '2026-06-30' });

    expect(res.fatal).toEqual([]);
    expect([...new Set(res.sheets.map((s) => s.file))]).toEqual(['工会台账.ods', '教职工名册.xlsx', '名册2019.xls', '名册WPS.et', '新进名册.csv']);
    expect(res.records.staff.map((s) => s.name)).toEqual(['张三', '李四', '王五', '赵六', '孙七', '张三', '李四', '王五', '钱九']);
    const skipped = res.issues.filter((i) => ['lock_file_skipped', 'file_skipped', 'folder_skipped'].includes(i.code));
    expect(skipped.map((i) => [i.severity, i.file, i.message])).toEqual([
      ['info', '~$工会台账.ods', '已跳过 Office 临时锁定文件“~$工会台账.ods”（文件正被打开编辑）'],
      ['info', '~$教职工名册.xlsx', '已跳过 Office 临时锁定文件“~$教职工名册.xlsx”（文件正被打开编辑）'],
      ['info', '~$名册2019.xls', '已跳过 Office 临时锁定文件“~$名册2019.xls”（文件正被打开编辑）'],
      ['info', '~$说明.docx', '已跳过 Office 临时锁定文件“~$说明.docx”（文件正被打开编辑）'],
      ['info', '归档', '已跳过子文件夹“归档”：不读取子文件夹中的文件'],
      ['info', '说明.docx', '已跳过“说明.docx”：不是表格文件（只读取 .xlsx、.xls、.et、.ods、.csv）'],
      ['info', '照片.jpg', '已跳过“照片.jpg”：不是表格文件（只读取 .xlsx、.xls、.et、.ods、.csv）'],
    ]);
    expect(res.issues.some((i) => i.file === '.DS_Store' || i.file === 'union-dash.config.json')).toBe(false);
  });

  it('an empty folder, or one with no spreadsheet, says which formats it looks for', async () => {
    await writeFile(join(dir, '说明.docx'), 'PK');
    const res = await ingest([dir], { today: '2026-06-30' });
    expect(res.issues.map((i) => [i.severity, i.code])).toEqual([
      ['info', 'file_skipped'],
      ['warning', 'source_empty_folder'],
    ]);
    expect(res.issues[1]!.message).toBe(`文件夹“${dir}”中没有 .xlsx 工作簿，也没有 .xls、.et、.ods 或 .csv 表格文件`);
  });
});

describe('the watcher', () => {
  it('re-reads when a file of any spreadsheet format is saved, not for lock files or other files', async () => {
    let changes = 0;
    const watching = watchSources({
      sources: [dir],
      debounceMs: 30,
      onChange: () => changes++,
      logger: { info: () => {}, warn: () => {}, error: () => {} },
    });
    const settle = () => new Promise((r) => setTimeout(r, 250));
    try {
      await settle();
      for (const other of ['~$名册.xls', '~$名册.ods', '说明.docx', '.名册.csv']) await writeFile(join(dir, other), 'x');
      await settle();
      expect(changes).toBe(0);
      for (const name of ['名册.xls', '名册.et', '名册.ods', '名册.csv', '名册.XLSX']) {
        await writeFile(join(dir, name), 'x');
        await settle();
      }
      expect(changes).toBe(5);
    } finally {
      watching.close();
    }
  });
});
