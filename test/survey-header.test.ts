/** A survey sheet with only 序号 and question columns: the header is row 1, not the first response. */
import { expect, it } from 'vitest';
import { GridBuilder } from '../src/ingest/grid.ts';
import { readWorkbooks } from '../src/ingest/index.ts';
import { IssueLog } from '../src/ingest/issues.ts';

it('keeps the first response when the header has no 学期/部门 column', () => {
  const grid = new GridBuilder('本学期满意度');
  const rows: (string | number)[][] = [
    ['序号', '工会活动', '困难帮扶'],
    [1, '满意', '不满意'],
    [2, '非常满意', '满意'],
  ];
  rows.forEach((row, r) => row.forEach((v, c) => grid.setValue(r, c, v)));
  const result = readWorkbooks([{ file: '问卷.xlsx', sheets: [grid.build()] }], [], new IssueLog(), [], { today: '2026-06-30' });
  expect(result.sheets[0]).toMatchObject({ kind: 'survey', header_row: 1, rows_used: 2 });
  expect(result.records.survey.map((s) => s.answers.map((a) => `${a.item}=${a.score}`))).toEqual([
    ['工会活动=4', '困难帮扶=2'],
    ['工会活动=5', '困难帮扶=4'],
  ]);
});
