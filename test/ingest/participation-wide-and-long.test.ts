/** ledgers.md §4 marks and names, §5 wide and long sign-in sheets, and 无签到记录. */
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest, type IngestResult, type ParticipationRecord } from '../../src/ingest/index.ts';
import { participationRef } from '../../src/ingest/records.ts';
import { date, tempDir, writeWorkbook, type SheetSpec } from '../helpers/workbook.ts';
import { account, brief, problems, sheetReport } from '../helpers/ingest-result.ts';
import { issuesAsOf } from '../../src/metrics/index.ts';
import { participationRows } from '../../src/ingest/participation-table.ts';

const FILE = '活动与签到.xlsx';

const ROSTER: SheetSpec = {
  name: '名册',
  rows: [
    ['姓名', '部门', '性别'],
    ['张三', '语文组', '男'],
    ['李　四', '数学组', '女'],
    ['王芳', '语文组', '女'],
    ['王芳', '英语组', '女'],
    ['赵六', '体艺组', '男'],
  ],
};

const ACTIVITIES: SheetSpec = {
  name: '活动台账',
  rows: [
    ['活动名称', '日期', '类别', '参加范围'],
    ['三八健步走', date('2026-03-08'), '文体活动', '女教职工'],
    ['读书会', date('2026-03-06'), '理论学习', '全体'],
    ['读书会', date('2026-03-20'), '理论学习', '全体'],
    ['师德报告会', date('2026-03-12'), '师德建设', '全体'],
    ['春季运动会', date('2026-04-18'), '文体活动', '全体'],
    ['端午包粽子', date('2026-06-19'), '文体活动', '全体'],
  ],
};

/** Wide: 姓名 down the side, one column per activity; the department merged down over two staff rows. */
const WIDE: SheetSpec = {
  name: '3月签到',
  rows: [
    ['张店五中2025-2026学年第二学期教职工活动签到表'],
    ['序号', '部门', '姓名', '三八健步走(3.8)', '读书会(3.6)', '读书会3月20日', '师德报告会签到', '迎春长跑', '备注'],
    [1, '语文组', '张 三', '√', '○', '请假', '✓', '√'],
    [2, null, '王芳', '〇', '×', null, '病假', 1],
    [3, '英语组', '王芳', '迟到', '√', '√', '√', '√'],
    [4, '数学组', '李四', '√', '缺席', '未到', 0, '×'],
    [5, '外校', '郑雨桐', '√', null, null, null, null, '交流教师'],
    [6, null, '王芳', '√', '√', '√', '√', '√'],
  ],
  merges: ['A1:I1', 'B3:B4'],
};

/** Long: one row per person and activity, with a mark column. */
const LONG: SheetSpec = {
  name: '签到明细',
  rows: [
    ['活动名称', '日期', '姓名', '签到'],
    ['三八健步走', date('2026-03-08'), '赵六', '√'],
    ['读书会', '3月6日', '张三', '×'],
    ['读书会', '3月20日', '李 四', null],
    ['元旦联欢', '2026-01-01', '张三', '√'],
    ['读书会', '3月20日', '张三', '到了'],
  ],
};

/** Long without a mark column: a plain list of who came. */
const ATTENDEES: SheetSpec = {
  name: '健步走参与名单',
  rows: [
    ['活动名称', '姓名'],
    ['三八健步走', '王芳'],
    ['三八健步走', '赵六'],
  ],
};

/**
 * Counted by hand: each header (and the wide sheet's title) skipped; the third 王芳 of the wide
 * sheet (no 部门 to tell two 王芳 apart) and the long sheet's 到了 rejected; the list's 王芳 likewise.
 */
const ACCOUNTS = [
  ['名册', 6, 5, 1, 0],
  ['活动台账', 7, 6, 1, 0],
  ['3月签到', 8, 5, 2, 1],
  ['签到明细', 6, 4, 1, 1],
  ['健步走参与名单', 3, 1, 1, 1],
];

let dir: string;
let res: IngestResult;
const marksIn = (sheet: string) =>
  participationRows(res.records.participation)
    .filter((p) => p.sheetRef.sheet === sheet)
    .map((p: ParticipationRecord) => [participationRef(p).cell, p.activityKey, p.name, p.staffIndex, p.mark]);

