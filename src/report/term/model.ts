/** Everything the term-end report shows, formatted: the view the Handlebars template draws. */
import type { IngestResult, SheetReport } from '../../ingest/index.ts';
import type { MetricsResult } from '../../metrics/index.ts';
import { dateZh } from '../../messages/format.ts';
import { schoolDateTime } from '../../term/school-clock.ts';
import type { TableView } from '../view/table.ts';
import type { AreaBuilder, AreaSectionView, BlockView, ChartView } from './area.ts';
import { archiveArea } from './areas/archive.ts';
import { fundsArea } from './areas/funds.ts';
import { mentoringArea } from './areas/mentoring.ts';
import { monthlyArea } from './areas/monthly.ts';
import { officesArea } from './areas/offices.ts';
import { participationArea } from './areas/participation.ts';
import { proposalsArea } from './areas/proposals.ts';
import { satisfactionArea } from './areas/satisfaction.ts';
import { tasksArea } from './areas/tasks.ts';
import { areaCharts } from './charts.ts';
import { evaluationView, type EvaluationView } from './evaluation.ts';
import { qualityView, type QualityView } from './quality.ts';
import { rubricView, type RubricView } from './rubric.ts';
import { remainingTable, summaryCounts, summaryTable } from './summary.ts';
import { reportKind } from '../view/report-kind.ts';
import { termText } from '../../messages/term-report.ts';
import { areaText } from '../../messages/term-areas.ts';

/** The part of an ingest the report reads besides the metrics: which sheets were read, and how. */
export type ReportIngest = Pick<IngestResult, 'sheets'>;

export interface TermReportInput {
  readonly metrics: MetricsResult;
  /** When the report is made (the caller's clock); shown in Beijing time. */
  readonly generatedAt: Date;
  /** The read the metrics come from: its sheets are listed on the cover and counted in the appendix. */
  readonly ingest?: ReportIngest;
}

export interface SourceView {
  readonly file: string;
  readonly sheets: string;
}

export interface TermReportView {
  readonly title: string;
  readonly school: string;
  readonly term: string;
  /** What the cover calls the span: 学期, 学年, 年度, 统计年度. */
  readonly spanName: string;
  /** 本学期, 本学年… */
  readonly thisSpan: string;
  /** 期末总评, 学年总评… */
  readonly review: string;
  readonly span: string;
  readonly workingMonths: string;
  readonly asOf: string;
  readonly generatedAt: string;
  readonly sources: readonly SourceView[];
  readonly noSources: string;
  readonly summary: TableView;
  readonly summaryCounts: string;
  /** 期中自查 only: what each target still needs by the term's end. */
  readonly remaining: TableView | null;
  readonly areas: readonly AreaSectionView[];
  readonly evaluation: EvaluationView;
  /** 考核细则自评, when the ledgers have a 考核细则 sheet. */
  readonly rubric: RubricView | null;
  readonly quality: QualityView;
}

const AREAS: readonly AreaBuilder[] = [
  participationArea,
  satisfactionArea,
  archiveArea,
  proposalsArea,
  tasksArea,
  monthlyArea,
  officesArea,
  mentoringArea,
  fundsArea,
];

/** Files listed on the cover; more are summed up in one line (the appendix lists every sheet). */
const COVER_FILES = 12;

function sourcesOf(sheets: readonly SheetReport[] | undefined): SourceView[] {
  const byFile = new Map<string, string[]>();
  for (const s of sheets ?? []) {
    if (s.kind === null) continue;
    byFile.set(s.file, [...(byFile.get(s.file) ?? []), s.sheet]);
  }
  const files = [...byFile].map(([file, names]) => ({ file, sheets: termText.sourceSheets(names) }));
  if (files.length <= COVER_FILES) return files;
  return [...files.slice(0, COVER_FILES - 1), { file: termText.moreSources(files.length - COVER_FILES + 1), sheets: '' }];
}

/** Numbers figures and tables through the document: 图 1, 表 1 … (an empty table prints as one sentence, unnumbered). */
function numberer() {
  let figures = 0;
  let tables = 0;
  return {
    table: (t: TableView): TableView => (t.rows.length === 0 ? t : { ...t, caption: termText.tableCaption(++tables, t.caption) }),
    chart: (c: ChartView): ChartView => ({ ...c, caption: termText.figureCaption(++figures, c.caption) }),
  };
}

export function termReportView(input: TermReportInput): TermReportView {
  const m = input.metrics;
  const n = numberer();
  const summary = n.table(summaryTable(m));
  const remaining = reportKind(m) === 'midterm' ? n.table(remainingTable(m)) : null;
  const areas = AREAS.map((build, i): AreaSectionView => {
    const a = build(m);
    const charts = areaCharts(a.id, m).map(n.chart);
    // Without data, an empty table means nothing was recorded, not that all is well.
    const noData = a.targets.length > 0 && a.targets.every((t) => t.tone === 'no_data');
    const tables = a.tables.map((t) => n.table(noData ? { ...t, empty: termText.emptyWithoutData(m.term.kind) } : t));
    const blocks: BlockView[] = [...charts.map((chart) => ({ chart })), ...tables.map((table) => ({ table }))];
    return { ...a, title: termText.areaHeading(i + 1, areaText[a.id].title), charts, tables, first: blocks[0] ?? null, rest: blocks.slice(1) };
  });
  const evaluation = evaluationView(m);
  const rubric = rubricView(m);
  const quality = qualityView(m, input.ingest?.sheets);
  return {
    title: termText.title(reportKind(m), m.term.kind),
    school: m.school || termText.unnamedSchool,
    term: m.term.label,
    spanName: termText.spanName(m.term.kind),
    thisSpan: termText.thisSpan(m.term.kind),
    review: termText.review(m.term.kind),
    span: termText.span(m.term.start, m.term.end),
    workingMonths: termText.workingMonths(m.term.working_months),
    asOf: dateZh(m.as_of),
    generatedAt: schoolDateTime(input.generatedAt),
    sources: sourcesOf(input.ingest?.sheets),
    noSources: termText.noSources,
    summary,
    summaryCounts: summaryCounts(m),
    remaining,
    areas,
    evaluation: { ...evaluation, table: n.table(evaluation.table) },
    rubric: rubric && { ...rubric, table: n.table(rubric.table) },
    quality: { ...quality, sheets: n.table(quality.sheets), top: n.table(quality.top) },
  };
}
