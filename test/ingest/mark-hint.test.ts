/** ledgers.md §4: a mark we cannot read is explained in the marks the sheet itself uses. */
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest, type IngestResult } from '../../src/ingest/index.ts';
import { date, tempDir, writeWorkbook, type SheetSpec } from '../helpers/workbook.ts';

const ROSTER: SheetSpec = {
  name: '名册',
  rows: [['姓名', '部门'], ['张三', '语文组'], ['李四', '数学组'], ['王芳', '英语组'], ['赵六', '体艺组']],
};
const ACTIVITIES: SheetSpec = {
  name: '活动台账',
  rows: [
    ['活动名称', '日期', '类别'],
    ['三八健步走', date('2026-03-08'), '文体活动'],
    ['读书会', date('2026-03-20'), '理论学习'],
  ],
};
const wide = (name: string, marks: readonly (string | number | null)[][]): SheetSpec => ({
  name,
  rows: [['姓名', '三八健步走', '读书会'], ...['张三', '李四', '王芳', '赵六'].map((n, i) => [n, ...(marks[i] ?? [])])],
});

let dir: string;
let res: IngestResult;
const message = (sheet: string) => res.issues.filter((i) => i.sheet === sheet && i.code === 'bad_mark').map((i) => [i.cell, i.message]);

beforeAll(async () => {
  dir = await tempDir();
  const path = await writeWorkbook(dir, '签到.xlsx', [
    ROSTER,
    ACTIVITIES,
    wide('数字', [[1, 0], [0, 1], [1, 2], [1, '请假']]),
    wide('是否', [['是', '否'], ['否', '是'], ['是', '迟到'], ['事假', '是']]),
    wide('打钩', [['√', null], [null, '√'], ['√', '到了'], ['√', '√']]),
    wide('看不懂', [['A', null], [null, null], [null, null], [null, null]]),
    {
      name: '明细',
      rows: [['活动名称', '姓名', '签到'], ['读书会', '张三', 'Y'], ['读书会', '李四', 'N'], ['读书会', '王芳', 'YY']],
    },
  ]);
  res = await ingest([path], { today: '2026-05-31' });
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('the hint of an unreadable mark', () => {
  it('uses 1 and 0 on a sheet that marks with 1 and 0, and the leave word it uses', () => {
    expect(message('数字')).toEqual([['C4', '签到标记“2”无法识别（该格未计入）；按本表的写法，出席写 1，缺席写 0，请假写“请假”']]);
  });

  it('uses 是/否 and its own leave word (事假) on a 是/否 sheet', () => {
    expect(message('是否')).toEqual([['C4', '签到标记“迟到”无法识别（该格未计入）；按本表的写法，出席写 是，缺席写 否，请假写“事假”']]);
  });

  it('says absent is left blank on a sheet of √ and blanks', () => {
    expect(message('打钩')).toEqual([['C4', '签到标记“到了”无法识别（该格未计入）；按本表的写法，出席写 √，缺席留空，请假写“请假”']]);
  });

  it('falls back to √ / × / 请假 when the sheet has no readable mark to learn from', () => {
    expect(message('看不懂')).toEqual([['B2', '签到标记“A”无法识别（该格未计入）；出席写 √，缺席留空或写 ×，请假写“请假”']]);
  });

  it('learns from the mark column of a one-row-per-person sheet too', () => {
    expect(message('明细')).toEqual([['C4', '签到标记“YY”无法识别（该格未计入）；按本表的写法，出席写 Y，缺席写 N，请假写“请假”']]);
  });
});
