/** ledgers.md §1 (finding the ledgers) and interface.md's exit codes for sources that cannot be read. */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import { runCli, type CliRun } from '../helpers/cli.ts';
import { tempDir, writeWorkbook, type SheetSpec } from '../helpers/workbook.ts';
import { brief, issuesCoded, kinds } from '../helpers/ingest-result.ts';

const ROSTER: SheetSpec = {
  name: '花名册',
  rows: [
    ['姓名', '部门', '性别'],
    ['张三', '语文组', '男'],
    ['李四', '数学组', '女'],
  ],
};

/** The first bytes of a compound file (.xls, .doc): what an old Excel workbook starts with. */
const CFB = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);

let dir: string;
const TODAY = '2026-03-20';
let run: CliRun;

beforeEach(async () => {
  dir = await tempDir();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('folder sources', () => {
  it('reads every .xlsx in the folder but not lock files, hidden files, other files or subfolders', async () => {
    await writeWorkbook(dir, '教职工名册.xlsx', [ROSTER]);
    await writeFile(join(dir, '~$教职工名册.xlsx'), Buffer.from([0x0c, 0x00, 0x41, 0x00])); // Office lock file: not a zip
    await writeWorkbook(dir, '.旧名册.xlsx', [{ ...ROSTER, name: '隐藏文件里的名册' }]);
    await writeFile(join(dir, '说明.txt'), '台账说明');
    await mkdir(join(dir, '归档'));
    await writeWorkbook(join(dir, '归档'), '去年名册.xlsx', [{ ...ROSTER, name: '去年名册' }]);

    const res = await ingest([dir], { today: '2026-06-30' });

    expect(res.fatal).toEqual([]);
    expect(res.sheets.map((s) => `${s.file} › ${s.sheet}`)).toEqual(['教职工名册.xlsx › 花名册']);
    expect(res.records.staff.map((s) => s.name)).toEqual(['张三', '李四']);
    expect(issuesCoded(res, 'lock_file_skipped')).toEqual([
      { severity: 'info', file: '~$教职工名册.xlsx', sheet: null, cell: null, code: 'lock_file_skipped' },
    ]);
    expect(res.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(res.sheets.map((x) => [x.sheet, x.rows_read, x.rows_used, x.rows_skipped, x.rows_rejected])).toEqual([['花名册', 3, 2, 1, 0]]);
  });

  it('reads several sources at once', async () => {
    const a = await writeWorkbook(dir, '教职工名册.xlsx', [ROSTER]);
    const sub = join(dir, '经费');
    await mkdir(sub);
    await writeWorkbook(sub, '预算.xlsx', [{ name: '预算', rows: [['科目', '预算金额'], ['文体活动支出', 5000]] }]);
    const res = await ingest([a, sub], { today: '2026-06-30' });
    expect(kinds(res)).toEqual({ 花名册: 'roster', 预算: 'budget' });
    expect(res.records.budget).toMatchObject([{ category: '文体活动支出', amount: 5000 }]);
  });

  it('says so when a folder holds no workbook', async () => {
    const res = await ingest([dir], { today: '2026-06-30' });
    expect(issuesCoded(res, 'source_empty_folder')).toHaveLength(1);
    expect(res.sheets).toEqual([]);
  });
});

describe('sources that cannot be read', () => {
  it('an old .xls workbook is named as such', async () => {
    const path = join(dir, '经费台账.xls');
    await writeFile(path, CFB);
    const res = await ingest([path], { today: '2026-06-30' });
    expect(res.fatal.map(brief)).toEqual([{ severity: 'error', file: '经费台账.xls', sheet: null, cell: null, code: 'source_xls' }]);
    expect(res.fatal[0]!.message).toContain('另存为');
  });

  it('an .xls saved under an .xlsx name is recognised by its bytes', async () => {
    const path = join(dir, '经费台账.xlsx');
    await writeFile(path, CFB);
    const res = await ingest([path], { today: '2026-06-30' });
    expect(res.fatal.map((i) => i.code)).toEqual(['source_xls']);
  });

  it('check exits 2 on an .xls', async () => {
    const path = join(dir, '经费台账.xls');
    await writeFile(path, CFB);
    expect((run = await runCli(['check', '--json', path], TODAY)).code).toBe(2);
    const json = JSON.parse(run.stdout);
    expect(json.issues.map((i: { code: string; file: string }) => [i.file, i.code])).toEqual([['经费台账.xls', 'source_xls']]);
  });

  it('a truncated .xlsx exits 2 with one Chinese line naming the file and no stack trace', async () => {
    const good = await writeWorkbook(dir, '名册.xlsx', [ROSTER]);
    const bytes = await readFile(good);
    const path = join(dir, '教职工名册.xlsx');
    await writeFile(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await rm(good);

    expect((run = await runCli(['check', path], TODAY)).code).toBe(2);
    expect(run.stderrLines).toHaveLength(1);
    expect(run.stderrLines[0]).toMatch(/^教职工名册\.xlsx：.*损坏/u);
    expect(run.stderr + run.stdout).not.toMatch(/\n\s+at |Error:|TypeError/u);
  });

  it('a file with an .xlsx name that is not a workbook at all exits 2', async () => {
    const path = join(dir, '经费台账.xlsx');
    await writeFile(path, '这不是表格');
    expect((run = await runCli(['check', '--json', path], TODAY)).code).toBe(2);
    const json = JSON.parse(run.stdout);
    expect(json.issues).toMatchObject([{ severity: 'error', file: '经费台账.xlsx', code: 'source_corrupt' }]);
  });

  it('a missing path exits 2 with one line saying which', async () => {
    const path = join(dir, '不存在的台账.xlsx');
    expect((run = await runCli(['check', path], TODAY)).code).toBe(2);
    expect(run.stderrLines).toHaveLength(1);
    expect(run.stderrLines[0]).toContain(path);
    expect(run.stderrLines[0]).toContain('找不到');
  });

  it('a missing path next to a good source still exits 2, and the good one is read', async () => {
    const good = await writeWorkbook(dir, '教职工名册.xlsx', [ROSTER]);
    expect((run = await runCli(['check', '--json', good, join(dir, '没有这个文件夹')], TODAY)).code).toBe(2);
    const json = JSON.parse(run.stdout);
    expect(json.sources).toMatchObject([{ file: '教职工名册.xlsx', sheet: '花名册', kind: 'roster', rows_used: 2 }]);
    expect(json.issues.map((i: { code: string }) => i.code)).toEqual(['source_missing']);
  });

  it('a lock file named directly is refused', async () => {
    const path = join(dir, '~$教职工名册.xlsx');
    await writeFile(path, Buffer.from([0x0c, 0x00]));
    expect((run = await runCli(['check', path], TODAY)).code).toBe(2);
    expect(run.stderrLines[0]).toContain('临时锁定文件');
  });
});

describe('sheets inside a workbook', () => {
  it('does not read a hidden sheet, and says so', async () => {
    const path = await writeWorkbook(dir, '教职工名册.xlsx', [
      ROSTER,
      { name: '旧名册', state: 'hidden', rows: [['姓名', '部门'], ['王五', '英语组']] },
      { name: '草稿', state: 'veryHidden', rows: [['姓名', '部门'], ['赵六', '英语组']] },
    ]);
    const res = await ingest([path], { today: '2026-06-30' });
    expect(res.sheets.map((s) => s.sheet)).toEqual(['花名册']);
    expect(res.records.staff.map((s) => s.name)).toEqual(['张三', '李四']);
    expect(issuesCoded(res, 'sheet_hidden')).toEqual([
      { severity: 'info', file: '教职工名册.xlsx', sheet: '旧名册', cell: null, code: 'sheet_hidden' },
      { severity: 'info', file: '教职工名册.xlsx', sheet: '草稿', cell: null, code: 'sheet_hidden' },
    ]);
  });

  it('trims sheet names', async () => {
    const path = await writeWorkbook(dir, '台账.xlsx', [{ ...ROSTER, name: ' 花名册 ' }]);
    const res = await ingest([path], { today: '2026-06-30' });
    expect(res.sheets).toMatchObject([{ sheet: '花名册', kind: 'roster' }]);
    expect(res.records.staff[0]!.ref).toMatchObject({ sheet: '花名册', cell: 'A2' });
  });

  it('check --json lists every sheet with its kind and row account', async () => {
    const path = await writeWorkbook(dir, '教职工名册.xlsx', [ROSTER, { name: '说明', rows: [['本表由工会办公室维护']] }]);
    expect((run = await runCli(['check', '--json', path], TODAY)).code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.sources).toEqual([
      { file: '教职工名册.xlsx', sheet: '花名册', kind: 'roster', header_row: 1, rows_read: 3, rows_used: 2, rows_skipped: 1, rows_rejected: 0 },
      { file: '教职工名册.xlsx', sheet: '说明', kind: null, header_row: null, rows_read: 1, rows_used: 0, rows_skipped: 1, rows_rejected: 0 },
    ]);
  });
});
