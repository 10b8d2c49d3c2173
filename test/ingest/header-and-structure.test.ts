/** ledgers.md §2: finding the table in a sheet; title, header, totals and sign-off rows; blanks; formulas. */
import { rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import { date, formula, styledBlank, tempDir, writeWorkbook, type CellSpec } from '../helpers/workbook.ts';
import { account, issuesCoded, problems, sheetReport } from '../helpers/ingest-result.ts';

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const OPTIONS = { today: '2026-06-30' };

describe('the header row', () => {
  it('is found below a merged title and a 填表日期 subtitle', async () => {
    const path = await writeWorkbook(dir, '教职工名册.xlsx', [
      {
        name: '花名册',
        rows: [
          ['张店五中2025-2026学年第二学期教职工花名册'],
          ['填表日期：2026年3月31日', null, null, '单位：人'],
          ['工号', '姓名', '性别', '部门'],
          ['T001', '张三', '男', '语文组'],
          ['T002', '李四', '女', '数学组'],
        ],
        merges: ['A1:D1', 'A2:C2'],
      },
    ]);
    const res = await ingest([path], OPTIONS);
    expect(sheetReport(res, '花名册')).toMatchObject({ kind: 'roster', header_row: 3 });
    expect(account(res, '花名册')).toEqual([5, 2, 3, 0]);
    expect(res.records.staff).toMatchObject([
      { staffId: 'T001', name: '张三', gender: '男', department: '语文组', ref: { cell: 'B4' } },
      { staffId: 'T002', name: '李四', gender: '女', department: '数学组', ref: { cell: 'B5' } },
    ]);
    expect(problems(res)).toEqual([]);
  });

  it('is looked for within the first 15 rows and no further', async () => {
    const notes = (n: number): CellSpec[][] => Array.from({ length: n }, (_, i) => [`说明第${i + 1}条`]);
    const table: CellSpec[][] = [['科目', '预算金额'], ['文体活动支出', 5000]];
    const path = await writeWorkbook(dir, '经费预算.xlsx', [
      { name: '预算', rows: [...notes(14), ...table] },
      { name: '预算（附）', rows: [...notes(15), ...table] },
    ]);
    const res = await ingest([path], OPTIONS);
    expect(sheetReport(res, '预算')).toMatchObject({ kind: 'budget', header_row: 15 });
    expect(account(res, '预算')).toEqual([16, 1, 15, 0]);
    expect(res.records.budget).toMatchObject([{ category: '文体活动支出', amount: 5000, ref: { sheet: '预算', cell: 'B16' } }]);
    expect(issuesCoded(res, 'header_not_found')).toEqual([
      { severity: 'error', file: '经费预算.xlsx', sheet: '预算（附）', cell: null, code: 'header_not_found' },
    ]);
    expect(account(res, '预算（附）')).toEqual([17, 0, 0, 17]);
  });

  it('of two rows: a group cell over sub-columns, with vertical merges beside it', async () => {
    const path = await writeWorkbook(dir, '文明办公室评比.xlsx', [
      {
        name: '文明办公室考评',
        rows: [
          ['2026年3月文明办公室考评表'],
          ['办公室', '月份', '考评得分', null, null, null, '总分'],
          [null, null, '卫生', '纪律', '节能', '氛围'],
          ['语文组办公室', '2026年3月', 24, 23, 22, 23, 92],
          ['数学组办公室', '2026年3月', 22, 22, 21, 23, 88],
        ],
        merges: ['A1:G1', 'A2:A3', 'B2:B3', 'C2:F2', 'G2:G3'],
      },
    ]);
    const res = await ingest([path], OPTIONS);
    expect(sheetReport(res, '文明办公室考评')).toMatchObject({ kind: 'offices', header_row: 3 });
    expect(account(res, '文明办公室考评')).toEqual([5, 2, 3, 0]);
    expect(res.records.offices).toEqual([
      expect.objectContaining({ office: '语文组办公室', month: '2026-03', total: 92, subScores: { 卫生: 24, 纪律: 23, 节能: 22, 氛围: 23 } }),
      expect.objectContaining({ office: '数学组办公室', month: '2026-03', total: 88, subScores: { 卫生: 22, 纪律: 22, 节能: 21, 氛围: 23 } }),
    ]);
    expect(res.records.offices[0]!.ref.cell).toBe('G4');
    expect(problems(res)).toEqual([]);
  });
});

describe('total and sign-off rows', () => {
  /** A fund ledger with every kind of structural line a school account book carries. */
  const LEDGER: CellSpec[][] = [
    ['张店五中工会经费收支明细账'],
    ['填表日期：2026年4月30日'],
    ['日期', '凭证号', '摘要', '科目', '收入', '支出'],
    [date('2026-02-01'), null, '上年结转', null, 8000],
    [null, null, '期初余额', null, null, null],
    [date('2026-02-20'), '记001', '收到会费', '会费收入', 3000, null],
    [date('2026-02-26'), '记002', '春节慰问', '慰问支出', null, 1500],
    [null, null, '本月合计', null, 3000, 1500],
    [null, null, '本年累计', null, 3000, 1500],
    [date('2026-03-08'), '记003', '三八节奖品', '文体活动支出', null, 1200],
    [date('2026-03-15'), '记004', '慰问生病教师', '慰问支出', null, 500],
    [null, null, '3月小计', null, null, 1700],
    [null, null, '本年累计', null, 3000, 3200],
    [null, null, '过次页', null, 3000, 3200],
    [null, null, '承前页', null, 3000, 3200],
    [date('2026-04-10'), '记005', '春季运动会', '文体活动支出', null, 800],
    [null, null, '本月合计', null, null, 900],
    [null, null, '2026年合计', null, 3000, 4000],
    ['合计', null, null, null, 3000, 4000],
    ['总计', null, null, null, 3000, 4000],
    [null, null, '累计', null, 3000, 4000],
    [],
    ['制表人：李会计', null, null, '审核人：王主席'],
    ['审核人：王主席'],
    ['填表说明：金额单位为元'],
    ['说明：本账按月结'],
    ['备注：凭证另册保存'],
  ];

  it('are skipped, and only a total that disagrees with the detail is a warning at its cell', async () => {
    const path = await writeWorkbook(dir, '经费台账.xlsx', [{ name: '收支明细', rows: LEDGER, merges: ['A1:F1', 'A2:F2'] }]);
    const res = await ingest([path], OPTIONS);
    expect(res.records.funds.map((f) => [f.date, f.description, f.income, f.expense])).toEqual([
      ['2026-02-20', '收到会费', 3000, 0],
      ['2026-02-26', '春节慰问', 0, 1500],
      ['2026-03-08', '三八节奖品', 0, 1200],
      ['2026-03-15', '慰问生病教师', 0, 500],
      ['2026-04-10', '春季运动会', 0, 800],
    ]);
    expect(problems(res)).toEqual([
      { severity: 'warning', file: '经费台账.xlsx', sheet: '收支明细', cell: 'F17', code: 'total_mismatch' },
    ]);
    expect(res.issues.find((i) => i.code === 'total_mismatch')!.message).toContain('900');
    expect(res.issues.find((i) => i.code === 'total_mismatch')!.message).toContain('800');
    expect(account(res, '收支明细')).toEqual([27, 5, 22, 0]);
  });

  it('in a budget: a 合计 row that matches is silent, one that does not is a warning', async () => {
    const budget = (total: number): CellSpec[][] => [
      ['科目', '预算金额'],
      ['文体活动支出', 5000],
      ['慰问支出', 3000],
      ['合计', total],
    ];
    const path = await writeWorkbook(dir, '经费预算.xlsx', [
      { name: '预算', rows: budget(8000) },
      { name: '追加预算', rows: budget(8500) },
    ]);
    const res = await ingest([path], OPTIONS);
    expect(problems(res)).toEqual([
      { severity: 'warning', file: '经费预算.xlsx', sheet: '追加预算', cell: 'B4', code: 'total_mismatch' },
    ]);
    expect(account(res, '预算')).toEqual([4, 2, 2, 0]);
  });

  it('a total line that carries its figure after a colon (合计：3人, 共计：2人) is not a person', async () => {
    const path = await writeWorkbook(dir, '教职工名册.xlsx', [
      {
        name: '花名册',
        rows: [
          ['姓名', '部门', '性别'],
          ['张三', '语文组', '男'],
          ['李四', '语文组', '女'],
          ['语文组小计：2人'],
          ['王五', '数学组', '男'],
          ['共计：3人'],
          ['合计：3人'],
        ],
        merges: ['A4:C4', 'A6:C6', 'A7:C7'],
      },
    ]);
    const res = await ingest([path], OPTIONS);
    expect(res.records.staff.map((s) => s.name)).toEqual(['张三', '李四', '王五']);
    expect(account(res, '花名册')).toEqual([7, 3, 4, 0]);
    expect(problems(res)).toEqual([]);
  });

  it('in office scores: a 合计 row is checked column by column', async () => {
    const path = await writeWorkbook(dir, '文明办公室评比.xlsx', [
      {
        name: '办公室考评',
        rows: [
          ['办公室', '月份', '卫生', '纪律', '总分'],
          ['语文组办公室', '3月', 46, 45, 91],
          ['数学组办公室', '3月', 44, 47, 91],
          ['合计', null, 90, 92, 182],
          ['合计', null, 90, 93, 183],
          ['制表：工会办公室'],
        ],
      },
    ]);
    const res = await ingest([path], OPTIONS);
    expect(problems(res)).toEqual([
      { severity: 'warning', file: '文明办公室评比.xlsx', sheet: '办公室考评', cell: 'D5', code: 'total_mismatch' },
      { severity: 'warning', file: '文明办公室评比.xlsx', sheet: '办公室考评', cell: 'E5', code: 'total_mismatch' },
    ]);
    expect(account(res, '办公室考评')).toEqual([6, 2, 4, 0]);
  });
});

describe('blank rows and columns', () => {
  it('fully blank rows inside the table are skipped; trailing formatted blanks are not rows or columns', async () => {
    const rows: CellSpec[][] = [
      ['日期', '摘要', '支出'],
      ['2026-03-08', '购买奖品', 300],
      [],
      [null, '   ', null],
      ['2026-03-09', '场地费', 200],
      ['2026-03-10', '横幅制作', null, null, styledBlank],
      [null, null, null, null, styledBlank],
      [styledBlank, styledBlank, styledBlank, styledBlank, styledBlank],
    ];
    const path = await writeWorkbook(dir, '经费台账.xlsx', [{ name: '支出明细', rows }]);
    const res = await ingest([path], OPTIONS);
    expect(account(res, '支出明细')).toEqual([6, 2, 3, 1]);
    expect(issuesCoded(res, 'missing_amount')).toEqual([
      { severity: 'error', file: '经费台账.xlsx', sheet: '支出明细', cell: 'A6:C6', code: 'missing_amount' },
    ]);
    expect(res.records.funds.map((f) => f.expense)).toEqual([300, 200]);
  });
});

describe('formula cells', () => {
  it('are read by their cached result', async () => {
    const path = await writeWorkbook(dir, '经费台账.xlsx', [
      {
        name: '收支明细',
        rows: [
          ['日期', '摘要', '单价', '数量', '支出'],
          ['2026-03-08', '购买奖品', 30, 20, formula('C2*D2', 600)],
          ['2026-03-09', '场地费', 200, 1, formula('C3*D3', 200)],
          ['合计', null, null, null, formula('SUM(E2:E3)', 800)],
        ],
      },
    ]);
    const res = await ingest([path], OPTIONS);
    expect(res.records.funds.map((f) => f.expense)).toEqual([600, 200]);
    expect(problems(res)).toEqual([]);
  });

  it('without a cached result are a warning at the cell', async () => {
    const path = await writeWorkbook(dir, '文明办公室评比.xlsx', [
      {
        name: '办公室考评',
        rows: [
          ['办公室', '月份', '卫生', '纪律', '总分'],
          ['语文组办公室', '3月', 46, 45, formula('SUM(C2:D2)')],
          ['数学组办公室', '3月', 44, 47, formula('SUM(C3:D3)', 91)],
        ],
      },
    ]);
    const res = await ingest([path], OPTIONS);
    expect(problems(res)).toEqual([
      { severity: 'warning', file: '文明办公室评比.xlsx', sheet: '办公室考评', cell: 'E2', code: 'formula_no_result' },
    ]);
    expect(res.records.offices.map((o) => [o.office, o.total])).toEqual([
      ['语文组办公室', 91],
      ['数学组办公室', 91],
    ]);
  });

  it('showing an error value reject their row with an error at the cell', async () => {
    const path = await writeWorkbook(dir, '文明办公室评比.xlsx', [
      {
        name: '办公室考评',
        rows: [
          ['办公室', '月份', '总分'],
          ['语文组办公室', '3月', formula('A9/0', { error: '#DIV/0!' } as never)],
          ['数学组办公室', '3月', 91],
        ],
      },
    ]);
    const res = await ingest([path], OPTIONS);
    expect(problems(res)).toEqual([
      { severity: 'error', file: '文明办公室评比.xlsx', sheet: '办公室考评', cell: 'C2', code: 'cell_error_value' },
    ]);
    expect(account(res, '办公室考评')).toEqual([3, 1, 1, 1]);
  });
});
