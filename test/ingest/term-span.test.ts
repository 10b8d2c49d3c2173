/** ledgers.md §6: 学期开始 / 学期结束 in the settings move the term, and year-less dates outside it are errors. */
import { rm } from 'node:fs/promises';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import { tempDir, writeWorkbook, type SheetSpec } from '../helpers/workbook.ts';
import { problems } from '../helpers/ingest-result.ts';

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const tasks: SheetSpec = {
  name: '工作台账',
  rows: [
    ['工作事项', '负责人', '截止日期', '完成情况'],
    ['开学工作部署', '王芳', '2月25日', '已完成'],
    ['暑期疗休养方案', '李强', '7月20日', '未开始'],
  ],
};
const settings = (rows: string[][]): SheetSpec => ({ name: '设置', rows: [['项目', '值'], ['学期', '2025-2026学年第二学期'], ...rows] });

it('without 学期开始/学期结束 a year-less date in July belongs to the second term', async () => {
  await writeWorkbook(dir, '台账.xlsx', [settings([]), tasks]);
  const result = await ingest([dir], { today: '2026-11-22' });
  expect(result.records.tasks.map((t) => t.due)).toEqual(['2026-02-25', '2026-07-20']);
  expect(problems(result)).toEqual([]);
});

it('a term the settings end on 7月10日 rejects 7月20日 at its cell, and keeps 2月25日', async () => {
  await writeWorkbook(dir, '台账.xlsx', [settings([['学期开始', '2026-02-23'], ['学期结束', '2026-07-10']]), tasks]);
  const result = await ingest([dir], { today: '2026-11-22' });
  expect(result.records.tasks.map((t) => t.due)).toEqual(['2026-02-25']);
  expect(problems(result)).toEqual([
    { severity: 'error', file: '台账.xlsx', sheet: '工作台账', cell: 'C3', code: 'date_outside_term' },
  ]);
});
