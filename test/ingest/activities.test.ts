/** The activities ledger, and ledgers.md §4's date rules and §6's term through it. */
import { rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import { date, tempDir, writeWorkbook, type CellSpec, type SheetSpec } from '../helpers/workbook.ts';
import { account, issuesCoded, problems } from '../helpers/ingest-result.ts';

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const HEADER = ['活动名称', '日期', '类别', '参加范围'];
const activities = (rows: CellSpec[][]): SheetSpec => ({ name: '活动台账', rows: [HEADER, ...rows] });
const SETTINGS: SheetSpec = {
  name: '设置',
  rows: [
    ['项目', '值'],
    ['学校名称', '张店五中'],
    ['学期', '2025-2026学年第二学期'],
  ],
};

describe('dates', () => {
  it('accepts Excel dates, serial numbers, 8-digit numbers and the written forms', async () => {
    const path = await writeWorkbook(dir, '活动台账.xlsx', [
      activities([
        ['理论学习一', date('2026-03-02'), '理论学习'],
        ['理论学习二', 46084, '理论学习'],
        ['理论学习三', 20260304, '理论学习'],
        ['理论学习四', '2026-03-05', '理论学习'],
        ['理论学习五', '2026/3/6', '理论学习'],
        ['理论学习六', '2026.3.7', '理论学习'],
        ['理论学习七', '2026年3月8日', '理论学习'],
        ['理论学习八', '2026年3月9号', '理论学习'],
        ['理论学习九', '２０２６年３月１０日', '理论学习'],
      ]),
    ]);
    const res = await ingest([path], { today: '2026-06-30' });
    expect(res.records.activities.map((a) => a.date)).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
      '2026-03-09',
      '2026-03-10',
    ]);
    expect(problems(res)).toEqual([]);
  });

  it('an impossible or unreadable date is an error at its cell and the row is rejected', async () => {
    const path = await writeWorkbook(dir, '活动台账.xlsx', [
      activities([
        ['师德报告会', '2026-02-30', '师德建设'],
        ['读书会', '下周三', '理论学习'],
        ['教代会', '2026-03-20', '民主管理'],
        ['慰问', null, '关爱慰问'],
      ]),
    ]);
    const res = await ingest([path], { today: '2026-06-30' });
    expect(problems(res)).toEqual([
      { severity: 'error', file: '活动台账.xlsx', sheet: '活动台账', cell: 'B2', code: 'invalid_date' },
      { severity: 'error', file: '活动台账.xlsx', sheet: '活动台账', cell: 'B3', code: 'bad_date' },
      { severity: 'error', file: '活动台账.xlsx', sheet: '活动台账', cell: 'B5', code: 'missing_value' },
    ]);
    expect(res.records.activities.map((a) => a.name)).toEqual(['教代会']);
    expect(account(res, '活动台账')).toEqual([5, 1, 1, 3]);
    expect(res.issues.find((i) => i.cell === 'B2')!.message).toContain('2026-02-30');
  });

  it('year-less dates take their year from the 学期 in a 设置 sheet', async () => {
    const path = await writeWorkbook(dir, '活动台账.xlsx', [
      SETTINGS,
      activities([
        ['三八健步走', '3月8日', '文体活动'],
        ['植树', '3/12', '主题活动'],
        ['读书分享', '4.23', '理论学习'],
        ['师德报告会', '5月6号', '师德建设'],
        ['端午包粽子', 6.19, '文体活动'],
      ]),
    ]);
    // today is in another school year: only the settings sheet can give these dates their year
    const res = await ingest([path], { today: '2024-10-01' });
    expect(res.term).toEqual({ firstYear: 2025, half: 2 });
    expect(res.records.activities.map((a) => [a.name, a.date])).toEqual([
      ['三八健步走', '2026-03-08'],
      ['植树', '2026-03-12'],
      ['读书分享', '2026-04-23'],
      ['师德报告会', '2026-05-06'],
      ['端午包粽子', '2026-06-19'],
    ]);
    expect(problems(res)).toEqual([]);
  });

  it('in the first term, September–December belong to the first calendar year and January to the second', async () => {
    const path = await writeWorkbook(dir, '活动台账.xlsx', [
      { ...SETTINGS, rows: [['项目', '值'], ['学期', '2025-2026-1']] },
      activities([
        ['教师节座谈', '9月10日', '主题活动'],
        ['元旦联欢', '12月31日', '文体活动'],
        ['寒假慰问', '1月20日', '关爱慰问'],
      ]),
    ]);
    const res = await ingest([path], { today: '2024-10-01' });
    expect(res.records.activities.map((a) => a.date)).toEqual(['2025-09-10', '2025-12-31', '2026-01-20']);
  });

  it('a year-less date outside the term is an error', async () => {
    const path = await writeWorkbook(dir, '活动台账.xlsx', [
      SETTINGS,
      activities([
        ['三八健步走', '3月8日', '文体活动'],
        ['教师节座谈', '9月10日', '主题活动'],
      ]),
    ]);
    const res = await ingest([path], { today: '2024-10-01' });
    expect(issuesCoded(res, 'date_outside_term')).toEqual([
      { severity: 'error', file: '活动台账.xlsx', sheet: '活动台账', cell: 'B3', code: 'date_outside_term' },
    ]);
    expect(res.issues.find((i) => i.code === 'date_outside_term')!.message).toContain('2025-2026学年第二学期');
    expect(res.records.activities.map((a) => a.name)).toEqual(['三八健步走']);
    expect(account(res, '活动台账')).toEqual([3, 1, 1, 1]);
  });

  it('a year-less date takes the term named in the sheet title when there is no settings sheet', async () => {
    const path = await writeWorkbook(dir, '活动台账.xlsx', [
      {
        name: '活动台账',
        rows: [['张店五中2024-2025学年第一学期工会活动台账'], HEADER, ['教师节座谈', '9月10日', '主题活动']],
        merges: ['A1:D1'],
      },
    ]);
    const res = await ingest([path], { today: '2026-03-01' });
    expect(res.records.activities.map((a) => a.date)).toEqual(['2024-09-10']);
  });
  it('a year-less date takes the term named in the file name', async () => {
    const path = await writeWorkbook(dir, '2024-2025学年第二学期工会活动台账.xlsx', [activities([['三八健步走', '3月8日', '文体活动']])]);
    const res = await ingest([path], { today: '2026-10-01' });
    expect(res.records.activities.map((a) => a.date)).toEqual(['2025-03-08']);
  });
});

