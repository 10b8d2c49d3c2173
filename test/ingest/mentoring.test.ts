/** Mentoring pairs (青蓝结对). */
import { rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import { tempDir, writeWorkbook } from '../helpers/workbook.ts';
import { account, problems } from '../helpers/ingest-result.ts';

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('mentoring pairs', () => {
  it('reads each young teacher with a mentor, or none yet; names compared without spaces', async () => {
    const path = await writeWorkbook(dir, '青蓝结对.xlsx', [
      {
        name: '青蓝工程',
        rows: [
          ['2025-2026学年青蓝工程结对名单'],
          ['序号', '徒弟', '师傅', '学期'],
          [1, '林 晓', '王芳', '2025-2026学年第二学期'],
          [2, '周凯', '张　三', null],
          [3, '孙浩然', null, '2025-2026-2'],
          [4, null, '李四', null],
        ],
        merges: ['A1:D1'],
      },
    ]);
    const res = await ingest([path], { today: '2026-06-30' });
    expect(res.records.mentoring.map((m) => [m.young, m.youngDisplay, m.mentor, m.term])).toEqual([
      ['林晓', '林 晓', '王芳', '2025-2026-2'],
      ['周凯', '周凯', '张三', null],
      ['孙浩然', '孙浩然', null, '2025-2026-2'],
    ]);
    expect(problems(res)).toEqual([{ severity: 'error', file: '青蓝结对.xlsx', sheet: '青蓝工程', cell: 'B6', code: 'missing_value' }]);
    expect(account(res, '青蓝工程')).toEqual([6, 3, 2, 1]);
  });
});
