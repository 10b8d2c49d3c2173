/**
 * Online sign-in exports (问卷星, 腾讯问卷, 企业微信): one row per person who signed, each present
 * at the activity the sheet, file or title names; merged with paper √ sheets of the same
 * activity so that nobody counts twice (issue 14 item 7).
 */
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest, type IngestResult } from '../../src/ingest/index.ts';
import { participationRef } from '../../src/ingest/records.ts';
import { computeMetrics, targetOf } from '../../src/metrics/index.ts';
import type { ParticipationDetail } from '../../src/metrics/targets/participation-rate.ts';
import { writeCsv } from '../helpers/csv-file.ts';
import { account, kinds, problems } from '../helpers/ingest-result.ts';
import { date, tempDir, writeWorkbook, type CellSpec, type SheetSpec } from '../helpers/workbook.ts';
import { participationRows } from '../../src/ingest/participation-table.ts';

const LEDGERS = '台账.xlsx';

/** 女: 李四, 王芳, 赵六; everyone 在职. */
const ROSTER: SheetSpec = {
  name: '名册',
  rows: [
    ['姓名', '部门', '性别'],
    ['张三', '语文组', '男'],
    ['李四', '数学组', '女'],
    ['王芳', '英语组', '女'],
    ['赵六', '体艺组', '女'],
  ],
};

const ACTIVITIES: SheetSpec = {
  name: '活动台账',
  rows: [
    ['活动名称', '日期', '类别', '参加范围'],
    ['三八健步走', date('2026-03-08'), '文体活动', '女教职工'],
    ['读书会', date('2026-03-06'), '理论学习', '全体'],
    ['读书会', date('2026-03-20'), '理论学习', '全体'],
    ['春季运动会', date('2026-04-18'), '文体活动', '全体'],
  ],
};

/** The paper sheet: √ for present, × or blank for absent. */
const PAPER: SheetSpec = {
  name: '纸质签到',
  rows: [
    ['姓名', '部门', '三八健步走', '春季运动会'],
    ['张三', '语文组', null, '√'],
    ['李四', '数学组', '√', null],
    ['王芳', '英语组', null, '×'],
    ['赵六', '体艺组', '×', null],
  ],
};

const WJX_HEADER = ['序号', '提交答卷时间', '所用时间', '来源', '来源详情', '来自IP', '1、您的姓名：', '2、所在部门：'];
const wjxRow = (n: number, at: string, name: string | null, department: string): CellSpec[] => [
  n,
  at,
  `${30 + n}秒`,
  '手机提交',
  '微信',
  `221.2.3.${n}(山东-淄博)`,
  name,
  department,
];

/** 问卷星, as it exports a sign-in form: 李四 signed twice, one row has no name, one signer is not on the roster. */
const WJX_ROWS = [
  WJX_HEADER,
  wjxRow(1, '2026/3/8 8:01:12', '李四', '数学组'),
  wjxRow(2, '2026/3/8 8:03:40', '王芳', '英语组'),
  wjxRow(3, '2026/3/8 8:05:02', '李 四', '数学组'),
  wjxRow(4, '2026/3/8 8:06:00', null, '语文组'),
  wjxRow(5, '2026/3/8 8:09:30', '郑雨桐', '外校'),
];
const WJX_FILE = '三八健步走签到.xlsx';

/** 腾讯问卷: the file names 读书会, held twice; most answers were submitted on 3月20日. */
const TENCENT_FILE = '读书会签到_腾讯问卷_20260321.xlsx';
const TENCENT: SheetSpec = {
  name: 'Sheet1',
  rows: [
    ['编号', '开始答题时间', '结束答题时间', '答题时长', '1.姓名', '2.部门'],
    [1, '2026-03-20 15:00:01', '2026-03-20 15:00:31', '30秒', '张三', '语文组'],
    [2, '2026-03-20 15:01:10', '2026-03-20 15:01:52', '42秒', '李四', '数学组'],
    [3, '2026-03-21 09:00:00', '2026-03-21 09:00:20', '20秒', '王芳', '英语组'],
  ],
};

