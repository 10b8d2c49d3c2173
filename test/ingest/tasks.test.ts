/** The work ledger: ledgers.md §4 task state, with 完成日期 marking a task done. */
import { rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import { date, tempDir, writeWorkbook } from '../helpers/workbook.ts';
import { account, problems } from '../helpers/ingest-result.ts';

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const FILE = '工作台账.xlsx';

describe('the work ledger', () => {
  it('done = 已完成, 完成, 已办结, √ or a 完成日期; anything else is open', async () => {
    const path = await writeWorkbook(dir, FILE, [
      {
        name: '工作台账',
        rows: [
          ['工作事项', '负责人', '计划完成时间', '完成情况', '完成日期'],
          ['制定学期工作计划', '张三', date('2026-02-28'), '已完成', date('2026-02-25')],
          ['三八节活动', '李四', '3月8日', '完成', null],
          ['教代会提案征集', '王五', '2026.3.20', '已办结', null],
          ['会员信息录入', '赵六', '2026/3/31', '√', null],
          ['职工之家建设', '钱七', '2026-04-30', null, '2026年4月28日'],
          ['春季运动会', '张三', '2026-04-18', '进行中', null],
          ['暑期疗休养方案', '李四', '2026-07-15', '未开始', null],
          ['困难职工帮扶', '王五', '2026-05-31', '延期', null],
          ['工会经费审计', '赵六', '2026-06-30', '未完成', null],
        ],
      },
    ]);
    const res = await ingest([path], { today: '2026-06-30' });
    expect(res.records.tasks.map((t) => [t.task, t.due, t.done, t.doneDate, t.stateText])).toEqual([
      ['制定学期工作计划', '2026-02-28', true, '2026-02-25', '已完成'],
      ['三八节活动', '2026-03-08', true, null, '完成'],
      ['教代会提案征集', '2026-03-20', true, null, '已办结'],
      ['会员信息录入', '2026-03-31', true, null, '√'],
      ['职工之家建设', '2026-04-30', true, '2026-04-28', ''],
      ['春季运动会', '2026-04-18', false, null, '进行中'],
      ['暑期疗休养方案', '2026-07-15', false, null, '未开始'],
      ['困难职工帮扶', '2026-05-31', false, null, '延期'],
      ['工会经费审计', '2026-06-30', false, null, '未完成'],
    ]);
    expect(problems(res)).toEqual([]);
  });

  it('a task without a due date, or with an unreadable completion date, is an error at the cell', async () => {
    const path = await writeWorkbook(dir, FILE, [
      {
        name: '工作清单',
        rows: [
          ['工作事项', '截止日期', '完成日期'],
          ['制定学期工作计划', null, null],
          ['三八节活动', '2026-03-08', '早就完成了'],
          ['教代会', '2026-03-20', null],
        ],
      },
    ]);
    const res = await ingest([path], { today: '2026-06-30' });
    expect(problems(res)).toEqual([
      { severity: 'error', file: FILE, sheet: '工作清单', cell: 'B2', code: 'missing_value' },
      { severity: 'error', file: FILE, sheet: '工作清单', cell: 'C3', code: 'bad_date' },
    ]);
    expect(res.records.tasks.map((t) => t.task)).toEqual(['教代会']);
    expect(account(res, '工作清单')).toEqual([4, 1, 1, 2]);
  });
});
