/**
 * The term's summary as a workbook (the figures of the term-end report): targets, the
 * evaluation, the 考核细则 self-assessment (when there is a rubric), funds, participation, what
 * needs doing, and the data issues. Rates and money
 * are numbers with a display format, so the workbook computes on.
 */
import ExcelJS from 'exceljs';
import { targetOf, type MetricsResult, type TargetDetails, type TargetId } from '../../metrics/index.ts';
import { targetText } from '../../messages/targets.ts';
import { dateZh } from '../../messages/format.ts';
import { OP_SYMBOL, STATUS_WORD } from '../status.ts';
import { SEVERITY_WORD } from '../term/quality.ts';
import { termText } from '../../messages/term-report.ts';
import { xlsxText as words } from '../../messages/xlsx.ts';
import { schoolDateTime } from '../../term/school-clock.ts';
import { addTableSheet, type XlsxValue } from './table-sheet.ts';
import { rubricText } from '../../messages/rubric.ts';
import { rubricView } from '../term/rubric.ts';

export const SHEET_NAMES = words.sheets;

export interface SummaryWorkbookInput {
  readonly metrics: MetricsResult;
  readonly generatedAt: Date;
}

/** What someone has to act on, one row each, from the targets' details. */
function actionRows(m: MetricsResult): XlsxValue[][] {
  const out: XlsxValue[][] = [];
  const d = <K extends TargetId>(id: K) => targetOf(m, id).detail as TargetDetails[K];
  const kind = words.actions.kinds;
  for (const t of d('routine_completion').open) out.push([kind.overdueTask, t.task, t.owner, t.due, t.state]);
  for (const a of d('archive_completion').missing) out.push([kind.incompleteArchive, a.name, null, a.date, words.actions.missingMaterials(a.materials)]);
  for (const a of d('archive_completion').not_listed) out.push([kind.unlistedActivity, a.name, null, a.date, null]);
  for (const s of d('mentoring_coverage').unpaired_staff) out.push([kind.unpairedTeacher, s.name, s.department, null, null]);
  for (const p of d('proposal_satisfaction').unsatisfied) out.push([kind.unsatisfiedProposal, `${p.id ?? ''} ${p.title}`.trim(), p.unit, null, p.state]);
  for (const p of d('proposal_satisfaction').awaiting_feedback) out.push([kind.awaitingProposal, `${p.id ?? ''} ${p.title}`.trim(), p.unit, null, p.state]);
  for (const month of d('monthly_study').months_without) out.push([kind.noStudyMonth, month, null, null, null]);
  for (const month of d('cadre_training').months_without) out.push([kind.noTrainingMonth, month, null, null, null]);
  for (const month of d('office_monthly').months_without) out.push([kind.noOfficeMonth, month, null, null, null]);
  for (const c of m.funds.categories.filter((x) => x.over)) out.push([kind.overBudget, c.category, null, null, words.actions.ratio(`${((c.ratio ?? 0) * 100).toFixed(1)}%`)]);
  for (const a of d('participation_rate').excluded) out.push([kind.unsignedActivity, a.name, null, a.date, words.actions.addSignIn]);
  return out;
}

