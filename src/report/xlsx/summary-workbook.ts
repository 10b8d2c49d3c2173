/**
 * The term's summary as a workbook (the figures of the term-end report): targets, the
 * evaluation, funds, participation, what needs doing, and the data issues. Rates and money
 * are numbers with a display format, so the workbook computes on.
 */
import ExcelJS from 'exceljs';
import { targetOf, type MetricsResult, type TargetDetails, type TargetId } from '../../metrics/index.ts';
import { targetText } from '../../messages/targets.ts';
import { dateZh } from '../../messages/format.ts';
import { OP_SYMBOL, STATUS_WORD } from '../status.ts';
import { SEVERITY_WORD } from '../term/quality.ts';
import { termText } from '../../messages/term-report.ts';
import { schoolDateTime } from '../../term/school-clock.ts';
import { addTableSheet, type XlsxValue } from './table-sheet.ts';

export const SHEET_NAMES = {
  targets: '目标汇总',
  evaluation: '期末总评',
  funds: '经费',
  months: '月度收支',
  activities: '活动参与',
  actions: '待办事项',
  issues: '数据问题',
} as const;

export interface SummaryWorkbookInput {
  readonly metrics: MetricsResult;
  readonly generatedAt: Date;
}

/** What someone has to act on, one row each, from the targets' details. */
function actionRows(m: MetricsResult): XlsxValue[][] {
  const out: XlsxValue[][] = [];
  const d = <K extends TargetId>(id: K) => targetOf(m, id).detail as TargetDetails[K];
  for (const t of d('routine_completion').open) out.push(['逾期未完成的工作', t.task, t.owner, t.due, t.state]);
  for (const a of d('archive_completion').missing) out.push(['资料不全的活动', a.name, null, a.date, `缺：${a.materials.join('、')}`]);
  for (const a of d('archive_completion').not_listed) out.push(['未列入归档清单的活动', a.name, null, a.date, null]);
  for (const s of d('mentoring_coverage').unpaired_staff) out.push(['尚未结对的青年教师', s.name, s.department, null, null]);
  for (const p of d('proposal_satisfaction').unsatisfied) out.push(['反馈不满意的提案', `${p.id ?? ''} ${p.title}`.trim(), p.unit, null, p.state]);
  for (const p of d('proposal_satisfaction').awaiting_feedback) out.push(['尚无反馈意见的提案', `${p.id ?? ''} ${p.title}`.trim(), p.unit, null, p.state]);
  for (const month of d('monthly_study').months_without) out.push(['没有集中学习或主题活动的月份', month, null, null, null]);
  for (const month of d('cadre_training').months_without) out.push(['没有干部业务培训的月份', month, null, null, null]);
  for (const month of d('office_monthly').months_without) out.push(['没有文明办公室评选的月份', month, null, null, null]);
  for (const c of m.funds.categories.filter((x) => x.over)) out.push(['超预算的经费科目', c.category, null, null, `执行率 ${((c.ratio ?? 0) * 100).toFixed(1)}%`]);
  for (const a of d('participation_rate').excluded) out.push(['没有签到记录的文体活动', a.name, null, a.date, '补录签到']);
  return out;
}

