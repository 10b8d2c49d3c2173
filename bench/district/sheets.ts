/** The layout of each sheet of the district workbook, as `writeTable` specs. */
import type { Activity } from './activities.ts';
import { chineseDate, excelDate } from './calendar.ts';
import type { BudgetRow, FundRow } from './funds.ts';
import type { MarkDrawer } from './marks.ts';
import { createRng } from './prng.ts';
import type { DistrictCounts } from './scale.ts';
import type { Staff } from './staff.ts';
import { surveyRows } from './survey.ts';
import type { TableSpec, Value } from './table.ts';
import { FILL_DATE, TERM } from './term.ts';
import { SURVEY_ITEMS } from './vocab.ts';

const DISTRICT = '城南区教育工会';
const SUBTITLE = `填表日期：${chineseDate(FILL_DATE)}`;
const DATE = 'yyyy-mm-dd';
const CHINESE_DATE = 'yyyy"年"m"月"d"日"';
const MONEY = '#,##0.00';

export function rosterTable(staff: readonly Staff[]): TableSpec {
  return {
    name: '花名册',
    title: `${DISTRICT}${TERM.label}教职工花名册`,
    subtitle: SUBTITLE,
    columns: [
      { header: '工号', width: 10 },
      { header: '姓名', width: 10 },
      { header: '性别', width: 6 },
      { header: '出生日期', width: 12, numFmt: DATE },
      { header: '部门', width: 18 },
      { header: '状态', width: 8 },
    ],
    rows: staff.map((s) => [s.id, s.rosterName, s.gender, excelDate(s.birth), s.department, s.status]),
  };
}

export function activitiesTable(activities: readonly Activity[]): TableSpec {
  return {
    name: '活动台账',
    title: `${DISTRICT}${TERM.label}活动台账`,
    columns: [
      { header: '活动名称', width: 28 },
      { header: '日期', width: 16, numFmt: CHINESE_DATE },
      { header: '类别', width: 10 },
      { header: '参加范围', width: 14 },
    ],
    rows: activities.map((a) => [a.name, excelDate(a.date), a.category, a.range]),
  };
}

/** The wide sign-in table, split by school over `counts.signInSheets` sheets. */
export function signInTables(
  staff: readonly Staff[],
  activities: readonly Activity[],
  counts: DistrictCounts,
  marks: MarkDrawer,
  seed: number,
): TableSpec[] {
  return Array.from({ length: counts.signInSheets }, (_, k) => {
    const from = Math.floor((k * counts.schools) / counts.signInSheets) + 1;
    const to = Math.floor(((k + 1) * counts.schools) / counts.signInSheets);
    const members = staff.filter((s) => s.school >= from && s.school <= to);
    const rng = createRng(seed, `signin-${k}`);
    const schools = from === to ? `第${from}校` : `第${from}-${to}校`;
    return {
      name: `签到汇总（${schools}）`,
      title: `${DISTRICT}${TERM.label}教职工活动签到汇总表（${schools}）`,
      subtitle: SUBTITLE,
      columns: [
        { header: '姓名', width: 10 },
        { header: '工号', width: 10 },
        { header: '部门', width: 18 },
        ...activities.map((a) => ({ header: a.name, width: 8 })),
      ],
      rows: (function* (): Generator<Value[]> {
        for (const s of members) yield [s.name, s.id, s.department, ...marks.row(rng, s)];
      })(),
    };
  });
}

export function fundsTable(funds: readonly FundRow[]): TableSpec {
  const income = funds.reduce((t, f) => t + f.income, 0);
  const expense = funds.reduce((t, f) => t + f.expense, 0);
  const yuan = (cents: number): number | undefined => (cents === 0 ? undefined : cents / 100);
  return {
    name: '收支明细',
    title: `${DISTRICT}${TERM.label}工会经费收支明细账`,
    subtitle: SUBTITLE,
    columns: [
      { header: '日期', width: 12, numFmt: DATE },
      { header: '凭证号', width: 12 },
      { header: '摘要', width: 32 },
      { header: '科目', width: 14 },
      { header: '收入（元）', width: 12, numFmt: MONEY },
      { header: '支出（元）', width: 12, numFmt: MONEY },
    ],
    rows: funds.map((f) => [excelDate(f.date), f.voucher, f.summary, f.category, yuan(f.income), yuan(f.expense)]),
    footer: [
      ['合计', undefined, undefined, undefined, income / 100, expense / 100],
      ['制表人：赵敏　　审核人：钱国华'],
    ],
  };
}

export function budgetTable(budget: readonly BudgetRow[]): TableSpec {
  return {
    name: '预算',
    title: `${DISTRICT}${TERM.label}工会经费预算表`,
    columns: [
      { header: '科目', width: 16 },
      { header: '预算金额（元）', width: 16, numFmt: MONEY },
    ],
    rows: budget.map((b) => [b.category, b.amount / 100]),
  };
}

export function surveyTable(counts: DistrictCounts, staff: readonly Staff[], seed: number): TableSpec {
  return {
    name: '满意度',
    title: `${DISTRICT}教职工对工会工作满意度测评汇总`,
    columns: [
      { header: '学期', width: 24 },
      { header: '部门', width: 18 },
      ...SURVEY_ITEMS.map((item) => ({ header: item, width: 14 })),
    ],
    rows: (function* (): Generator<Value[]> {
      for (const r of surveyRows(counts, staff, seed)) yield [r.term, r.department, ...r.answers];
    })(),
  };
}