export function buildSummaryWorkbook(input: SummaryWorkbookInput): ExcelJS.Workbook {
  const m = input.metrics;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'union-dash';
  wb.created = input.generatedAt;
  wb.modified = input.generatedAt;
  const school = m.school || termText.unnamedSchool;
  const context = words.context({
    school,
    term: m.term.label,
    start: dateZh(m.term.start),
    end: dateZh(m.term.end),
    asOf: dateZh(m.as_of),
    generatedAt: schoolDateTime(input.generatedAt),
  });

  addTableSheet(wb, {
    name: SHEET_NAMES.targets,
    title: words.targets.title(m.term.label),
    context,
    columns: [
      { header: words.targets.columns.no, width: 6 },
      { header: words.targets.columns.target, width: 26 },
      { header: words.targets.columns.clause, width: 44 },
      { header: words.targets.columns.value, width: 10, format: 'percent' },
      { header: words.targets.columns.op, width: 6 },
      { header: words.targets.columns.goal, width: 10, format: 'percent' },
      { header: words.targets.columns.status, width: 8 },
      { header: words.targets.columns.note, width: 44 },
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
    title: words.evaluation.title(m.term.label, m.term.kind),
    context,
    columns: [
      { header: words.evaluation.columns.dimension, width: 10 },
      { header: words.evaluation.columns.score, width: 10, format: 'number' },
      { header: words.evaluation.columns.weight, width: 8, format: 'number' },
      { header: words.evaluation.columns.note, width: 60 },
    ],
    rows: e.dimensions.map((d) => [d.label, d.score, d.weight, d.score === null ? words.evaluation.unscored : null]),
    total: [words.evaluation.total, e.total, e.dimensions.filter((d) => d.score !== null).reduce((n, d) => n + d.weight, 0), null],
  });

  const rubric = rubricView(m);
  if (m.rubric && rubric) {
    const c = rubricText.columns;
    const r = m.rubric;
    addTableSheet(wb, {
      name: SHEET_NAMES.rubric,
      title: words.rubric.title(m.term.label),
      context,
      columns: [
        { header: c.dimension, width: 12 },
        { header: c.item, width: 34 },
        { header: c.type, width: 6 },
        { header: c.max, width: 7, format: 'number' },
        { header: c.score, width: 9, format: 'number' },
        { header: words.rubric.how, width: 24 },
        { header: c.figure, width: 30 },
        { header: c.evidence, width: 44 },
      ],
      // a score is a number the workbook sums; a veto or an item to score by hand says so
      rows: r.items.map((x, i) => {
        const l = rubric.lines[i]!;
        return [l.dimension, x.item, l.type, x.max, x.type !== 'veto' && x.score !== null ? x.score : l.score, l.how || null, l.figure, l.evidence];
      }),
      total: [words.rubric.total, null, null, r.basic.max + r.bonus.max, r.total, [rubric.unscored, rubric.veto].filter((t) => t !== null).join('') || null, null, null],
    });
  }

  const f = m.funds;
  addTableSheet(wb, {
    name: SHEET_NAMES.funds,
    title: words.funds.title(m.term.label),
    context,
    columns: [
      { header: words.funds.columns.category, width: 24 },
      { header: words.funds.columns.budget, width: 14, format: 'money' },
      { header: words.funds.columns.spent, width: 14, format: 'money' },
      { header: words.funds.columns.ratio, width: 10, format: 'percent' },
      { header: words.funds.columns.state, width: 10 },
    ],
    rows: f.categories.map((c) => [c.category, c.budget, c.spent, c.ratio, c.over === null ? words.funds.state.unbudgeted : c.over ? words.funds.state.over : words.funds.state.within]),
    total: [words.total, f.categories.reduce((n, c) => n + (c.budget ?? 0), 0), f.total_spent, null, null],
  });

  addTableSheet(wb, {
    name: SHEET_NAMES.months,
    title: words.months.title(m.term.label),
    context,
    columns: [
      { header: words.months.columns.month, width: 12 },
      { header: words.months.columns.spent, width: 14, format: 'money' },
      { header: words.months.columns.income, width: 14, format: 'money' },
    ],
    rows: f.months.map((x) => [x.month, x.spent, x.income]),
    total: [words.total, f.total_spent, f.total_income],
  });

  addTableSheet(wb, {
    name: SHEET_NAMES.activities,
    title: words.activities.title(m.term.label),
    context,
    columns: [
      { header: words.activities.columns.activity, width: 28 },
      { header: words.activities.columns.date, width: 12 },
      { header: words.activities.columns.category, width: 10 },
      { header: words.activities.columns.range, width: 12 },
      { header: words.activities.columns.eligible, width: 8, format: 'number' },
      { header: words.activities.columns.present, width: 8, format: 'number' },
      { header: words.activities.columns.excused, width: 8, format: 'number' },
      { header: words.activities.columns.rate, width: 10, format: 'percent' },
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
    title: words.actions.title,
    context,
    columns: [
      { header: words.actions.columns.kind, width: 26 },
      { header: words.actions.columns.item, width: 40 },
      { header: words.actions.columns.who, width: 18 },
      { header: words.actions.columns.date, width: 12 },
      { header: words.actions.columns.note, width: 24 },
    ],
    rows: actionRows(m),
  });

  addTableSheet(wb, {
    name: SHEET_NAMES.issues,
    title: words.issues.title,
    context,
    columns: [
      { header: words.issues.columns.severity, width: 8 },
      { header: words.issues.columns.file, width: 22 },
      { header: words.issues.columns.sheet, width: 16 },
      { header: words.issues.columns.cell, width: 10 },
      { header: words.issues.columns.issue, width: 70 },
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

