/** ledgers.md §1: each sheet is one ledger kind, by sheet name, file name and header fingerprint together. */
import { rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingest, type LedgerKind } from '../../src/ingest/index.ts';
import { kindLabels } from '../../src/messages/kinds.ts';
import { date, tempDir, writeWorkbook, type CellSpec } from '../helpers/workbook.ts';
import { account, issuesCoded, kinds, problems } from '../helpers/ingest-result.ts';

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const OPTIONS = { today: '2026-06-30' };

/** A minimal table of each kind whose header alone tells the kind. */
const BY_HEADER: Record<string, { kind: LedgerKind; rows: CellSpec[][] }> = {
  roster: { kind: 'roster', rows: [['姓名', '部门', '性别'], ['张三', '语文组', '男'], ['李四', '数学组', '女']] },
  activities: {
    kind: 'activities',
    rows: [['活动名称', '日期', '类别'], ['三八健步走', date('2026-03-08'), '文体活动'], ['师德报告会', '2026-03-12', '师德建设']],
  },
  'participation (long)': {
    kind: 'participation',
    rows: [['活动名称', '姓名', '签到'], ['三八健步走', '张三', '√'], ['师德报告会', '李四', '×']],
  },
  'participation (wide, marks only)': {
    kind: 'participation',
    rows: [['姓名', '健步走', '报告会'], ['张三', '√', '×'], ['李四', '请假', '√']],
  },
  offices: { kind: 'offices', rows: [['办公室', '月份', '总分'], ['语文组办公室', '3月', 92], ['数学组办公室', '3月', 88]] },
  'offices (sub-scores only)': {
    kind: 'offices',
    rows: [['办公室', '月份', '卫生', '纪律'], ['语文组办公室', '3月', 46, 45], ['数学组办公室', '3月', 44, 47]],
  },
  funds: { kind: 'funds', rows: [['日期', '摘要', '支出'], ['2026-03-08', '购买奖品', 300], ['2026-03-09', '场地费', 200]] },
  budget: { kind: 'budget', rows: [['科目', '预算金额'], ['文体活动支出', 5000], ['慰问支出', 3000]] },
  survey: { kind: 'survey', rows: [['部门', '活动组织', '困难帮扶'], ['语文组', '满意', '非常满意'], ['数学组', '一般', '满意']] },
  proposals: { kind: 'proposals', rows: [['提案号', '案由', '提案人'], ['1', '改善食堂', '张三'], ['2', '增加体育设施', '李四']] },
  archive: {
    kind: 'archive',
    rows: [['活动名称', '方案', '照片', '总结'], ['三八健步走', '√', '√', '缺'], ['师德报告会', '√', '不适用', '√']],
  },
  tasks: { kind: 'tasks', rows: [['工作事项', '负责人', '截止日期'], ['制定计划', '张三', '2026-03-01'], ['会员录入', '李四', '2026-04-01']] },
  mentoring: { kind: 'mentoring', rows: [['青年教师', '指导教师'], ['张三', '李四'], ['王五', '赵六']] },
  decisions: { kind: 'decisions', rows: [['事项', '责任人', '期限'], ['场地协调', '张三', '2026-03-01'], ['体检安排', '李四', '2026-04-01']] },
  rubric: { kind: 'rubric', rows: [['考核内容', '分值', '计分方式'], ['台帐资料齐全', 5, '资料归档清单'], ['教职工满意度', 4, '≥90:4;70-89:2;<70:0']] },
  targets: { kind: 'targets', rows: [['指标', '目标值'], ['文体活动参与率', '80%'], ['满意度', '90%']] },
  settings: { kind: 'settings', rows: [['项目', '值'], ['学校名称', '青禾三中'], ['文明办公室达标分', 88]] },
};

describe('by header fingerprint alone (sheet and file named neutrally)', () => {
  for (const [label, { kind, rows }] of Object.entries(BY_HEADER)) {
    it(`${label} → ${kind}`, async () => {
      const path = await writeWorkbook(dir, 'Book1.xlsx', [{ name: 'Sheet1', rows }]);
      const res = await ingest([path], OPTIONS);
      expect(res.sheets).toMatchObject([{ sheet: 'Sheet1', kind, header_row: 1 }]);
      expect(account(res, 'Sheet1')).toEqual([3, 2, 1, 0]);
    });
  }
});

/** The name keywords of ledgers.md §1's table. */
const KEYWORDS: [LedgerKind, string[]][] = [
  ['roster', ['名册', '花名册', '教职工名单', '会员']],
  ['activities', ['活动台账', '活动安排', '活动登记', '活动计划']],
  ['participation', ['签到', '参与', '考勤']],
  ['offices', ['文明办公室', '办公室评比', '办公室考评']],
  ['funds', ['经费', '收支', '明细账', '台账']],
  ['budget', ['预算']],
  ['survey', ['满意度', '问卷', '测评']],
  ['proposals', ['提案']],
  ['archive', ['归档', '档案', '资料']],
  ['tasks', ['工作台账', '任务', '工作清单', '工作计划']],
  ['mentoring', ['结对', '青蓝', '师徒']],
  ['decisions', ['督办', '销号', '交办事项']],
  ['rubric', ['考核细则', '考评细则', '评分细则', '考核评分']],
  ['targets', ['目标', '指标']],
  ['settings', ['设置', '参数', '基本信息']],
];

