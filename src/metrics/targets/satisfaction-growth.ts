import { normalizeName } from '../../ingest/values/index.ts';
import { clean } from '../context.ts';
import { noDataText } from '../../messages/metrics.ts';
import { surveyRate, type SurveyRate } from '../survey-rate.ts';
import type { MetricsContext } from '../context.ts';
import { noData, type TargetDef } from './target.ts';

export interface SatisfactionItem {
  readonly item: string;
  /** This term's satisfied share of the item's answers; null when not asked this term. */
  readonly this: number | null;
  readonly prev: number | null;
  /** Answers this term. */
  readonly answers: number;
}

export interface SatisfactionDetail {
  readonly s_this: number | null;
  readonly s_prev: number | null;
  readonly responses_this: number;
  readonly responses_prev: number;
  /** Answers at or above this score count as satisfied. */
  readonly satisfied_from: number;
  readonly items: readonly SatisfactionItem[];
  /** (S_this − S_prev) × 100, when both are known. */
  readonly change_points?: number;
}

/** An item compared across terms: without white space, question number or closing punctuation. */
const itemKey = (item: string) => normalizeName(item).replace(/[？?。.!！:：]+$/u, '');

/** Per-item rates of both terms: items in this term's order, then items asked only last term. */
function itemTable(now: SurveyRate | null, prev: SurveyRate | null): SatisfactionItem[] {
  const rows = new Map<string, { item: string; this: number | null; prev: number | null; answers: number }>();
  for (const i of now?.items ?? []) rows.set(itemKey(i.item), { item: i.item, this: clean(i.rate), prev: null, answers: i.answers });
  for (const i of prev?.items ?? []) {
    const row = rows.get(itemKey(i.item));
    if (row) row.prev = clean(i.rate);
    else rows.set(itemKey(i.item), { item: i.item, this: null, prev: clean(i.rate), answers: 0 });
  }
  return [...rows.values()];
}

/** This term's S as of asOf: the responses submitted by then. */
export const surveyThisTerm = (ctx: MetricsContext): SurveyRate | null =>
  surveyRate(ctx.records.survey, ctx.term.termIds, ctx.term.id, ctx.settings.satisfiedFrom, ctx.asOf);

export const satisfactionGrowth: TargetDef<'satisfaction_growth'> = {
  id: 'satisfaction_growth',
  op: '>=',
  target: 0.1,
  compute(ctx) {
    const now = surveyThisTerm(ctx);
    const prev = ctx.facts.surveyPrev;
    const common: SatisfactionDetail = {
      s_this: now ? clean(now.rate) : null,
      s_prev: prev ? clean(prev.rate) : null,
      responses_this: now?.responses ?? 0,
      responses_prev: prev?.responses ?? 0,
      satisfied_from: ctx.settings.satisfiedFrom,
      items: itemTable(now, prev),
    };
    if (!now) return noData(noDataText.noSurveyThisTerm(ctx.term.label), common);
    if (!prev) return noData(noDataText.noSurveyPrev(ctx.term.kind, ctx.facts.previous.label), common);
    if (prev.rate === 0) return noData(noDataText.zeroPrevSatisfaction(ctx.term.kind), common);
    return {
      value: clean((now.rate - prev.rate) / prev.rate),
      detail: { ...common, change_points: clean((now.rate - prev.rate) * 100) },
    };
  },
};