/** 企业微信 签到: neither the sheet nor the file names the activity, the title above the header does. */
const WECOM_CHECKIN_FILE = '企业微信导出.xlsx';
const WECOM_CHECKIN: SheetSpec = {
  name: '签到记录',
  rows: [
    ['春季运动会签到统计'],
    ['姓名', '部门', '签到时间', '签到地点'],
    ['张三', '语文组', '2026-04-18 14:02', '学校操场'],
    ['赵六', '体艺组', '2026-04-18 14:05', '学校操场'],
  ],
  merges: ['A1:D1'],
};

/** 企业微信 收集表: no 姓名 question, the 提交者 is the person. */
const WECOM_FORM_FILE = '春季运动会收集表.xlsx';
const WECOM_FORM: SheetSpec = {
  name: '收集结果',
  rows: [
    ['序号', '提交者', '提交时间', '所在部门'],
    [1, '王芳', '2026/04/18 15:20:11', '英语组'],
  ],
};

const marks = (res: IngestResult, file: string) =>
  participationRows(res.records.participation).filter((p) => p.sheetRef.file === file).map((p) => [participationRef(p).cell, p.activityKey, p.name, p.staffIndex, p.mark]);

const accountOf = (r: IngestResult, file: string) => {
  const s = r.sheets.find((x) => x.file === file)!;
  return [s.rows_read, s.rows_used, s.rows_skipped, s.rows_rejected];
};