describe('by sheet name', () => {
  for (const [kind, words] of KEYWORDS) {
    it(`a sheet named ${words.join('/')} is a ${kind} ledger, refused whole when its header cannot be found`, async () => {
      const sheets = words.map((w) => ({ name: `2026${w}`, rows: [['张店五中工会'], ['本表待填写'], ['（空）']] }));
      const path = await writeWorkbook(dir, 'Book1.xlsx', sheets);
      const res = await ingest([path], OPTIONS);
      for (const w of words) {
        expect(issuesCoded(res, 'header_not_found').filter((i) => i.sheet === `2026${w}`), w).toEqual([
          { severity: 'error', file: 'Book1.xlsx', sheet: `2026${w}`, cell: null, code: 'header_not_found' },
        ]);
        expect(account(res, `2026${w}`)).toEqual([3, 0, 0, 3]);
      }
      const message = res.issues.find((i) => i.code === 'header_not_found')!.message;
      expect(message).toContain(kindLabels[kind]);
      expect(message).toContain('前 15 行');
    });
  }

  /** A header that fits a work ledger and mentoring pairs equally well. */
  const TWO_WAY: CellSpec[][] = [['工作事项', '截止日期', '青年教师', '指导教师'], ['结对', '2026-03-01', '张三', '李四']];

  it('settles a header that fits two kinds', async () => {
    const path = await writeWorkbook(dir, 'Book1.xlsx', [
      { name: '青蓝结对', rows: TWO_WAY },
      { name: '工作清单', rows: TWO_WAY },
    ]);
    const res = await ingest([path], OPTIONS);
    expect(kinds(res)).toEqual({ 青蓝结对: 'mentoring', 工作清单: 'tasks' });
    expect(problems(res)).toEqual([]);
  });

  it('beats the file name', async () => {
    const path = await writeWorkbook(dir, '青蓝工程结对.xlsx', [{ name: '工作清单', rows: TWO_WAY }]);
    const res = await ingest([path], OPTIONS);
    expect(kinds(res)).toEqual({ 工作清单: 'tasks' });
  });
});

describe('by file name', () => {
  it('settles a header that fits two kinds when the sheet name says nothing', async () => {
    const TWO_WAY: CellSpec[][] = [['工作事项', '截止日期', '青年教师', '指导教师'], ['结对', '2026-03-01', '张三', '李四']];
    await writeWorkbook(dir, '青蓝工程结对名单.xlsx', [{ name: 'Sheet1', rows: TWO_WAY }]);
    await writeWorkbook(dir, '2026年工作计划.xlsx', [{ name: 'Sheet1', rows: TWO_WAY }]);
    const res = await ingest([dir], OPTIONS);
    expect(res.sheets.map((s) => [s.file, s.kind])).toEqual([
      ['2026年工作计划.xlsx', 'tasks'],
      ['青蓝工程结对名单.xlsx', 'mentoring'],
    ]);
  });

  it('a fund ledger file whose sheet is just "Sheet1"', async () => {
    const path = await writeWorkbook(dir, '2026年工会经费收支明细账.xlsx', [
      { name: 'Sheet1', rows: [['日期', '摘要', '金额'], ['2026-03-08', '购买奖品', 300]] },
    ]);
    const res = await ingest([path], OPTIONS);
    expect(kinds(res)).toEqual({ Sheet1: 'funds' });
    expect(res.records.funds).toMatchObject([{ date: '2026-03-08', expense: 300, income: 0 }]);
  });
});

describe('sheets that match nothing, or two kinds', () => {
  it('an unrecognised sheet is reported once, as a note, and ignored', async () => {
    const path = await writeWorkbook(dir, '台账汇总.xlsx', [
      { name: '活动台账', rows: BY_HEADER.activities!.rows },
      { name: '封面', rows: [['张店五中工会'], ['2025-2026学年第二学期'], [], ['工会办公室 编']] },
    ]);
    const res = await ingest([path], OPTIONS);
    expect(issuesCoded(res, 'sheet_unrecognised')).toEqual([
      { severity: 'info', file: '台账汇总.xlsx', sheet: '封面', cell: null, code: 'sheet_unrecognised' },
    ]);
    expect(res.sheets.find((s) => s.sheet === '封面')).toMatchObject({ kind: null, header_row: null });
    expect(account(res, '封面')).toEqual([4, 0, 4, 0]);
  });

  it('a sheet that matches two kinds equally is an error naming both and the override file', async () => {
    const path = await writeWorkbook(dir, 'Book1.xlsx', [
      { name: '预算目标', rows: [['科目', '预算金额', '指标', '目标值'], ['文体活动支出', 5000, '满意度', '90%']] },
    ]);
    const res = await ingest([path], OPTIONS);
    expect(issuesCoded(res, 'sheet_ambiguous')).toEqual([
      { severity: 'error', file: 'Book1.xlsx', sheet: '预算目标', cell: null, code: 'sheet_ambiguous' },
    ]);
    const message = res.issues.find((i) => i.code === 'sheet_ambiguous')!.message;
    expect(message).toContain(kindLabels.budget);
    expect(message).toContain(kindLabels.targets);
    expect(message).toContain('union-dash.config.json');
    expect(res.records.budget).toEqual([]);
    expect(res.records.targets).toEqual([]);
    expect(account(res, '预算目标')).toEqual([2, 0, 0, 2]);
  });
});
