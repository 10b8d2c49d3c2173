/** ledgers.md §4 scale answers and §5 survey sheets: 问卷星 exports, the term of each response, items vs attributes. */
import { rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingest, type IngestResult } from '../../src/ingest/index.ts';
import { date, tempDir, writeWorkbook, type CellSpec } from '../helpers/workbook.ts';
import { account, problems, sheetReport } from '../helpers/ingest-result.ts';

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const WJX_HEADER = [
  '序号',
  '提交答卷时间',
  '所用时间',
  '来源',
  '来源详情',
  '来自IP',
  '1、您对工会活动组织是否满意？',
  '2、您对困难帮扶工作是否满意？',
  '3、您对职工之家建设是否满意？',
];
const wjxRow = (n: number, at: CellSpec, answers: CellSpec[]): CellSpec[] => [
  n,
  at,
  `${100 + n}秒`,
  '手机提交',
  '微信',
  `221.2.3.${n}(山东-淄博)`,
  ...answers,
];

const scores = (res: IngestResult, sheet: string) =>
  res.records.survey.filter((r) => r.ref.sheet === sheet).map((r) => [r.term, ...r.answers.map((a) => a.score)]);

describe('a 问卷星 export', () => {
  it('question columns are the items; the term comes from 提交答卷时间', async () => {
    const path = await writeWorkbook(dir, '满意度测评.xlsx', [
      {
        name: '问卷结果',
        rows: [
          WJX_HEADER,
          wjxRow(1, '2026/6/20 10:11:12', ['非常满意', '满意', '比较满意']),
          wjxRow(2, '2026/6/20 10:15:40', ['基本满意', '一般', '不满意']),
          wjxRow(3, { date: '2026-06-21', time: '08:00:05' }, ['很不满意', '非常不满意', null]),
          wjxRow(4, '2026-06-22 21:03:00', ['5', 4, '3分']),
          wjxRow(5, '2026/6/22 21:30:00', ['A.非常满意', '还行', '满意']),
        ],
      },
    ]);
    // today lies in another term: only 提交答卷时间 can place these answers
    const res = await ingest([path], { today: '2026-10-08' });
    expect(sheetReport(res, '问卷结果')).toMatchObject({ kind: 'survey', header_row: 1 });
    expect(res.records.survey[0]!.answers.map((a) => a.item)).toEqual([
      '您对工会活动组织是否满意？',
      '您对困难帮扶工作是否满意？',
      '您对职工之家建设是否满意？',
    ]);
    expect(scores(res, '问卷结果')).toEqual([
      ['2025-2026-2', 5, 4, 4],
      ['2025-2026-2', 3, 3, 2],
      ['2025-2026-2', 1, 1, null],
      ['2025-2026-2', 5, 4, 3],
      ['2025-2026-2', 5, 4],
    ]);
    // a bad answer drops only that answer
    expect(problems(res)).toEqual([{ severity: 'error', file: '满意度测评.xlsx', sheet: '问卷结果', cell: 'H6', code: 'bad_scale' }]);
    expect(account(res, '问卷结果')).toEqual([6, 5, 1, 0]);
  });
});

describe('the term of a response', () => {
  it('comes from a 学期 column, and 部门, 性别, 工号 are attributes, not items', async () => {
    const path = await writeWorkbook(dir, '满意度测评.xlsx', [
      {
        name: '测评汇总',
        rows: [
          ['工号', '学期', '部门', '性别', '工会活动组织', '困难帮扶'],
          [1, '2025-2026学年第一学期', '语文组', '男', 4, 5],
          [2, '2025-2026学年第一学期', '数学组', '女', 3, 4],
          [3, '2025-2026学年第二学期', '英语组', '女', 5, 5],
        ],
      },
    ]);
    const res = await ingest([path], { today: '2026-06-30' });
    expect(res.records.survey.map((r) => [r.term, r.department, r.answers])).toEqual([
      [
        '2025-2026-1',
        '语文组',
        [
          { item: '工会活动组织', score: 4 },
          { item: '困难帮扶', score: 5 },
        ],
      ],
      [
        '2025-2026-1',
        '数学组',
        [
          { item: '工会活动组织', score: 3 },
          { item: '困难帮扶', score: 4 },
        ],
      ],
      [
        '2025-2026-2',
        '英语组',
        [
          { item: '工会活动组织', score: 5 },
          { item: '困难帮扶', score: 5 },
        ],
      ],
    ]);
    expect(problems(res)).toEqual([]);
  });

  it('comes from sheet names 本学期 and 上学期, relative to the term in the 设置 sheet', async () => {
    const answers: CellSpec[][] = [
      ['活动组织', '困难帮扶'],
      ['满意', '非常满意'],
      ['一般', '满意'],
    ];
    const path = await writeWorkbook(dir, '满意度测评.xlsx', [
      { name: '设置', rows: [['项目', '值'], ['学期', '2025-2026-2']] },
      { name: '本学期问卷', rows: answers },
      { name: '上学期问卷', rows: answers },
    ]);
    const res = await ingest([path], { today: '2027-03-01' });
    expect(scores(res, '本学期问卷')).toEqual([
      ['2025-2026-2', 4, 5],
      ['2025-2026-2', 3, 4],
    ]);
    expect(scores(res, '上学期问卷')).toEqual([
      ['2025-2026-1', 4, 5],
      ['2025-2026-1', 3, 4],
    ]);
    expect(problems(res)).toEqual([]);
  });

  it('is the current term, with a warning, when nothing tells', async () => {
    const path = await writeWorkbook(dir, '满意度测评.xlsx', [
      {
        name: '满意度',
        rows: [
          ['活动组织', '困难帮扶'],
          ['满意', '非常满意'],
        ],
      },
    ]);
    const res = await ingest([path], { today: '2026-06-30' });
    expect(scores(res, '满意度')).toEqual([['2025-2026-2', 4, 5]]);
    expect(problems(res)).toEqual([{ severity: 'warning', file: '满意度测评.xlsx', sheet: '满意度', cell: null, code: 'survey_no_term' }]);
  });

  it('a date cell in 提交答卷时间 in March belongs to the second term', async () => {
    const path = await writeWorkbook(dir, '问卷.xlsx', [
      {
        name: 'Sheet1',
        rows: [WJX_HEADER, wjxRow(1, date('2026-03-02'), ['满意', '满意', '满意']), wjxRow(2, date('2025-12-30'), ['满意', '满意', '满意'])],
      },
    ]);
    const res = await ingest([path], { today: '2026-06-30' });
    expect(scores(res, 'Sheet1')).toEqual([
      ['2025-2026-2', 4, 4, 4],
      ['2025-2026-1', 4, 4, 4],
    ]);
  });
});
