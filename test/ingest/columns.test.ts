/** ledgers.md §3: every known column name of every field, each in a real sheet. */
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest, type IngestResult } from '../../src/ingest/index.ts';
import { tempDir, writeWorkbook, type CellSpec, type SheetSpec } from '../helpers/workbook.ts';
import { problems } from '../helpers/ingest-result.ts';
import { fieldOfHeader } from '../../src/ingest/table/header-match.ts';
import type { Field } from '../../src/ingest/columns.ts';
import { participationRows } from '../../src/ingest/participation-table.ts';

/** One column: its names (ledgers.md §3) and the value written under it (in sheet i). */
type Column = readonly [names: readonly string[], value: CellSpec | ((i: number) => CellSpec)];
const valueIn = (v: Column[1], i: number): CellSpec => (typeof v === 'function' ? v(i) : v);

/**
 * As many sheets as the longest list of names: sheet i names each column by its i-th
 * name (cycling), so every name is used at least once.
 */
function variants(prefix: string, columns: readonly Column[], extraRows: CellSpec[][] = []): SheetSpec[] {
  const n = Math.max(...columns.map(([names]) => names.length));
  return Array.from({ length: n }, (_, i) => ({
    name: `${prefix}${i + 1}`,
    rows: [columns.map(([names]) => names[i % names.length]!), columns.map(([, v]) => valueIn(v, i)), ...extraRows],
  }));
}

const count = (columns: readonly Column[]) => Math.max(...columns.map(([names]) => names.length));
const inSheet = <T extends { ref: { sheet: string } }>(records: readonly T[], prefix: string) =>
  records.filter((r) => r.ref.sheet.startsWith(prefix));

const ROSTER: Column[] = [
  [['工号', '编号', '职工号'], 'T007'],
  [['姓名', '教职工姓名', '名字', '教师姓名', '会员姓名'], '张 三'],
  [['部门', '处室', '科室', '教研组', '年级组', '工会小组', '所在部门'], '语文组'],
  [['性别'], '女'],
  [['出生日期', '出生年月'], '1990-05-03'],
  [['状态', '在职状态', '人员状态', '会员状态'], '退休'],
  [['是否青年教师', '青年教师'], '否'],
];
const ACTIVITIES: Column[] = [
  [['活动名称', '活动', '活动项目', '项目名称'], (i) => `三八健步走第${i + 1}场`],
  [['日期', '活动日期', '时间', '活动时间', '发生日期'], '2026-03-08'],
  [['类别', '类型', '活动类别', '活动类型'], '文体活动'],
  [['参加范围', '参加对象', '对象', '范围'], '女教职工'],
];
const SIGNIN: Column[] = [
  [['活动名称', '活动', '活动项目', '项目名称'], (i) => `三八健步走第${i + 1}场`],
  [['姓名', '教职工姓名', '名字', '教师姓名', '会员姓名'], '张三'],
  [['签到', '出勤', '参加情况', '是否参加'], '请假'],
];
const OFFICES: Column[] = [
  [['办公室', '办公室名称', '科室', '处室'], '语文组办公室'],
  [['月份', '月度', '考评月份'], '3月'],
  [['总分', '合计得分', '得分', '合计'], 92.5],
];
const FUNDS: Column[] = [
  [['日期', '活动日期', '时间', '活动时间', '发生日期'], '2026-03-08'],
  [['凭证号', '凭证编号', '单据号'], '记003'],
  [['摘要', '事由', '用途说明', '内容', '项目'], '三八节奖品'],
  [['科目', '支出科目', '类别', '用途', '支出类别'], '文体活动支出'],
  [['收入', '收入金额', '借方'], null],
  [['支出', '支出金额', '金额', '贷方'], 1200],
];
const BUDGET: Column[] = [
  [['科目', '支出科目', '类别', '用途', '支出类别'], '文体活动支出'],
  [['预算', '预算金额', '预算数'], 5000],
];
const PROPOSALS: Column[] = [
  [['提案号', '提案编号', '编号'], 'T2026-01'],
  [['案由', '提案名称', '标题'], '关于改善教师食堂的建议'],
  [['提案人', '第一提案人'], '张三'],
  [['承办部门', '承办单位', '责任部门'], '总务处'],
  [['办理状态', '办理情况', '状态'], '已办结'],
  [['答复日期', '答复时间'], '2026-04-20'],
  [['反馈意见', '满意度', '提案人意见', '反馈'], '基本满意'],
  [['学期'], '2025-2026学年第二学期'],
];
const TASKS: Column[] = [
  [['工作事项', '任务', '工作内容', '事项'], '制定学期工作计划'],
  [['负责人', '责任人', '牵头人'], '张三'],
  [['截止日期', '计划完成时间', '完成时限', '时间节点'], '2026-03-01'],
  [['完成情况', '状态', '进度'], '进行中'],
  [['完成日期', '实际完成时间'], '2026-03-05'],
];
const MENTORING: Column[] = [
  [['青年教师', '徒弟', '结对教师'], '张三'],
  [['指导教师', '师傅', '导师'], '李四'],
  [['学期'], '2025-2026学年第二学期'],
];

