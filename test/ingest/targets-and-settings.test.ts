/** Settings (项目 | 值) and targets (指标 | 目标值): ledgers.md §4 percentages, §6 settings. */
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

const FILE = '基本信息.xlsx';

describe('settings', () => {
  it('key/value rows under a 项目 | 值 header; 学期 sets the term', async () => {
    const path = await writeWorkbook(dir, FILE, [
      {
        name: '设置',
        rows: [
          ['项目', '值'],
          ['学校名称', '张店五中'],
          ['学期：', '2025-2026学年第二学期'],
          ['学期开始', date('2026-02-16')],
          ['文明办公室达标分', 88],
          ['青年教师年龄', '35'],
        ],
      },
    ]);
    const res = await ingest([path], { today: '2024-01-01' });
    expect(res.term).toEqual({ firstYear: 2025, half: 2 });
    expect(res.records.settings.map((s) => [s.key, s.value, s.ref.cell])).toEqual([
      ['学校名称', '张店五中', 'B2'],
      ['学期', '2025-2026学年第二学期', 'B3'],
      ['学期开始', '2026-02-16', 'B4'],
      ['文明办公室达标分', '88', 'B5'],
      ['青年教师年龄', '35', 'B6'],
    ]);
    expect(res.records.settings[2]!.raw).toEqual({ kind: 'date', date: '2026-02-16' });
    expect(problems(res)).toEqual([]);
  });

  it('a 基本信息 sheet of key/value rows without a header row', async () => {
    const path = await writeWorkbook(dir, FILE, [
      {
        name: '基本信息',
        rows: [
          ['学校名称', '张店五中'],
          ['学期', '2025-2026-1'],
          [],
          ['满意度口径', '满意及以上'],
        ],
      },
    ]);
    const res = await ingest([path], { today: '2024-01-01' });
    expect(res.term).toEqual({ firstYear: 2025, half: 1 });
    expect(res.records.settings.map((s) => [s.key, s.value])).toEqual([
      ['学校名称', '张店五中'],
      ['学期', '2025-2026-1'],
      ['满意度口径', '满意及以上'],
    ]);
    expect(account(res, '基本信息')).toEqual([4, 3, 1, 0]);
  });
});

describe('targets', () => {
  it('reads percentages as fractions with their comparison; a bare number above 1 is a percent', async () => {
    const path = await writeWorkbook(dir, FILE, [
      {
        name: '目标',
        rows: [
          ['指标', '目标值'],
          ['文体活动参与率', '≥80%'],
          ['满意度', '85 %'],
          ['青年教师结对率', 0.9],
          ['提案办复率', '100%'],
          ['经费执行率', 95],
          ['归档完整率', '不低于百分之八十五'],
          ['工作完成率', '很高'],
        ],
      },
    ]);
    const res = await ingest([path], { today: '2026-06-30' });
    expect(res.records.targets.map((t) => [t.target, t.value, t.op])).toEqual([
      ['文体活动参与率', 0.8, '>='],
      ['满意度', 0.85, null],
      ['青年教师结对率', 0.9, null],
      ['提案办复率', 1, null],
      ['经费执行率', 0.95, null],
      ['归档完整率', 0.85, '>='],
    ]);
    expect(problems(res)).toEqual([{ severity: 'error', file: FILE, sheet: '目标', cell: 'B8', code: 'bad_percent' }]);
    expect(account(res, '目标')).toEqual([8, 6, 1, 1]);
  });
});
