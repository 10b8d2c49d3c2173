/**
 * The rubric scored from our figures: each item's points, the figure and the ledger cells
 * behind them, the 自评分 that overrides ours, subtotals, bonuses and a triggered veto. Pure.
 */
import type { CellRef } from '../../ingest/records.ts';
import { clean, type MetricsContext } from '../context.ts';
import type { TargetResult } from '../result.ts';
import { surveyThisTerm } from '../targets/satisfaction-growth.ts';
import { evidenceOf, listedEvidence } from './evidence.ts';
import { figureLabel, type FigureId } from './figures.ts';
import type { ResolvedRubricItem } from './resolve.ts';
import type { RubricDimension, RubricFigure, RubricItemResult, RubricManualReason, RubricPlace, RubricResult } from './result.ts';
import { points, scoreRule, type FigureValue } from './score.ts';

/** How many evidence cells an item lists (the count says how many there are). */
export const EVIDENCE_SHOWN = 3;

const place = (r: CellRef): RubricPlace => ({ file: r.file, sheet: r.sheet, cell: r.cell });

const share = (n: number, d: number) => ({ numerator: n, denominator: d });

function counts(t: TargetResult): { numerator: number; denominator: number } | null {
  switch (t.id) {
    case 'participation_rate':
      return share(t.detail.present, t.detail.eligible);
    case 'archive_completion':
      return share(t.detail.complete, t.detail.listed);
    case 'proposal_satisfaction':
      return share(t.detail.satisfied, t.detail.with_feedback);
    case 'routine_completion':
      return share(t.detail.done, t.detail.due);
    case 'monthly_study':
    case 'cadre_training':
    case 'office_monthly':
      return share(t.detail.months - t.detail.months_without.length, t.detail.months);
    case 'mentoring_coverage':
      return share(t.detail.paired, t.detail.young);
    default:
      return null;
  }
}

function figureOf(id: FigureId, ctx: MetricsContext, targets: readonly TargetResult[]): { figure: RubricFigure; value: FigureValue | null } {
  if (id === 'satisfaction') {
    const s = surveyThisTerm(ctx);
    const value = s ? clean(s.rate) : null;
    return {
      figure: { id, label: figureLabel(id), value, numerator: s?.satisfied ?? null, denominator: s?.answers ?? null },
      value: value === null ? null : { value },
    };
  }
  const t = targets.find((x) => x.id === id);
  const c = t ? counts(t) : null;
  const value = t?.value ?? null;
  const months = c && (id === 'monthly_study' || id === 'cadre_training' || id === 'office_monthly') ? { counted: c.denominator, without: c.denominator - c.numerator } : undefined;
  return {
    figure: { id, label: figureLabel(id), value, numerator: c?.numerator ?? null, denominator: c?.denominator ?? null },
    value: value === null ? null : months ? { value, months } : { value },
  };
}

function scoreItem(item: ResolvedRubricItem, ctx: MetricsContext, targets: readonly TargetResult[], cells: boolean): RubricItemResult {
  const r = item.record;
  const base = {
    dimension: r.dimension,
    item: r.item,
    criteria: r.criteria,
    type: r.type,
    max: r.max,
    rule_text: r.ruleText,
    place: place(r.ref),
    self_score: r.selfScore,
    review_score: r.reviewScore,
  };
  const found = item.figure === null ? null : figureOf(item.figure, ctx, targets);
  let computed: number | null = null;
  let veto = false;
  let reason: RubricManualReason | null = null;
  if (r.max === null) reason = 'bad_max';
  else if (r.rule === null) reason = r.ruleText === null ? 'no_rule' : 'bad_rule';
  else if (item.unknownSource) reason = 'unknown_source';
  else if (!found?.value) reason = 'no_data';
  else {
    const outcome = scoreRule(r.rule, found.value, r.max);
    if (outcome.kind === 'veto') veto = outcome.triggered;
    else computed = outcome.score;
  }
  const isVeto = r.type === 'veto' || r.rule?.kind === 'veto';
  const self = isVeto || r.max === null ? null : r.selfScore;
  const evidence = found && item.figure ? evidenceOf(item.figure, ctx, EVIDENCE_SHOWN) : listedEvidence(self !== null && r.selfScoreRef ? [r.selfScoreRef] : [], EVIDENCE_SHOWN);
  const vetoKnown = isVeto && r.rule?.kind === 'veto' && reason === null;
  return {
    ...base,
    status: self !== null ? 'override' : computed !== null || vetoKnown ? 'computed' : 'manual',
    score: self ?? computed,
    computed,
    manual_reason: reason,
    figure: found?.figure ?? null,
    evidence: { count: evidence.count, cells: cells ? evidence.first.map(place) : [] },
    veto_triggered: veto,
  };
}

/** Null without a rubric: the four-dimension evaluation stands alone. `cells` = the evidence lists its cells. */
export function computeRubric(items: readonly ResolvedRubricItem[], ctx: MetricsContext, targets: readonly TargetResult[], cells = true): RubricResult | null {
  if (items.length === 0) return null;
  const results = items.map((i) => scoreItem(i, ctx, targets, cells));
  const basic = results.filter((x) => x.type === 'basic' && x.max !== null);
  const bonus = results.filter((x) => x.type === 'bonus' && x.max !== null);
  const sum = (xs: readonly (number | null)[]) => points(xs.reduce<number>((n, x) => n + (x ?? 0), 0));
  const byDimension = new Map<string | null, RubricItemResult[]>();
  for (const x of basic) byDimension.set(x.dimension, [...(byDimension.get(x.dimension) ?? []), x]);
  const dimensions: RubricDimension[] = [...byDimension].map(([dimension, xs]) => ({ dimension, max: sum(xs.map((x) => x.max)), score: sum(xs.map((x) => x.score)) }));
  const basicScore = sum(basic.map((x) => x.score));
  const bonusScore = sum(bonus.map((x) => x.score));
  return {
    items: results,
    dimensions,
    basic: { max: sum(basic.map((x) => x.max)), score: basicScore, unscored: basic.filter((x) => x.score === null).length },
    bonus: { max: sum(bonus.map((x) => x.max)), score: bonusScore },
    total: points(basicScore + bonusScore),
    vetoed: results.some((x) => x.veto_triggered),
  };
}
