/** S_term: answers ≥ the satisfied score ÷ all non-blank answers, over every item of a term's rows. */
import * as aq from 'arquero';
import type { SurveyResponse } from '../ingest/records.ts';

export interface ItemRate {
  readonly item: string;
  readonly answers: number;
  readonly satisfied: number;
  readonly rate: number;
}

export interface SurveyRate {
  readonly responses: number;
  readonly answers: number;
  readonly satisfied: number;
  readonly rate: number;
  readonly items: readonly ItemRate[];
}

const op = aq.op;

/**
 * Null when the terms have no non-blank answer. Responses with no term belong to `fallbackTerm`;
 * with `asOf`, only responses submitted by then count (an undated one counts).
 */
export function surveyRate(
  responses: readonly SurveyResponse[],
  termIds: readonly string[],
  fallbackTerm: string,
  satisfiedFrom: number,
  asOf?: string,
): SurveyRate | null {
  const rows = responses.filter((r) => termIds.includes(r.term ?? fallbackTerm) && (asOf === undefined || r.submitted === null || r.submitted <= asOf));
  // Items numbered in order of first appearance; one table row per non-blank answer.
  const itemIndex = new Map<string, number>();
  const item: number[] = [];
  const ok: number[] = [];
  for (const r of rows) {
    for (const a of r.answers) {
      if (a.score === null) continue;
      let i = itemIndex.get(a.item);
      if (i === undefined) itemIndex.set(a.item, (i = itemIndex.size));
      item.push(i);
      ok.push(a.score >= satisfiedFrom ? 1 : 0);
    }
  }
  if (item.length === 0) return null;
  const perItem = aq
    .table({ item, ok })
    .groupby('item')
    .rollup({ answers: op.count(), satisfied: op.sum('ok') })
    .orderby('item')
    .objects() as { item: number; answers: number; satisfied: number }[];
  const names = [...itemIndex.keys()];
  const items = perItem.map((i) => ({ item: names[i.item]!, answers: i.answers, satisfied: i.satisfied, rate: i.satisfied / i.answers }));
  const satisfied = items.reduce((n, i) => n + i.satisfied, 0);
  return { responses: rows.length, answers: item.length, satisfied, rate: satisfied / item.length, items };
}