export function buildSummaryWorkbook(input: SummaryWorkbookInput): ExcelJS.Workbook {
  const m = input.metrics;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'union-dash';
  wb.created = input.generatedAt;
  wb.modified = input.generatedAt;
  const school = m.school || termText.unnamedSchool;
  const context = `${school}　${m.term.label}（${dateZh(m.term.start)} 至 ${dateZh(m.term.end)}）　数据截至 ${dateZh(m.as_of)}　生成时间 ${schoolDateTime(input.generatedAt)}`;

  addTableSheet(wb, {
    name: SHEET_NAMES.targets,
    title: `${m.term.label}工会工作目标完成情况汇总`,
    context,
    columns: [
      { header: '序号', width: 6 },
      { header: '目标', width: 26 },
      { header: '计划原文', width: 44 },
      { header: '当前值', width: 10, format: 'percent' },
      { header: '比较', width: 6 },
      { header: '目标值', width: 10, format: 'percent' },
      { header: '状态', width: 8 },
      { header: '说明', width: 44 },
    ],
    rows: m.targets.map((t, i) => [
      i + 1,
      t.label,
      targetText[t.id].clause,
      t.value,
      OP_SYMBOL[t.op] ?? t.op,
      t.target,
      STATUS_WORD[t.status],
      t.status === 'no_data' ? (t.detail.reason ?? null) : null,
    ]),
  });

  const e = m.evaluation;
  addTableSheet(wb, {
    name: SHEET_NAMES.evaluation,
    title: `${m.term.label}期末总评`,
    context,
    columns: [
      { header: '维度', width: 10 },
      { header: '得分', width: 10, format: 'number' },
      { header: '权重', width: 8, format: 'number' },
      { header: '说明', width: 60 },
    ],
    rows: e.dimensions.map((d) => [d.label, d.score, d.weight, d.score === null ? '未评分，总分按其余维度的权重折算' : null]),
    total: ['总分', e.total, e.dimensions.filter((d) => d.score !== null).reduce((n, d) => n + d.weight, 0), null],
  });

  const f = m.funds;
  addTableSheet(wb, {
    name: SHEET_NAMES.funds,
    title: `${m.term.label}经费预算执行情况`,
    context,
    columns: [
      { header: '科目', width: 24 },
      { header: '预算（元）', width: 14, format: 'money' },
      { header: '已支出（元）', width: 14, format: 'money' },
      { header: '执行率', width: 10, format: 'percent' },
      { header: '状态', width: 10 },
    ],
    rows: f.categories.map((c) => [c.category, c.budget, c.spent, c.ratio, c.over === null ? '未列预算' : c.over ? '超支' : '未超支']),
    total: ['合计', f.categories.reduce((n, c) => n + (c.budget ?? 0), 0), f.total_spent, null, null],
  });

  addTableSheet(wb, {
    name: SHEET_NAMES.months,
    title: `${m.term.label}各月经费收支`,
    context,
    columns: [
      { header: '月份', width: 12 },
      { header: '支出（元）', width: 14, format: 'money' },
      { header: '收入（元）', width: 14, format: 'money' },
    ],
    rows: f.months.map((x) => [x.month, x.spent, x.income]),
    total: ['合计', f.total_spent, f.total_income],
  });

  addTableSheet(wb, {
    name: SHEET_NAMES.activities,
    title: `${m.term.label}活动与参与情况`,
    context,
    columns: [
      { header: '活动', width: 28 },
      { header: '日期', width: 12 },
      { header: '类别', width: 10 },
      { header: '参加范围', width: 12 },
      { header: '应参加', width: 8, format: 'number' },
      { header: '出席', width: 8, format: 'number' },
      { header: '请假', width: 8, format: 'number' },
      { header: '参与率', width: 10, format: 'percent' },
    ],
    rows: m.activities.map((a) => [
      a.name,
      a.date,
      a.category,
      a.range,
      a.records > 0 ? a.eligible : null,
      a.records > 0 ? a.present : null,
      a.records > 0 ? a.excused : null,
      a.rate,
    ]),
  });

  addTableSheet(wb, {
    name: SHEET_NAMES.actions,
    title: '需要落实的事项',
    context,
    columns: [
      { header: '类别', width: 26 },
      { header: '事项', width: 40 },
      { header: '责任人 / 部门 / 单位', width: 18 },
      { header: '日期', width: 12 },
      { header: '说明', width: 24 },
    ],
    rows: actionRows(m),
  });

  addTableSheet(wb, {
    name: SHEET_NAMES.issues,
    title: '台账数据问题',
    context,
    columns: [
      { header: '级别', width: 8 },
      { header: '文件', width: 22 },
      { header: '工作表', width: 16 },
      { header: '单元格', width: 10 },
      { header: '问题', width: 70 },
    ],
    rows: [...m.issues]
      .filter((i) => i.severity !== 'info')
      .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
      .map((i) => [SEVERITY_WORD[i.severity], i.file, i.sheet, i.cell, i.message]),
  });
  return wb;
}

export async function summaryWorkbookBytes(input: SummaryWorkbookInput): Promise<Buffer> {
  return Buffer.from(await buildSummaryWorkbook(input).xlsx.writeBuffer());
}