beforeAll(async () => {
  dir = await tempDir();
  await writeWorkbook(dir, FILE, [ROSTER, ACTIVITIES, WIDE, LONG, ATTENDEES]);
  res = await ingest([dir], { today: '2026-05-31' });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('a wide sign-in sheet', () => {
  it('is read below its title, each staff × activity cell a record; dates in headers pick between same-name activities', () => {
    expect(sheetReport(res, '3月签到')).toMatchObject({ kind: 'participation', header_row: 2 });
    expect(marksIn('3月签到')).toEqual([
      ['D3', '三八健步走|2026-03-08', '张三', 0, 'present'],
      ['E3', '读书会|2026-03-06', '张三', 0, 'present'],
      ['F3', '读书会|2026-03-20', '张三', 0, 'excused'],
      ['G3', '师德报告会|2026-03-12', '张三', 0, 'present'],
      ['D4', '三八健步走|2026-03-08', '王芳', 2, 'present'],
      ['E4', '读书会|2026-03-06', '王芳', 2, 'absent'],
      ['F4', '读书会|2026-03-20', '王芳', 2, 'absent'],
      ['G4', '师德报告会|2026-03-12', '王芳', 2, 'excused'],
      ['E5', '读书会|2026-03-06', '王芳', 3, 'present'],
      ['F5', '读书会|2026-03-20', '王芳', 3, 'present'],
      ['G5', '师德报告会|2026-03-12', '王芳', 3, 'present'],
      ['D6', '三八健步走|2026-03-08', '李四', 1, 'present'],
      ['E6', '读书会|2026-03-06', '李四', 1, 'absent'],
      ['F6', '读书会|2026-03-20', '李四', 1, 'absent'],
      ['G6', '师德报告会|2026-03-12', '李四', 1, 'absent'],
      ['D7', '三八健步走|2026-03-08', '郑雨桐', null, 'present'],
      ['E7', '读书会|2026-03-06', '郑雨桐', null, 'absent'],
      ['F7', '读书会|2026-03-20', '郑雨桐', null, 'absent'],
      ['G7', '师德报告会|2026-03-12', '郑雨桐', null, 'absent'],
    ]);
  });

  it('reports a bad mark, an unknown name, an unsettled duplicate name and an unmatched activity header at their cells', () => {
    expect(problems(res).filter((p) => p.sheet === '3月签到')).toEqual([
      { severity: 'warning', file: FILE, sheet: '3月签到', cell: 'H2', code: 'unknown_activity_header' },
      { severity: 'error', file: FILE, sheet: '3月签到', cell: 'D5', code: 'bad_mark' },
      { severity: 'warning', file: FILE, sheet: '3月签到', cell: 'C7', code: 'unknown_name' },
      { severity: 'error', file: FILE, sheet: '3月签到', cell: 'C8', code: 'ambiguous_name' },
    ]);
    expect(res.issues.find((i) => i.cell === 'D5' && i.sheet === '3月签到')!.message).toContain('迟到');
  });

  it('a bad mark rejects only that mark: its row still counts as used', () => {
    expect(account(res, '3月签到')).toEqual([8, 5, 2, 1]);
  });
});

describe('a long sign-in sheet', () => {
  it('one row is one record; a blank mark is absent when the sheet has a mark column', () => {
    expect(marksIn('签到明细')).toEqual([
      ['D2', '三八健步走|2026-03-08', '赵六', 4, 'present'],
      ['D3', '读书会|2026-03-06', '张三', 0, 'absent'],
      ['D4', '读书会|2026-03-20', '李四', 1, 'absent'],
      ['D5', null, '张三', 0, 'present'],
    ]);
    expect(problems(res).filter((p) => p.sheet === '签到明细')).toEqual([
      { severity: 'warning', file: FILE, sheet: '签到明细', cell: 'A5', code: 'unknown_activity' },
      { severity: 'error', file: FILE, sheet: '签到明细', cell: 'D6', code: 'bad_mark' },
    ]);
    expect(account(res, '签到明细')).toEqual([6, 4, 1, 1]);
  });

  it('without a mark column every listed person was present', () => {
    expect(marksIn('健步走参与名单')).toEqual([['B3', '三八健步走|2026-03-08', '赵六', 4, 'present']]);
    // two 王芳 in the roster and no 部门 or 工号 column to tell them apart
    expect(problems(res).filter((p) => p.sheet === '健步走参与名单')).toEqual([
      { severity: 'error', file: FILE, sheet: '健步走参与名单', cell: 'B2', code: 'ambiguous_name' },
    ]);
    expect(account(res, '健步走参与名单')).toEqual([3, 1, 1, 1]);
  });
});

describe('activities without sign-in', () => {
  it('a 文体活动 up to asOf with no record at all is a warning at the activity; later ones are not', () => {
    expect(problems(res).filter((p) => p.sheet === '活动台账')).toEqual([]);
    const asOf = issuesAsOf(res, { today: '2026-05-31' }).map(brief);
    expect(asOf.filter((p) => p.sheet === '活动台账')).toEqual([
      { severity: 'warning', file: FILE, sheet: '活动台账', cell: 'A6', code: 'no_signin' },
    ]);
  });

  it('every sheet is read, used, skipped and rejected row by row as written', () => {
    expect(res.sheets.map((x) => [x.sheet, x.rows_read, x.rows_used, x.rows_skipped, x.rows_rejected])).toEqual(ACCOUNTS);
  });
});

describe('a wide sheet of 1/0 marks with a neutral name', () => {
  it('is a sign-in sheet because its columns name activities, not a second roster', async () => {
    const d = await tempDir();
    try {
      const path = await writeWorkbook(d, '台账.xlsx', [
        ROSTER,
        ACTIVITIES,
        {
          name: '三月',
          rows: [
            ['姓名', '部门', '三八健步走', '师德报告会'],
            ['张三', '语文组', 1, 0],
            ['王芳', '英语组', 1, 1],
          ],
        },
      ]);
      const r = await ingest([path], { today: '2026-03-31' });
      expect(r.sheets.map((s) => [s.sheet, s.kind])).toEqual([
        ['名册', 'roster'],
        ['活动台账', 'activities'],
        ['三月', 'participation'],
      ]);
      expect(r.records.staff).toHaveLength(5);
      expect(participationRows(r.records.participation).map((p) => [participationRef(p).cell, p.name, p.staffIndex, p.mark])).toEqual([
        ['C2', '张三', 0, 'present'],
        ['D2', '张三', 0, 'absent'],
        ['C3', '王芳', 3, 'present'],
        ['D3', '王芳', 3, 'present'],
      ]);
      expect(problems(r)).toEqual([]);
    } finally {
      await rm(d, { recursive: true, force: true });
    }
  });
});

describe('a wide sheet whose header gives each activity over its date', () => {
  it('reads the activity from the upper cell and the date from the lower one', async () => {
    const d = await tempDir();
    try {
      const path = await writeWorkbook(d, FILE, [
        ROSTER,
        ACTIVITIES,
        {
          name: '3月签到',
          rows: [
            ['姓名', '部门', '三八健步走', '读书会', '读书会', '迎春长跑'],
            [null, null, '3.8', '3.6', '3月20日', '3.1'],
            ['张三', '语文组', '√', '√', '×', '√'],
            ['李四', '数学组', '√', null, '√', '√'],
          ],
          merges: ['A1:A2', 'B1:B2'],
        },
      ]);
      const r = await ingest([path], { today: '2026-03-31' });
      expect(sheetReport(r, '3月签到')).toMatchObject({ kind: 'participation', header_row: 2 });
      expect(participationRows(r.records.participation).map((p) => [participationRef(p).cell, p.activityKey, p.name, p.mark])).toEqual([
        ['C3', '三八健步走|2026-03-08', '张三', 'present'],
        ['D3', '读书会|2026-03-06', '张三', 'present'],
        ['E3', '读书会|2026-03-20', '张三', 'absent'],
        ['C4', '三八健步走|2026-03-08', '李四', 'present'],
        ['D4', '读书会|2026-03-06', '李四', 'absent'],
        ['E4', '读书会|2026-03-20', '李四', 'present'],
      ]);
      expect(problems(r)).toEqual([{ severity: 'warning', file: FILE, sheet: '3月签到', cell: 'F2', code: 'unknown_activity_header' }]);
      expect(r.issues.find((i) => i.code === 'unknown_activity_header')!.message).toContain('迎春长跑');
    } finally {
      await rm(d, { recursive: true, force: true });
    }
  });
});

describe('two people of the same name', () => {
  it('are told apart by a 工号 column on the sign-in row', async () => {
    const d = await tempDir();
    try {
      const path = await writeWorkbook(d, FILE, [
        { name: '名册', rows: [['工号', '姓名', '部门'], ['T01', '王芳', '语文组'], ['T02', '王芳', '英语组']] },
        ACTIVITIES,
        {
          name: '签到明细',
          rows: [
            ['活动名称', '日期', '工号', '姓名', '签到'],
            ['三八健步走', date('2026-03-08'), 'T02', '王芳', '√'],
            ['三八健步走', date('2026-03-08'), 'T01', '王 芳', '请假'],
            ['三八健步走', date('2026-03-08'), 'T09', '王芳', '√'],
          ],
        },
      ]);
      const r = await ingest([path], { today: '2026-03-31' });
      expect(participationRows(r.records.participation).map((p) => [participationRef(p).cell, p.staffIndex, p.mark])).toEqual([
        ['E2', 1, 'present'],
        ['E3', 0, 'excused'],
      ]);
      expect(problems(r)).toEqual([{ severity: 'error', file: FILE, sheet: '签到明细', cell: 'D4', code: 'ambiguous_name' }]);
    } finally {
      await rm(d, { recursive: true, force: true });
    }
  });
});
