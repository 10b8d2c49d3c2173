/**
 * The 工作总结 draft from a term's metrics, cut down first to what the least-privileged role
 * (viewer) sees: the document leaves the building, so no staff names, no 关爱慰问 records
 * and small groups merged. Figures, charts and target lines come from the same builders as
 * the term report, so the two agree to the digit.
 */
import { roleVisibility } from '../../access/visibility.ts';
import { redact, targetOf, type MetricsResult } from '../../metrics/index.ts';
import { draftText, draftTextFor } from '../../messages/docx-summary.ts';
import { dateZh, money, percent } from '../../messages/format.ts';
import { termText } from '../../messages/term-report.ts';
import type { ChartView } from '../term/area.ts';
import { areaCharts } from '../term/charts.ts';
import { targetLine } from '../term/target-line.ts';
import { reportKind } from '../view/report-kind.ts';
import { table, type TableView } from '../view/table.ts';
import { areaParagraphs } from './areas.ts';
import { basicsParagraphs } from './basics.ts';
import { shortfallItems, planSentences } from './shortfalls.ts';
import type { DraftBlock, DraftView } from './view.ts';
import type { AreaId } from '../../messages/term-areas.ts';
import { budgetCells } from '../view/budget-cells.ts';
import { rubricText } from '../../messages/rubric.ts';
import { rubricView } from '../term/rubric.ts';

export interface DraftInput {
  /** The term's metrics, as computed (the draft cuts them down itself). */
  readonly metrics: MetricsResult;
}

/** Whose view of the metrics the draft is written from. */
export const DRAFT_VISIBILITY = roleVisibility('viewer');

/**
 * The figures the draft shows under an area's paragraph: the first chart of these areas (funds:
 * budget against spending); satisfaction only once this term has answers, not last term's alone.
 */
const CHART_AREAS: Readonly<Partial<Record<AreaId, (m: MetricsResult) => boolean>>> = {
  participation: () => true,
  satisfaction: (m) => targetOf(m, 'satisfaction_growth').detail.s_this !== null,
  funds: () => true,
};


function targetsTable(m: MetricsResult): TableView {
  const w = draftTextFor(m.term.kind).work;
  const c = w.targetColumns;
  return table({
    caption: w.targetsCaption,
    columns: [
      { label: c.target, width: '40%' },
      { label: c.required, align: 'center', width: '22%' },
      { label: c.actual, align: 'center', width: '20%' },
      { label: c.met, align: 'center', width: '18%' },
    ],
    rows: m.targets.map((t) => {
      const line = targetLine(t);
      return [t.label, line.target, line.value, { text: line.status, tone: t.status, strong: t.status === 'not_met' }];
    }),
    empty: termText.noTargets,
  });
}

function fundsTable(m: MetricsResult): TableView {
  const w = draftTextFor(m.term.kind).work;
  const c = w.fundsColumns;
  const f = m.funds;
  const budget = f.categories.reduce((n, x) => n + (x.budget ?? 0), 0);
  return table({
    caption: w.fundsCaption,
    columns: [
      { label: c.category, width: '34%' },
      { label: c.budget, align: 'right', width: '24%' },
      { label: c.spent, align: 'right', width: '24%' },
      { label: c.ratio, align: 'right', width: '18%' },
    ],
    rows: [
      ...f.categories.map(budgetCells),
      ...(f.categories.length > 0
        ? [[{ text: w.fundsTotal, strong: true }, { text: money(budget), strong: true }, { text: money(f.total_spent), strong: true }, { text: percent(budget > 0 ? f.total_spent / budget : null), strong: true }]]
        : []),
    ],
    empty: w.noFunds,
  });
}

/**
 * 考核细则自评 under 二: the rubric's totals in a paragraph and its items in a table of the
 * columns a page of A4 holds, from the term report's own rubric view (the evidence cells are the
 * chair's alone, and the draft is the viewer's).
 */
function rubricBlocks(m: MetricsResult): { text: string; table: TableView } | null {
  const r = rubricView(m);
  if (!r) return null;
  const w = draftTextFor(m.term.kind).work;
  const c = rubricText.columns;
  return {
    text: w.rubric({ lead: r.lead, basic: r.basic, bonus: r.bonus, total: r.total, unscored: r.unscored, veto: r.veto ?? r.noVeto }),
    table: table({
      caption: w.rubricCaption,
      columns: [
        { label: c.dimension, width: '16%' },
        { label: c.item, width: '34%' },
        { label: c.max, align: 'center', width: '10%' },
        { label: c.score, align: 'center', width: '12%' },
        { label: c.figure, width: '28%' },
      ],
      rows: r.lines.map((l) => [l.dimension, l.item, l.max, { text: l.score, strong: true, ...(l.veto ? { tone: 'not_met' as const } : {}) }, l.figure]),
      empty: '',
    }),
  };
}

/** Numbers tables and figures through the document: 表 1, 图 1 … */
function numberer() {
  let tables = 0;
  let figures = 0;
  return {
    table: (t: TableView): DraftBlock => ({ kind: 'table', table: t.rows.length === 0 ? t : { ...t, caption: draftText.work.tableCaption(++tables, t.caption) } }),
    chart: (c: ChartView): DraftBlock => ({ kind: 'chart', chart: { ...c, caption: draftText.work.figureCaption(++figures, c.caption) } }),
  };
}

export function summaryDraftView(input: DraftInput): DraftView {
  const m = redact(input.metrics, DRAFT_VISIBILITY);
  const kind = reportKind(m);
  const school = m.school || termText.unnamedSchool;
  const words = draftTextFor(m.term.kind);
  const w = words.work;
  const n = numberer();
  const paragraph = (text: string): DraftBlock => ({ kind: 'paragraph', text });

  const work: DraftBlock[] = [paragraph(w.lead), n.table(targetsTable(m))];
  const areas = areaParagraphs(m, kind);
  areas.forEach((a, i) => {
    work.push({ kind: 'subheading', text: termText.areaHeading(i + 1, a.title) }, paragraph(a.text));
    const chart = CHART_AREAS[a.id]?.(m) ? areaCharts(a.id, m)[0] : undefined;
    if (chart) work.push(n.chart(chart));
    if (a.id === 'funds' && m.funds.categories.length > 0) work.push(n.table(fundsTable(m)));
  });
  const rubric = rubricBlocks(m);
  if (rubric) work.push({ kind: 'subheading', text: termText.areaHeading(areas.length + 1, rubricText.title) }, paragraph(rubric.text), n.table(rubric.table));

  return {
    kind,
    title: words.title(school, m.term.label, kind),
    titleLines: words.titleLines(school, m.term.label, kind),
    note: words.draftNote(dateZh(m.as_of)),
    sections: [
      { heading: words.headings.basics, blocks: basicsParagraphs(m, kind).map(paragraph) },
      { heading: words.headings.work, blocks: work },
      { heading: words.headings.shortfalls, blocks: shortfallItems(m, kind).map(paragraph) },
      { heading: words.headings.plans[kind], blocks: planSentences(m, kind).map(paragraph) },
    ],
    signature: words.signature(school),
    date: dateZh(m.as_of),
  };
}
