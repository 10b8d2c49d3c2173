/** ledgers.md §2–3: merged cells, visible text (rich text, phonetic guides), header text as written by people. */
import { rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import { rich, tempDir, writeWorkbook } from '../helpers/workbook.ts';
import { account, problems, sheetReport } from '../helpers/ingest-result.ts';

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const OPTIONS = { today: '2026-06-30' };

describe('merged cells', () => {
  it('a department written once and merged down belongs to every staff row it covers', async () => {
    const path = await writeWorkbook(dir, '教职工名册.xlsx', [
      {
        name: '花名册',
        rows: [
          ['部门', '姓名', '性别'],
          ['语文组', '张三', '男'],
          [null, '李四', '女'],
          [null, '王五', '男'],
          [null, '赵六', '女'],
          [null, '钱七', '女'],
          ['数学组', '孙八', '男'],
          [null, '周九', '女'],
        ],
        merges: ['A2:A6', 'A7:A8'],
      },
    ]);
    const res = await ingest([path], OPTIONS);
    expect(res.records.staff.map((s) => [s.name, s.department])).toEqual([
      ['张三', '语文组'],
      ['李四', '语文组'],
      ['王五', '语文组'],
      ['赵六', '语文组'],
      ['钱七', '语文组'],
      ['孙八', '数学组'],
      ['周九', '数学组'],
    ]);
    expect(account(res, '花名册')).toEqual([8, 7, 1, 0]);
  });

  it('a date merged down over the rows of one activity day applies to each', async () => {
    const path = await writeWorkbook(dir, '活动台账.xlsx', [
      {
        name: '活动台账',
        rows: [
          ['日期', '活动名称', '类别'],
          ['2026年3月8日', '三八健步走', '文体活动'],
          [null, '女职工座谈会', '主题活动'],
          ['2026年3月12日', '师德报告会', '师德建设'],
        ],
        merges: ['A2:A3'],
      },
    ]);
    const res = await ingest([path], OPTIONS);
    expect(res.records.activities.map((a) => [a.name, a.date, a.category])).toEqual([
      ['三八健步走', '2026-03-08', '文体活动'],
      ['女职工座谈会', '2026-03-08', '主题活动'],
      ['师德报告会', '2026-03-12', '师德建设'],
    ]);
  });
});

describe('visible text', () => {
  it('rich text reads as its plain text, in headers and in values', async () => {
    const path = await writeWorkbook(dir, '教职工名册.xlsx', [
      {
        name: '花名册',
        rows: [
          [rich('姓', '名'), rich('部门'), '性别'],
          [rich('张', '三'), '语文组', rich('男')],
          ['李四', rich('数学', '组'), '女'],
        ],
      },
    ]);
    const res = await ingest([path], OPTIONS);
    expect(res.records.staff.map((s) => [s.name, s.department, s.gender])).toEqual([
      ['张三', '语文组', '男'],
      ['李四', '数学组', '女'],
    ]);
    expect(problems(res)).toEqual([]);
  });

  it('phonetic guides are not part of the text', async () => {
    const path = await writeWorkbook(
      dir,
      '教职工名册.xlsx',
      [
        {
          name: '花名册',
          rows: [
            ['序号', '姓名', '部门'],
            [1, '张三', '语文组'],
            [2, '李四', '数学组'],
          ],
        },
      ],
      { phonetic: { 序号: "xu'hao", 姓名: "xing'ming", 张三: 'zhang san' } },
    );
    const res = await ingest([path], OPTIONS);
    expect(sheetReport(res, '花名册')).toMatchObject({ kind: 'roster', header_row: 1 });
    expect(res.records.staff.map((s) => s.displayName)).toEqual(['张三', '李四']);
  });
});

describe('header text as people write it', () => {
  it('spaces, line breaks, full-width forms, units and notes in brackets are ignored', async () => {
    const path = await writeWorkbook(dir, '经费台账.xlsx', [
      {
        name: '收支明细',
        rows: [
          ['日　期', '摘 要', '类别\n（发展经营类/民生类）', '收入金额(元)', '金额（元）'],
          ['2026-03-02', '会费', '会费收入', 3000, null],
          ['2026-03-08', '三八节奖品', '文体活动支出', null, '1,200'],
        ],
      },
      {
        name: '预算',
        rows: [
          [' 科  目 ', '预算金额/元'],
          ['文体活动支出', 5000],
        ],
      },
      {
        name: '花名册',
        rows: [
          ['姓\n名', '所在部门：', '*性别'],
          ['张三', '语文组', '男'],
        ],
      },
    ]);
    const res = await ingest([path], OPTIONS);
    expect(res.sheets.map((s) => [s.sheet, s.kind, s.header_row])).toEqual([
      ['收支明细', 'funds', 1],
      ['预算', 'budget', 1],
      ['花名册', 'roster', 1],
    ]);
    expect(res.records.funds.map((f) => [f.date, f.description, f.category, f.income, f.expense])).toEqual([
      ['2026-03-02', '会费', '会费收入', 3000, 0],
      ['2026-03-08', '三八节奖品', '文体活动支出', 0, 1200],
    ]);
    expect(res.records.budget).toMatchObject([{ category: '文体活动支出', amount: 5000 }]);
    expect(res.records.staff).toMatchObject([{ name: '张三', department: '语文组', gender: '男' }]);
    expect(problems(res)).toEqual([]);
  });
});
