import { normalizeName } from '../../ingest/values/index.ts';
import { clean } from '../context.ts';
import { noDataText } from '../../messages/metrics.ts';
import type { SurveyRate } from '../survey-rate.ts';
import { noData, type TargetDef } from './target.ts';

/** An item compared across terms: without white space, question number or closing punctuation. */
const itemKey = (item: string) => normalizeName(item).replace(/[？?。.!！:：]+$/u, '');

/** Per-item rates of both terms: items in this term's order, then items asked only last term. */
function itemTable(now: SurveyRate | null, prev: SurveyRate | null) {
  const rows = new Map<string, { item: string; this: number | null; prev: number | null; answers: number }>();
  for (const i of now?.items ?? []) rows.set(itemKey(i.item), { item: i.item, this: clean(i.rate), prev: null, answers: i.answers });
  for (const i of prev?.items ?? []) {
    const row = rows.get(itemKey(i.item));
    if (row) row.prev = clean(i.rate);
    else rows.set(itemKey(i.item), { item: i.item, this: null, prev: clean(i.rate), answers: 0 });
  }
  return [...rows.values()];
}

export const satisfactionGrowth: TargetDef = {
  id: 'satisfaction_growth',
  label: '服务满意度较上学期提升',
  op: '>=',
  target: 0.1,
  clause: '教职工对工会服务的满意度较上学期提升 10% 以上',
  compute(ctx) {
    const now = ctx.facts.surveyThis;
    const prev = ctx.facts.surveyPrev;
    const common = {
      s_this: now ? clean(now.rate) : null,
      s_prev: prev ? clean(prev.rate) : null,
      responses_this: now?.responses ?? 0,
      responses_prev: prev?.responses ?? 0,
      satisfied_from: ctx.settings.satisfiedFrom,
      items: itemTable(now, prev),
    };
    if (!now) return noData(noDataText.noSurveyThisTerm(ctx.term.label), common);
    if (!prev) return noData(noDataText.noSurveyPrevTerm(ctx.facts.prevTermId), common);
    if (prev.rate === 0) return noData(noDataText.zeroPrevSatisfaction, common);
    return {
      value: clean((now.rate - prev.rate) / prev.rate),
      detail: { ...common, change_points: clean((now.rate - prev.rate) * 100) },
    };
  },
};
