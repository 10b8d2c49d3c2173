/** ledgers.md §4 amounts and §5 fund ledger layouts seen in schools, with the budget they are matched to. */
import { rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import { date, tempDir, writeWorkbook, type SheetSpec } from '../helpers/workbook.ts';
import { account, problems } from '../helpers/ingest-result.ts';

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const OPTIONS = { today: '2026-06-30' };
const FILE = '经费台账.xlsx';

const BUDGET: SheetSpec = {
  name: '预算',
  rows: [
    ['科目', '预算金额'],
    ['文体活动支出', '30,000'],
    ['慰问支出', 12000],
    ['职工教育支出', '0.8万'],
  ],
};

const money = (res: Awaited<ReturnType<typeof ingest>>) =>
  res.records.funds.map((f) => [f.ref.cell, f.date, f.category, f.income, f.expense]);

describe('separate 收入 and 支出 columns', () => {
  it('reads amounts as people write them; an empty side is 0 when the other is filled', async () => {
    const path = await writeWorkbook(dir, FILE, [
      BUDGET,
      {
        name: '收支明细',
        rows: [
          ['日期', '凭证号', '摘要', '科目', '收入', '支出'],
          [date('2026-03-02'), '记001', '收到会费', '会费收入', '¥1,200.00', null],
          [date('2026-03-03'), '记002', '奖品', '文体活动支出', null, '￥1,200'],
          [date('2026-03-04'), '记003', '慰问', '慰问支出', '', '350元'],
          [date('2026-03-05'), '记004', '拨缴经费', '拨缴经费收入', '1.2万', null],
          [date('2026-03-06'), '记005', '培训', '职工教育支出', null, '１２００'],
          [date('2026-03-07'), '记006', '场地', '文体活动支出', null, '1，200.5'],
          [date('2026-03-09'), '记007', '横幅', '文体活动支出', null, 88.8],
        ],
      },
    ]);
    const res = await ingest([path], OPTIONS);
    expect(money(res)).toEqual([
      ['E2', '2026-03-02', '会费收入', 1200, 0],
      ['F3', '2026-03-03', '文体活动支出', 0, 1200],
      ['F4', '2026-03-04', '慰问支出', 0, 350],
      ['E5', '2026-03-05', '拨缴经费收入', 12000, 0],
      ['F6', '2026-03-06', '职工教育支出', 0, 1200],
      ['F7', '2026-03-07', '文体活动支出', 0, 1200.5],
      ['F8', '2026-03-09', '文体活动支出', 0, 88.8],
    ]);
    expect(res.records.budget.map((b) => [b.category, b.amount])).toEqual([
      ['文体活动支出', 30000],
      ['慰问支出', 12000],
      ['职工教育支出', 8000],
    ]);
    expect(problems(res)).toEqual([]);
  });

  it('an amount that is not a number is an error at its cell and the row is left out', async () => {
    const path = await writeWorkbook(dir, FILE, [
      {
        name: '收支明细',
        rows: [
          ['日期', '摘要', '收入', '支出'],
          ['2026-03-08', '奖品', null, '1,2OO'],
          ['2026-03-09', '场地费', null, '约300'],
          ['2026-03-10', '横幅', null, 200],
        ],
      },
    ]);
    const res = await ingest([path], OPTIONS);
    expect(problems(res)).toEqual([
      { severity: 'error', file: FILE, sheet: '收支明细', cell: 'D2', code: 'bad_amount' },
      { severity: 'error', file: FILE, sheet: '收支明细', cell: 'D3', code: 'bad_amount' },
    ]);
    expect(res.issues.find((i) => i.cell === 'D2')!.message).toBe('金额“1,2OO”不是有效数字（该行未计入）');
    expect(money(res)).toEqual([['D4', '2026-03-10', null, 0, 200]]);
    expect(account(res, '收支明细')).toEqual([4, 1, 1, 2]);
  });

  it('a row with a date and a description but no amount is an error for the whole row; without them it is structural', async () => {
    const path = await writeWorkbook(dir, FILE, [
      {
        name: '收支明细',
        rows: [
          ['日期', '凭证号', '摘要', '收入', '支出', '经手人'],
          ['2026-03-08', '记001', '购买奖品', null, null, '张三'],
          [null, null, null, null, null, '张三'],
          ['2026-03-09', '记002', '场地费', null, 300, '李四'],
        ],
      },
    ]);
    const res = await ingest([path], OPTIONS);
    expect(problems(res)).toEqual([{ severity: 'error', file: FILE, sheet: '收支明细', cell: 'A2:F2', code: 'missing_amount' }]);
    expect(money(res)).toEqual([['E4', '2026-03-09', null, 0, 300]]);
    expect(account(res, '收支明细')).toEqual([4, 1, 2, 1]);
  });
});

describe('借方 and 贷方 columns', () => {
  it('借方 is income and 贷方 is spending', async () => {
    const path = await writeWorkbook(dir, FILE, [
      {
        name: '明细账',
        rows: [
          ['日期', '凭证编号', '摘要', '科目', '借方', '贷方', '余额'],
          [date('2026-02-01'), null, '期初余额', null, null, null, 5000],
          [date('2026-03-02'), '1', '收到会费', '会费收入', 3000, null, 8000],
          [date('2026-03-08'), '2', '三八节奖品', '文体活动支出', null, 1200, 6800],
          [null, null, '本月合计', null, 3000, 1200, 6800],
        ],
      },
    ]);
    const res = await ingest([path], OPTIONS);
    expect(money(res)).toEqual([
      ['E3', '2026-03-02', '会费收入', 3000, 0],
      ['F4', '2026-03-08', '文体活动支出', 0, 1200],
    ]);
    expect(problems(res)).toEqual([]);
    expect(account(res, '明细账')).toEqual([5, 2, 3, 0]);
  });
});

describe('one 金额 column', () => {
  it('a category ending in 收入 is income; account codes glued on are not part of the category', async () => {
    const path = await writeWorkbook(dir, FILE, [
      BUDGET,
      {
        name: '经费流水',
        rows: [
          ['日期', '摘要', '科目', '金额'],
          [20260302, '收到会费', '40101会费收入', 3000],
          ['20260308', '三八节奖品', '50102文体活动支出', 1200],
          [date('2026-03-12'), '慰问生病教师', '1.2 慰问支出', 500],
          [date('2026-03-15'), '教育培训', '5.3、职工教育', 300],
          [date('2026-03-20'), '聚餐', '其他支出', 800],
          [date('2026-03-21'), '聚餐', '其他支出', 200],
          [date('2026-03-22'), '买水', '文体活动支出', null],
        ],
      },
    ]);
    const res = await ingest([path], OPTIONS);
    expect(money(res)).toEqual([
      ['D2', '2026-03-02', '会费收入', 3000, 0],
      ['D3', '2026-03-08', '文体活动支出', 0, 1200],
      ['D4', '2026-03-12', '慰问支出', 0, 500],
      ['D5', '2026-03-15', '职工教育支出', 0, 300],
      ['D6', '2026-03-20', '其他支出', 0, 800],
      ['D7', '2026-03-21', '其他支出', 0, 200],
    ]);
    expect(problems(res)).toEqual([
      { severity: 'error', file: FILE, sheet: '经费流水', cell: 'A8:D8', code: 'missing_amount' },
      // a 科目 not in the budget is a warning once, at its first cell; it still counts in total spending
      { severity: 'warning', file: FILE, sheet: '经费流水', cell: 'C6', code: 'unbudgeted_category' },
    ]);
    expect(res.records.funds.reduce((n, f) => n + f.expense, 0)).toBe(3000);
    expect(account(res, '经费流水')).toEqual([8, 6, 1, 1]);
  });
});
