/** ledgers.md §8 (nothing lost) through `union-dash check`, and interface.md's check contract. */
import { rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../helpers/cli.ts';
import { date, tempDir, writeWorkbook, type CellSpec } from '../helpers/workbook.ts';

let dir: string;
const TODAY = '2026-06-30';
let run: CliRun;

beforeEach(async () => {
  dir = await tempDir();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

interface CheckJson {
  sources: {
    file: string;
    sheet: string;
    kind: string | null;
    header_row: number | null;
    rows_read: number;
    rows_used: number;
    rows_skipped: number;
    rows_rejected: number;
  }[];
  issues: { severity: string; file: string; sheet: string | null; cell: string | null; code: string; message: string }[];
}

const spending = (n: number): CellSpec[] => [date(`2026-03-${String(n + 1).padStart(2, '0')}`), `记${n}`, `支出${n}`, '文体活动支出', null, 100];

/** A folder of ledgers with a few mistakes in each. */
async function messyFolder(): Promise<void> {
  await writeWorkbook(dir, '经费台账.xlsx', [
    {
      name: '收支明细',
      rows: [
        ['张店五中工会经费收支明细账'],
        ['日期', '凭证号', '摘要', '科目', '收入', '支出'],
        ...Array.from({ length: 9 }, (_, i) => spending(i + 1)),
        [date('2026-03-20'), '记10', '奖品', '文体活动支出', null, '1,2OO'],
        [null, null, '合计', null, null, 900],
        ['制表人：李会计'],
      ],
      merges: ['A1:F1'],
    },
  ]);
  await writeWorkbook(dir, '教职工名册.xlsx', [
    {
      name: '花名册',
      rows: [
        ['教职工花名册'],
        ['填表日期：2026年3月1日'],
        ['姓名', '部门', '性别'],
        ['张三', '语文组', '男'],
        [null, '语文组', '女'],
        ['李四', '数学组', '女'],
        [],
        ['备注：共3人'],
      ],
    },
  ]);
  await writeWorkbook(dir, '活动与签到.xlsx', [
    {
      name: '活动台账',
      rows: [
        ['活动名称', '日期', '类别'],
        ['三八健步走', '3月8日', '文体活动'],
        ['读书会', '3月32日', '理论学习'],
        ['师德报告会', '3月12日', '师德建设'],
      ],
    },
    {
      name: '签到',
      rows: [
        ['姓名', '三八健步走', '师德报告会'],
        ['张三', '√', '√'],
        ['李四', '迟到', '×'],
        ['王五', '√', null],
      ],
    },
  ]);
}

describe('check --json', () => {
  it('accounts for every row of every sheet: read = used + skipped + rejected', async () => {
    await messyFolder();
    const code = (run = await runCli(['check', '--json', dir], TODAY)).code;
    expect(code).toBe(1);
    const json = JSON.parse(run.stdout) as CheckJson;
    expect(json.sources).toEqual([
      { file: '活动与签到.xlsx', sheet: '活动台账', kind: 'activities', header_row: 1, rows_read: 4, rows_used: 2, rows_skipped: 1, rows_rejected: 1 },
      { file: '活动与签到.xlsx', sheet: '签到', kind: 'participation', header_row: 1, rows_read: 4, rows_used: 3, rows_skipped: 1, rows_rejected: 0 },
      { file: '教职工名册.xlsx', sheet: '花名册', kind: 'roster', header_row: 3, rows_read: 8, rows_used: 2, rows_skipped: 5, rows_rejected: 1 },
      { file: '经费台账.xlsx', sheet: '收支明细', kind: 'funds', header_row: 2, rows_read: 14, rows_used: 9, rows_skipped: 4, rows_rejected: 1 },
    ]);
    for (const s of json.sources) expect(s.rows_used + s.rows_skipped + s.rows_rejected).toBe(s.rows_read);
  });

  it('every rejected row has an error in that row, at a cell (a bad mark in a wide sheet rejects only the mark)', async () => {
    await messyFolder();
    (run = await runCli(['check', '--json', dir], TODAY)).code;
    const json = JSON.parse(run.stdout) as CheckJson;
    const found = json.issues.filter((i) => i.severity !== 'info').map((i) => [i.severity, i.file, i.sheet, i.cell, i.code]);
    expect(found.sort((a, b) => a.join().localeCompare(b.join(), 'zh-CN'))).toEqual([
      ['error', '活动与签到.xlsx', '活动台账', 'B3', 'invalid_date'],
      ['error', '活动与签到.xlsx', '签到', 'B3', 'bad_mark'],
      ['error', '教职工名册.xlsx', '花名册', 'A5', 'missing_value'],
      ['error', '经费台账.xlsx', '收支明细', 'F12', 'bad_amount'],
      ['warning', '活动与签到.xlsx', '签到', 'A4', 'unknown_name'],
    ]);
    for (const i of json.issues) expect(Object.keys(i).sort()).toEqual(['cell', 'code', 'file', 'message', 'severity', 'sheet']);
  });

  it('exits 0 when there are only warnings', async () => {
    await writeWorkbook(dir, '教职工名册.xlsx', [
      { name: '花名册', rows: [['姓名', '部门', '性别'], ['张三', '语文组', '男'], ['李四', '数学组', '未知']] },
    ]);
    expect((run = await runCli(['check', '--json', dir], TODAY)).code).toBe(0);
    const json = JSON.parse(run.stdout) as CheckJson;
    expect(json.issues.map((i) => [i.severity, i.cell, i.code])).toEqual([['warning', 'C3', 'bad_gender']]);
  });
});

describe('check (human output)', () => {
  it('one Chinese line per finding with its place, and each sheet\'s account', async () => {
    await messyFolder();
    expect((run = await runCli(['check', dir], TODAY)).code).toBe(1);
    const text = run.stdout;
    expect(text).toContain('经费台账.xlsx › 收支明细!F12：金额“1,2OO”不是有效数字（该行未计入）');
    expect(text).toContain('经费台账.xlsx › 收支明细（经费收支明细）：读取 14 行 = 采用 9 + 跳过 4');
    expect(text).toContain('+ 未计入 1');
    expect(run.stderrLines).toEqual([]);
  });
});
