/** The decision log (督办事项): read like every other ledger, told apart from the work ledger. */
import { rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import { date, tempDir, writeWorkbook } from '../helpers/workbook.ts';
import { account, kinds, problems } from '../helpers/ingest-result.ts';

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('the decision log', () => {
  it('reads a chair’s own 督办 sheet with a title row, synonyms and messy dates; 已销号 or a 销号日期 closes an item', async () => {
    const path = await writeWorkbook(dir, '2026年春月调度.xlsx', [
      {
        name: '督办台账',
        rows: [
          ['2026年春季学期月调度督办事项'],
          ['序号', '交办事项', '责任人', '交办日期', '交办会议', '办结期限', '进展情况', '销号日期', '备注'],
          [1, '落实教职工体检', '李明', '2026.3.2', '3月月调度会', '3月31日', '已销号', '2026/3/28', null],
          [2, '运动会场地协调', '王芳', date('2026-03-02'), '3月月调度会', '2026-04-10', '办理中', null, '等总务处回复'],
          [3, '困难职工摸底', '张晓燕', '2026年4月1日', '4月月调度会', null, null, '2026-04-20', null],
          [4, '食堂意见收集', null, null, null, '2026-05-15', '未销号', null, null],
        ],
      },
    ]);
    const res = await ingest([path], { today: '2026-06-30' });
    expect(problems(res)).toEqual([]);
    expect(kinds(res)).toEqual({ 督办台账: 'decisions' });
    expect(res.records.tasks).toEqual([]);
    expect(res.records.decisions.map((d) => [d.item, d.owner, d.raisedDate, d.meeting, d.deadline, d.closed, d.closedDate, d.note])).toEqual([
      ['落实教职工体检', '李明', '2026-03-02', '3月月调度会', '2026-03-31', true, '2026-03-28', null],
      ['运动会场地协调', '王芳', '2026-03-02', '3月月调度会', '2026-04-10', false, null, '等总务处回复'],
      ['困难职工摸底', '张晓燕', '2026-04-01', '4月月调度会', null, true, '2026-04-20', null],
      ['食堂意见收集', null, null, null, '2026-05-15', false, null, null],
    ]);
    expect(res.records.decisions[1]?.ref).toMatchObject({ file: '2026年春月调度.xlsx', sheet: '督办台账', cell: 'B4' });
  });

  it('an unreadable deadline or 销号日期 is an error at its cell, and the row is left out', async () => {
    const path = await writeWorkbook(dir, '督办事项.xlsx', [
      {
        name: '督办事项',
        rows: [
          ['事项', '责任人', '期限', '状态', '销号日期'],
          ['落实教职工体检', '李明', '月底前', '办理中', null],
          ['运动会场地协调', '王芳', '2026-04-10', '已销号', '下周'],
          ['困难职工摸底', '张晓燕', '2026-04-30', '办理中', null],
        ],
      },
    ]);
    const res = await ingest([path], { today: '2026-06-30' });
    expect(problems(res)).toEqual([
      { severity: 'error', file: '督办事项.xlsx', sheet: '督办事项', cell: 'C2', code: 'bad_date' },
      { severity: 'error', file: '督办事项.xlsx', sheet: '督办事项', cell: 'E3', code: 'bad_date' },
    ]);
    expect(res.records.decisions.map((d) => d.item)).toEqual(['困难职工摸底']);
    expect(account(res, '督办事项')).toEqual([4, 1, 1, 2]);
  });

  it('a work ledger stays a work ledger', async () => {
    const path = await writeWorkbook(dir, '工作台账.xlsx', [
      { name: '工作台账', rows: [['工作事项', '负责人', '截止日期', '完成情况', '完成日期'], ['制定学期工作计划', '张三', '2026-02-28', '已完成', '2026-02-25']] },
    ]);
    const res = await ingest([path], { today: '2026-06-30' });
    expect(kinds(res)).toEqual({ 工作台账: 'tasks' });
    expect(res.records.decisions).toEqual([]);
  });
});