let dir: string;
let res: IngestResult;
beforeAll(async () => {
  dir = await tempDir();
  await writeWorkbook(dir, LEDGERS, [ROSTER, ACTIVITIES, PAPER]);
  await writeWorkbook(dir, WJX_FILE, [{ name: 'Sheet1', rows: WJX_ROWS }]);
  await writeWorkbook(dir, TENCENT_FILE, [TENCENT]);
  await writeWorkbook(dir, WECOM_CHECKIN_FILE, [WECOM_CHECKIN]);
  await writeWorkbook(dir, WECOM_FORM_FILE, [WECOM_FORM]);
  res = await ingest([dir], { today: '2026-05-31' });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('a 问卷星 sign-in export', () => {
  it('is a sign-in sheet for the activity its file names: every signer present', () => {
    expect(res.sheets.find((s) => s.file === WJX_FILE)).toMatchObject({ sheet: 'Sheet1', kind: 'participation', header_row: 1 });
    expect(marks(res, WJX_FILE)).toEqual([
      ['G2', '三八健步走|2026-03-08', '李四', 1, 'present'],
      ['G3', '三八健步走|2026-03-08', '王芳', 2, 'present'],
      ['G4', '三八健步走|2026-03-08', '李四', 1, 'present'],
      ['G6', '三八健步走|2026-03-08', '郑雨桐', null, 'present'],
    ]);
  });

  it('a row without a name is rejected at its cell, a signer not on the roster is a warning; every row accounted for', () => {
    expect(problems(res).filter((p) => p.file === WJX_FILE)).toEqual([
      { severity: 'error', file: WJX_FILE, sheet: 'Sheet1', cell: 'G5', code: 'missing_value' },
      { severity: 'warning', file: WJX_FILE, sheet: 'Sheet1', cell: 'G6', code: 'unknown_name' },
    ]);
    expect(res.issues.find((i) => i.file === WJX_FILE && i.cell === 'G5')!.message).toContain('姓名');
    // read 6 = used 4 + skipped 1 (the header) + rejected 1
    expect(accountOf(res, WJX_FILE)).toEqual([6, 4, 1, 1]);
  });
});

describe('腾讯问卷 and 企业微信 exports', () => {
  it('a repeated activity is the one held on the day most signers submitted', () => {
    expect(marks(res, TENCENT_FILE)).toEqual([
      ['E2', '读书会|2026-03-20', '张三', 0, 'present'],
      ['E3', '读书会|2026-03-20', '李四', 1, 'present'],
      ['E4', '读书会|2026-03-20', '王芳', 2, 'present'],
    ]);
  });

  it('a 企业微信 签到 export is read below the title that names its activity', () => {
    expect(res.sheets.find((s) => s.file === WECOM_CHECKIN_FILE)).toMatchObject({ kind: 'participation', header_row: 2, rows_read: 4, rows_used: 2, rows_skipped: 2, rows_rejected: 0 });
    expect(marks(res, WECOM_CHECKIN_FILE)).toEqual([
      ['A3', '春季运动会|2026-04-18', '张三', 0, 'present'],
      ['A4', '春季运动会|2026-04-18', '赵六', 3, 'present'],
    ]);
  });

  it('a 企业微信 收集表 without a 姓名 question takes the 提交者', () => {
    expect(marks(res, WECOM_FORM_FILE)).toEqual([['B2', '春季运动会|2026-04-18', '王芳', 2, 'present']]);
  });

  it('nothing else is reported about them', () => {
    expect(problems(res).filter((p) => p.file !== WJX_FILE)).toEqual([]);
  });
});

describe('paper and online sign-ins of the same activity', () => {
  it('count each eligible person once, present online winning over absent or blank on paper', () => {
    const metrics = computeMetrics(res, { today: '2026-05-31' });
    const rate = targetOf(metrics, 'participation_rate');
    const detail = rate.detail as ParticipationDetail;
    /**
     * 三八健步走 (女: 李四 王芳 赵六): 李四 √ on paper and twice online, 王芳 blank on paper but
     * online, 赵六 × → 2 of 3. 春季运动会 (all 4): 张三 √ on paper and online, 赵六 online,
     * 王芳 × on paper but in the 收集表, 李四 blank → 3 of 4. Together 5 of 7.
     */
    expect(detail.activities.map((a) => [a.name, a.eligible, a.present, a.absent])).toEqual([
      ['三八健步走', 3, 2, 1],
      ['春季运动会', 4, 3, 1],
    ]);
    expect([detail.present, detail.eligible]).toEqual([5, 7]);
    expect(rate.value).toBeCloseTo(5 / 7, 3);
    // the visitor 郑雨桐 is one attendee more, and 李四's second signature no attendee at all
    expect(metrics.activities.find((a) => a.name === '三八健步走')).toMatchObject({ attendees: 3 });
  });
});

describe('an export whose title names no activity', () => {
  it('is one warning naming every text tried, at the title; its rows are read but not counted', async () => {
    const d = await tempDir();
    try {
      await writeWorkbook(d, LEDGERS, [ROSTER, ACTIVITIES]);
      const file = '迎春长跑签到.xlsx';
      await writeWorkbook(d, file, [
        {
          name: 'Sheet1',
          rows: [['2026年迎春长跑活动签到'], ['姓名', '提交时间'], ['张三', '2026-03-01 07:30'], ['李四', '2026-03-01 07:31']],
        },
      ]);
      const r = await ingest([d], { today: '2026-05-31' });
      expect(kinds(r)).toMatchObject({ Sheet1: 'participation' });
      expect(problems(r)).toEqual([{ severity: 'warning', file, sheet: 'Sheet1', cell: 'A1', code: 'signin_export_no_activity' }]);
      const message = r.issues.find((i) => i.code === 'signin_export_no_activity')!.message;
      expect(message).toContain('工作表名“Sheet1”、文件名“迎春长跑”、标题“2026年迎春长跑活动”');
      expect(participationRows(r.records.participation).map((p) => [p.activityKey, p.name])).toEqual([
        [null, '张三'],
        [null, '李四'],
      ]);
      expect(account(r, 'Sheet1')).toEqual([4, 2, 2, 0]);
    } finally {
      await rm(d, { recursive: true, force: true });
    }
  });

  it('a repeated activity with no submission day to tell them apart is a warning too', async () => {
    const d = await tempDir();
    try {
      await writeWorkbook(d, LEDGERS, [ROSTER, ACTIVITIES]);
      const file = '读书会签到.xlsx';
      // submitted on 3.13, a week from either 读书会
      await writeWorkbook(d, file, [{ name: 'Sheet1', rows: [['姓名', '提交时间'], ['张三', '2026/3/13 12:00']] }]);
      const r = await ingest([d], { today: '2026-05-31' });
      expect(problems(r)).toEqual([{ severity: 'warning', file, sheet: 'Sheet1', cell: null, code: 'signin_export_ambiguous' }]);
      expect(r.issues.find((i) => i.code === 'signin_export_ambiguous')!.message).toContain('2026-03-06、2026-03-20');
      expect(participationRows(r.records.participation).map((p) => p.activityKey)).toEqual([null]);
    } finally {
      await rm(d, { recursive: true, force: true });
    }
  });
});

describe('a 问卷星 survey export with a name question', () => {
  it('stays a survey: its questions hold scale answers', async () => {
    const d = await tempDir();
    try {
      await writeWorkbook(d, LEDGERS, [ROSTER, ACTIVITIES]);
      await writeWorkbook(d, '工会工作满意度调查.xlsx', [
        {
          name: 'Sheet1',
          rows: [
            ['序号', '提交答卷时间', '所用时间', '来源', '来源详情', '来自IP', '1、您的姓名：', '2、您对工会活动组织是否满意？', '3、您对职工之家建设是否满意？'],
            [1, '2026/6/20 10:11:12', '80秒', '手机提交', '微信', '221.2.3.1(山东-淄博)', '张三', '非常满意', '满意'],
            [2, '2026/6/20 10:15:40', '95秒', '手机提交', '微信', '221.2.3.2(山东-淄博)', '李四', '满意', '一般'],
          ],
        },
      ]);
      const r = await ingest([d], { today: '2026-06-30' });
      expect(kinds(r)).toMatchObject({ Sheet1: 'survey' });
      expect(participationRows(r.records.participation)).toEqual([]);
      expect(r.records.survey.map((s) => s.answers.map((a) => a.score))).toEqual([
        [5, 4],
        [4, 3],
      ]);
    } finally {
      await rm(d, { recursive: true, force: true });
    }
  });
});

describe('a 问卷星 export saved as .csv in GB18030', () => {
  it('reads as the .xlsx does: the file (and so the sheet) names the activity', async () => {
    const d = await tempDir();
    try {
      await writeWorkbook(d, LEDGERS, [ROSTER, ACTIVITIES]);
      const rows = WJX_ROWS.filter((_, i) => i !== 4).map((row) => row.map((c) => (c === null || c === undefined ? '' : String(c))));
      await writeCsv(d, '三八健步走签到.csv', rows, { encoding: 'gbk' });
      const r = await ingest([d], { today: '2026-05-31' });
      expect(r.sheets.find((s) => s.file === '三八健步走签到.csv')).toMatchObject({ sheet: '三八健步走签到', kind: 'participation', rows_read: 5, rows_used: 4, rows_skipped: 1, rows_rejected: 0 });
      expect(participationRows(r.records.participation).map((p) => [participationRef(p).cell, p.activityKey, p.name, p.mark])).toEqual([
        ['G2', '三八健步走|2026-03-08', '李四', 'present'],
        ['G3', '三八健步走|2026-03-08', '王芳', 'present'],
        ['G4', '三八健步走|2026-03-08', '李四', 'present'],
        ['G5', '三八健步走|2026-03-08', '郑雨桐', 'present'],
      ]);
      expect(problems(r)).toEqual([{ severity: 'warning', file: '三八健步走签到.csv', sheet: '三八健步走签到', cell: 'G5', code: 'unknown_name' }]);
    } finally {
      await rm(d, { recursive: true, force: true });
    }
  });
});
