/** The archive checklist: ledgers.md §4 archive marks, material columns, the activity each row is about. */
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

describe('the archive checklist', () => {
  it('reads present, missing and not-required marks per material, matched to the activity', async () => {
    const path = await writeWorkbook(dir, FILE, [
      {
        name: '活动台账',
        rows: [
          ['活动名称', '日期', '类别'],
          ['三八健步走', date('2026-03-08'), '文体活动'],
          ['读书分享会', date('2026-04-23'), '理论学习'],
          ['师德报告会', date('2026-05-12'), '师德建设'],
        ],
      },
      {
        name: '资料归档',
        rows: [
          ['序号', '活动名称', '方案', '签到表', '照片', '新闻稿', '总结', '备注'],
          [1, '三八健步走', '√', '✓', '有', '已归档', '是', null],
          [2, '读书分享会', 1, '√', '√', null, '缺', '新闻稿待补'],
          [3, '师德报告会', '不适用', '无需', '/', '—', '-', null],
          [4, '八段锦晨练', '√', '无', '否', '×', '缺', null],
          [5, '教代会', '√', '√', '待定', '√', '√', null],
        ],
      },
    ]);
    const res = await ingest([path], { today: '2026-06-30' });
    const states = res.records.archive.map((a) => [a.activityName, a.activityKey, ...a.materials.map((m) => m.state)]);
    expect(res.records.archive[0]!.materials.map((m) => [m.material, m.cell])).toEqual([
      ['方案', 'C2'],
      ['签到表', 'D2'],
      ['照片', 'E2'],
      ['新闻稿', 'F2'],
      ['总结', 'G2'],
    ]);
    expect(states).toEqual([
      ['三八健步走', '三八健步走|2026-03-08', 'present', 'present', 'present', 'present', 'present'],
      ['读书分享会', '读书分享会|2026-04-23', 'present', 'present', 'present', 'missing', 'missing'],
      ['师德报告会', '师德报告会|2026-05-12', 'not_required', 'not_required', 'not_required', 'not_required', 'not_required'],
      ['八段锦晨练', null, 'present', 'missing', 'missing', 'missing', 'missing'],
    ]);
    expect(problems(res).filter((p) => p.sheet === '资料归档')).toEqual([
      { severity: 'error', file: FILE, sheet: '资料归档', cell: 'E6', code: 'bad_archive_mark' },
    ]);
    expect(account(res, '资料归档')).toEqual([6, 4, 1, 1]);
  });
});
