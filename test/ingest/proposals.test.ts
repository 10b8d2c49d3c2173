/** Proposals: ledgers.md §4 feedback, reply dates, terms. */
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

const FILE = '教代会提案.xlsx';

describe('proposals', () => {
  it('feedback is 满意, 基本满意 or 不满意, blank = none yet; anything else rejects the row', async () => {
    const path = await writeWorkbook(dir, FILE, [
      {
        name: '提案办理',
        rows: [
          ['张店五中第八届教代会提案办理情况'],
          ['提案号', '案由', '提案人', '承办部门', '办理状态', '答复日期', '反馈意见'],
          ['2026-01', '关于改善教师食堂的建议', '张三', '总务处', '已办结', date('2026-04-20'), '满意'],
          ['2026-02', '关于增加体育设施的建议', '李四', '体艺组', '已办结', '4月25日', '基本满意'],
          ['2026-03', '关于调整作息时间的建议', '王五', '教务处', '已答复', '2026/5/6', '不满意。'],
          ['2026-04', '关于青年教师培训的建议', '赵六', '教科室', '办理中', null, null],
          ['2026-05', '关于教工之家开放时间的建议', '钱七', '工会', '已办结', '2026-05-10', '还可以'],
        ],
        merges: ['A1:G1'],
      },
    ]);
    const res = await ingest([path], { today: '2026-06-30' });
    expect(res.records.proposals.map((p) => [p.id, p.proposer, p.unit, p.state, p.replyDate, p.feedback])).toEqual([
      ['2026-01', '张三', '总务处', '已办结', '2026-04-20', '满意'],
      ['2026-02', '李四', '体艺组', '已办结', '2026-04-25', '基本满意'],
      ['2026-03', '王五', '教务处', '已答复', '2026-05-06', '不满意'],
      ['2026-04', '赵六', '教科室', '办理中', null, null],
    ]);
    expect(problems(res)).toEqual([
      // nothing names the term: no 学期 column, no dates on row 7, no 设置 sheet
      { severity: 'warning', file: FILE, sheet: '提案办理', cell: null, code: 'proposal_no_term' },
      { severity: 'error', file: FILE, sheet: '提案办理', cell: 'G7', code: 'bad_feedback' },
    ]);
    expect(account(res, '提案办理')).toEqual([7, 4, 2, 1]);
  });

  it('a sheet with only 案由 and no 提案 in its name is still proposals when its header says 案由', async () => {
    const path = await writeWorkbook(dir, 'Book1.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['序号', '案由', '第一提案人', '承办单位', '办理情况'],
          [1, '关于改善教师食堂的建议', '张三', '总务处', '已办结'],
        ],
      },
    ]);
    const res = await ingest([path], { today: '2026-06-30' });
    expect(res.sheets).toMatchObject([{ kind: 'proposals' }]);
    expect(res.records.proposals).toMatchObject([{ title: '关于改善教师食堂的建议', proposer: '张三', unit: '总务处', state: '已办结' }]);
  });
});