let dir: string;
let res: IngestResult;
/** The roster variants are read on their own: the same person seven times would make every name ambiguous. */
let rosterRes: IngestResult;

beforeAll(async () => {
  dir = await tempDir();
  rosterRes = await ingest([await writeWorkbook(dir, '名册.xlsx', variants('名册', ROSTER))], { today: '2026-06-30' });
  await rm(`${dir}/名册.xlsx`);
  await writeWorkbook(dir, '活动.xlsx', [...variants('活动台账', ACTIVITIES), ...variants('签到', SIGNIN)]);
  await writeWorkbook(dir, '考评.xlsx', variants('文明办公室', OFFICES));
  await writeWorkbook(dir, '经费.xlsx', [...variants('收支', FUNDS), ...variants('预算', BUDGET)]);
  await writeWorkbook(dir, '提案.xlsx', variants('提案', PROPOSALS));
  await writeWorkbook(dir, '台账.xlsx', [...variants('工作台账', TASKS), ...variants('青蓝结对', MENTORING)]);
  res = await ingest([dir], { today: '2026-06-30' });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('every column name of ledgers.md §3 is read as its field', () => {
  it('reads every sheet, one row each, with no finding', () => {
    const sheets = [...rosterRes.sheets, ...res.sheets];
    expect(sheets).toHaveLength(7 + 5 + 5 + 4 + 5 + 5 + 4 + 4 + 3);
    expect(sheets.filter((s) => s.rows_used !== 1).map((s) => [s.sheet, s.kind, s.rows_used])).toEqual([]);
    expect(problems(res)).toEqual([]);
    expect(problems(rosterRes).filter((p) => p.code !== 'duplicate_staff')).toEqual([]);
  });

  it('roster: 工号, 姓名, 部门, 性别, 出生日期, 状态, 是否青年教师', () => {
    const staff = inSheet(rosterRes.records.staff, '名册');
    expect(staff).toHaveLength(count(ROSTER));
    for (const s of staff) {
      expect(s, s.ref.sheet).toMatchObject({
        staffId: 'T007',
        name: '张三',
        department: '语文组',
        gender: '女',
        birthDate: '1990-05-03',
        status: '退休',
        young: false,
      });
    }
  });

  it('activities: 活动名称, 日期, 类别, 参加范围', () => {
    const activities = inSheet(res.records.activities, '活动台账');
    expect(activities).toHaveLength(count(ACTIVITIES));
    for (const [i, a] of activities.entries()) {
      expect(a, a.ref.sheet).toMatchObject({ name: `三八健步走第${i + 1}场`, date: '2026-03-08', category: '文体活动', range: { kind: 'female' } });
    }
  });

  it('participation: 活动名称, 姓名, 签到', () => {
    const marks = participationRows(res.records.participation).filter((p) => p.sheetRef.sheet.startsWith('签到'));
    expect(marks).toHaveLength(count(SIGNIN));
    for (const [i, p] of marks.entries()) {
      expect(p, p.sheetRef.sheet).toMatchObject({ activityKey: `三八健步走第${i + 1}场|2026-03-08`, name: '张三', mark: 'excused' });
    }
  });

  it('office scores: 办公室, 月份, 总分', () => {
    const offices = inSheet(res.records.offices, '文明办公室');
    expect(offices).toHaveLength(count(OFFICES));
    for (const o of offices) expect(o, o.ref.sheet).toMatchObject({ office: '语文组办公室', month: '2026-03', total: 92.5 });
  });

  it('fund ledger: 日期, 凭证号, 摘要, 科目, 收入, 支出', () => {
    const funds = inSheet(res.records.funds, '收支');
    expect(funds).toHaveLength(count(FUNDS));
    for (const f of funds) {
      expect(f, f.ref.sheet).toMatchObject({
        date: '2026-03-08',
        voucher: '记003',
        description: '三八节奖品',
        category: '文体活动支出',
        income: 0,
        expense: 1200,
      });
    }
  });

  it('budget: 科目, 预算', () => {
    const budget = inSheet(res.records.budget, '预算');
    expect(budget).toHaveLength(count(BUDGET));
    for (const b of budget) expect(b, b.ref.sheet).toMatchObject({ category: '文体活动支出', amount: 5000 });
  });

  it('proposals: 提案号, 案由, 提案人, 承办部门, 办理状态, 答复日期, 反馈意见, 学期', () => {
    const proposals = inSheet(res.records.proposals, '提案');
    expect(proposals).toHaveLength(count(PROPOSALS));
    for (const p of proposals) {
      expect(p, p.ref.sheet).toMatchObject({
        id: 'T2026-01',
        title: '关于改善教师食堂的建议',
        proposer: '张三',
        unit: '总务处',
        state: '已办结',
        replyDate: '2026-04-20',
        feedback: '基本满意',
        term: '2025-2026-2',
      });
    }
  });

  it('work ledger: 工作事项, 负责人, 截止日期, 完成情况, 完成日期', () => {
    const tasks = inSheet(res.records.tasks, '工作台账');
    expect(tasks).toHaveLength(count(TASKS));
    for (const t of tasks) {
      expect(t, t.ref.sheet).toMatchObject({
        task: '制定学期工作计划',
        owner: '张三',
        due: '2026-03-01',
        stateText: '进行中',
        done: true,
        doneDate: '2026-03-05',
      });
    }
  });

  it('mentoring pairs: 青年教师, 指导教师, 学期', () => {
    const pairs = inSheet(res.records.mentoring, '青蓝结对');
    expect(pairs).toHaveLength(count(MENTORING));
    for (const m of pairs) expect(m, m.ref.sheet).toMatchObject({ young: '张三', mentor: '李四', term: '2025-2026-2' });
  });
});

describe('a header written as an online form question names the field it asks for', () => {
  const FIELDS: readonly Field[] = ['name', 'department', 'submittedAt', 'submitter', 'activity'];
  it.each([
    ['1、您的姓名：', 'name'],
    ['1.姓名', 'name'],
    ['Q1.您的姓名?', 'name'],
    ['3、请填写您的姓名', 'name'],
    ['第2题 所在部门', 'department'],
    ['2、所在部门：', 'department'],
    ['提交者', 'submitter'],
    ['签到时间', 'submittedAt'],
    ['开始答题时间', 'submittedAt'],
    ['1、您对工会活动组织是否满意？', null],
    ['3.8', null],
    ['您的建议', null],
  ])('%s → %s', (header, field) => {
    expect(fieldOfHeader(header, FIELDS)).toBe(field);
  });
});
