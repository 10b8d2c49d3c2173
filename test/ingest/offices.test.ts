/** Office scores: ledgers.md §4 months and §5 总分 against sub-scores. */
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

const FILE = '文明办公室评比.xlsx';

describe('office scores', () => {
  it('reads months as written, keeps 总分 as official and warns where the sub-scores disagree', async () => {
    const path = await writeWorkbook(dir, FILE, [
      {
        name: '文明办公室考评',
        rows: [
          ['办公室', '月份', '卫生', '纪律', '节能', '氛围', '总分'],
          ['语文组办公室', '2026-03', 24, 23, 22, 23, 92],
          ['数学组办公室', '2026年3月', 22, 22, 21, 23, 88],
          ['英语组办公室', '3月', 25, 25, 20, 20, 90],
          ['理化生办公室', '三月', 23, 23, 23, 23, 92],
          ['体艺组办公室', 2026.4, 20, 20, 20, 20, 80],
          ['行政办公室', date('2026-04-01'), 24, 24, 24, 24, 95],
          ['后勤办公室', '十三月', 24, 24, 24, 24, 96],
          ['历史组办公室', '4月', '24分', 23, 22, '优', 92],
          ['地理组办公室', '2026年5月', '２４', 23, 22, 23, null],
        ],
      },
    ]);
    const res = await ingest([path], { today: '2026-06-30' });
    expect(res.records.offices.map((o) => [o.office, o.month, o.total])).toEqual([
      ['语文组办公室', '2026-03', 92],
      ['数学组办公室', '2026-03', 88],
      ['英语组办公室', '2026-03', 90],
      ['理化生办公室', '2026-03', 92],
      ['体艺组办公室', '2026-04', 80],
      ['行政办公室', '2026-04', 95],
      ['地理组办公室', '2026-05', 92],
    ]);
    expect(res.records.offices[0]!.subScores).toEqual({ 卫生: 24, 纪律: 23, 节能: 22, 氛围: 23 });
    expect(problems(res)).toEqual([
      { severity: 'warning', file: FILE, sheet: '文明办公室考评', cell: 'G7', code: 'office_total_mismatch' },
      { severity: 'error', file: FILE, sheet: '文明办公室考评', cell: 'B8', code: 'bad_month' },
      { severity: 'error', file: FILE, sheet: '文明办公室考评', cell: 'F9', code: 'bad_number' },
    ]);
    expect(res.issues.find((i) => i.code === 'office_total_mismatch')!.message).toContain('96');
    expect(res.issues.find((i) => i.code === 'bad_number')!.message).toBe('氛围“优”不是有效数字（该行未计入）');
    expect(account(res, '文明办公室考评')).toEqual([10, 7, 1, 2]);
  });

  it('with no 总分 column the total is the sum of the sub-scores', async () => {
    const path = await writeWorkbook(dir, FILE, [
      {
        name: '办公室评比',
        rows: [
          ['办公室名称', '考评月份', '卫生', '纪律', '节能'],
          ['语文组办公室', '4月', 30, 31, 29.5],
          ['数学组办公室', '4月', 28, 30, 30],
        ],
      },
    ]);
    const res = await ingest([path], { today: '2026-06-30' });
    expect(res.records.offices.map((o) => [o.office, o.month, o.total, o.ref.cell])).toEqual([
      ['语文组办公室', '2026-04', 90.5, 'A2'],
      ['数学组办公室', '2026-04', 88, 'A3'],
    ]);
    expect(problems(res)).toEqual([]);
  });

  it('a year-less month outside the term is an error', async () => {
    const path = await writeWorkbook(dir, FILE, [
      {
        name: '办公室考评',
        rows: [
          ['办公室', '月份', '总分'],
          ['语文组办公室', '9月', 92],
          ['数学组办公室', '6月', 91],
        ],
      },
    ]);
    const res = await ingest([path], { today: '2026-06-30' });
    expect(problems(res)).toEqual([{ severity: 'error', file: FILE, sheet: '办公室考评', cell: 'B2', code: 'date_outside_term' }]);
    expect(res.records.offices.map((o) => o.month)).toEqual(['2026-06']);
  });
});
