/** 考核细则自评: each item's points, the figure and ledger cells behind them, totals, bonus and veto; for the term report and /review. */
import type { MetricsResult, RubricItemResult } from '../../metrics/index.ts';
import { num, percent } from '../../messages/format.ts';
import { rubricManualReasons, rubricText as words, rubricTypeLabels } from '../../messages/rubric.ts';
import { table, type CellInput, type TableView } from '../view/table.ts';

export interface RubricLine {
  readonly dimension: string;
  readonly item: string;
  readonly criteria: string | null;
  readonly type: string;
  readonly max: string;
  readonly score: string;
  /** How the score came about (computed, the chair's, to be scored by hand). */
  readonly how: string;
  readonly figure: string;
  readonly evidence: string;
  readonly bonus: boolean;
  readonly pending: boolean;
  readonly veto: boolean;
}

export interface RubricView {
  readonly title: string;
  readonly lead: string;
  readonly lines: readonly RubricLine[];
  readonly dimensions: readonly string[];
  readonly basic: string;
  readonly bonus: string | null;
  readonly total: string;
  readonly unscored: string | null;
  /** The red sentence when a veto item is triggered. */
  readonly veto: string | null;
  readonly noVeto: string | null;
  readonly rule: string;
  readonly table: TableView;
}

/** Cells of one sheet together: 工会台账.xlsx › 活动签到!A2、A3、A4 等 10 处. */
function evidenceText(x: RubricItemResult, hidden: boolean): string {
  if (x.evidence.count === 0) return words.noEvidence;
  if (hidden || x.evidence.cells.length === 0) return words.cellsHidden(x.evidence.count);
  const bySheet = new Map<string, { file: string; sheet: string; cells: string[] }>();
  for (const c of x.evidence.cells) {
    const key = `${c.file}\u0000${c.sheet}`;
    const g = bySheet.get(key) ?? { file: c.file, sheet: c.sheet, cells: [] };
    g.cells.push(c.cell);
    bySheet.set(key, g);
  }
  const places = words.join([...bySheet.values()].map((g) => words.place(g.file, g.sheet, g.cells)));
  return words.cells(places, x.evidence.count, x.evidence.cells.length);
}

function figureText(x: RubricItemResult): string {
  const f = x.figure;
  if (!f) return words.noEvidence;
  if (f.value === null) return words.figure(f.label, words.noData, null);
  const counts = f.numerator !== null && f.denominator !== null ? words.counts(f.numerator, f.denominator) : null;
  return words.figure(f.label, percent(f.value), counts);
}

function scoreText(x: RubricItemResult): { score: string; how: string } {
  const isVeto = x.type === 'veto';
  if (isVeto) return { score: x.veto_triggered ? words.vetoTriggered : x.status === 'computed' ? words.vetoClear : words.vetoUnknown, how: '' };
  if (x.status === 'override') return { score: num(x.score), how: words.overridden(x.computed === null ? null : num(x.computed)) };
  if (x.status === 'computed') return { score: num(x.score), how: '' };
  return { score: words.pending, how: x.manual_reason ? words.manual(rubricManualReasons[x.manual_reason]) : '' };
}

export function rubricView(m: MetricsResult): RubricView | null {
  const r = m.rubric;
  if (!r) return null;
  const hidden = m.privacy !== undefined && !m.privacy.cells;
  const lines: RubricLine[] = r.items.map((x) => {
    const s = scoreText(x);
    return {
      dimension: x.dimension ?? words.noDimension,
      item: x.item,
      criteria: x.criteria,
      type: rubricTypeLabels[x.type],
      max: x.max === null ? words.noMax : num(x.max),
      score: s.score,
      how: s.how,
      figure: figureText(x),
      evidence: evidenceText(x, hidden),
      bonus: x.type === 'bonus',
      pending: x.type !== 'veto' && x.score === null,
      veto: x.veto_triggered,
    };
  });
  const vetoed = r.items.filter((x) => x.veto_triggered).map((x) => x.item);
  const hasVetoItems = r.items.some((x) => x.type === 'veto');
  const cell = (l: RubricLine): CellInput[] => [
    { text: l.dimension },
    { text: l.item, ...(l.criteria ? { sub: l.criteria } : {}) },
    { text: l.type, ...(l.veto ? { tone: 'not_met' as const, strong: true } : l.bonus ? { tone: 'met' as const } : {}) },
    { text: l.max },
    { text: l.score, strong: true, ...(l.how ? { sub: l.how } : {}), ...(l.veto ? { tone: 'not_met' as const } : l.pending ? { tone: 'no_data' as const } : {}) },
    { text: l.figure },
    { text: l.evidence, tone: 'muted' },
  ];
  return {
    title: words.title,
    lead: words.lead(r.items.length),
    lines,
    dimensions: r.dimensions.map((d) => words.dimensionLine(d.dimension ?? words.noDimension, num(d.score), num(d.max))),
    basic: words.basic(num(r.basic.score), num(r.basic.max)),
    bonus: r.bonus.max > 0 ? words.bonus(num(r.bonus.score), num(r.bonus.max)) : null,
    total: words.total(num(r.total)),
    unscored: r.basic.unscored > 0 ? words.unscored(r.basic.unscored) : null,
    veto: vetoed.length ? words.veto(vetoed) : null,
    noVeto: hasVetoItems && !vetoed.length ? words.noVeto : null,
    rule: words.rule,
    table: table({
      caption: words.caption,
      columns: [
        { label: words.columns.dimension, width: '8%' },
        { label: words.columns.item, width: '25%' },
        { label: words.columns.type, align: 'center', width: '6%' },
        { label: words.columns.max, align: 'right', width: '6%' },
        { label: words.columns.score, align: 'center', width: '12%' },
        { label: words.columns.figure, width: '18%' },
        { label: words.columns.evidence, width: '25%' },
      ],
      rows: lines.map(cell),
      empty: '',
    }),
  };
}
