/** Office scores per month: how many offices were scored and how many reached the pass score. */
import * as aq from 'arquero';
import type { OfficeScoreRecord } from '../ingest/records.ts';
import { clean } from './context.ts';

export interface OfficeMonth {
  readonly month: string;
  readonly passed: number;
  readonly scored: number;
  readonly rate: number;
}

const op = aq.op;

/** Months in order; each office row is one office scored that month. */
export function officeMonths(rows: readonly OfficeScoreRecord[], passScore: number): OfficeMonth[] {
  if (rows.length === 0) return [];
  return (
    aq
      .table({ month: rows.map((r) => r.month), pass: rows.map((r) => (r.total >= passScore ? 1 : 0)) })
      .groupby('month')
      .rollup({ passed: (d) => op.sum(d.pass), scored: () => op.count() })
      .orderby('month')
      .objects() as { month: string; passed: number; scored: number }[]
  ).map((m) => ({ ...m, rate: clean(m.passed / m.scored) }));
}