describe('categories and eligible groups', () => {
  it('synonyms map to the defined categories; anything else is 其他 with a warning', async () => {
    const path = await writeWorkbook(dir, '活动台账.xlsx', [
      { name: '名册', rows: [['姓名', '部门'], ['张三', '体艺组']] },
      activities([
        ['政治学习', '2026-03-02', '政治学习', '全体'],
        ['健步走', '2026-03-03', '文体', '女教职工'],
        ['青年沙龙', '2026-03-04', '主题教育', '青年教师'],
        ['退休座谈', '2026-03-05', '慰问', '退休教职工'],
        ['篮球赛', '2026-03-06', '文体活动', '体艺组'],
        ['读书分享', '2026-03-07', '读书', '全校男教师'],
        ['茶话会', '2026-03-09', '学习', '后勤'],
      ]),
    ]);
    const res = await ingest([path], { today: '2026-03-01' });
    expect(res.records.activities.map((a) => [a.name, a.category, a.range])).toEqual([
      ['政治学习', '理论学习', { kind: 'all' }],
      ['健步走', '文体活动', { kind: 'female' }],
      ['青年沙龙', '主题活动', { kind: 'young' }],
      ['退休座谈', '关爱慰问', { kind: 'retired' }],
      ['篮球赛', '文体活动', { kind: 'department', department: '体艺组' }],
      ['读书分享', '其他', { kind: 'male' }],
      ['茶话会', '理论学习', { kind: 'all' }],
    ]);
    expect(problems(res)).toEqual([
      { severity: 'warning', file: '活动台账.xlsx', sheet: '活动台账', cell: 'C7', code: 'unknown_category' },
      { severity: 'warning', file: '活动台账.xlsx', sheet: '活动台账', cell: 'D8', code: 'unknown_range' },
    ]);
  });
});
