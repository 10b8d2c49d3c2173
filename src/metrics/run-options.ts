/**
 * One definition of how a chosen (term, as-of) turns into computeMetrics' options, and how
 * the result is written as JSON: the CLI and the server share it, so `/api/metrics` is
 * exactly `metrics --json`.
 */
import type { MetricsOptions } from './compute.ts';
import type { MetricsResult } from './result.ts';
import type { SpanKind } from '../term/term.ts';

/** What a reader chose; absent fields take the defaults (the term containing as-of, today). */
export interface Period {
  /** Term id; absent = the term containing asOf (or the settings' term). */
  readonly term?: string;
  /** `YYYY-MM-DD`; absent = today. */
  readonly asOf?: string;
  /** A term (absent) or a year made of terms: `--period`. */
  readonly span?: SpanKind;
}

export const metricsOptionsFor = (p: Period, today: string): MetricsOptions => ({
  today,
  ...(p.term ? { term: p.term } : {}),
  ...(p.asOf ? { asOf: p.asOf } : {}),
  ...(p.span && p.span !== 'term' ? { span: p.span } : {}),
});

/** The text of `metrics --json` and `/api/metrics`. */
export const metricsJson = (m: MetricsResult): string => `${JSON.stringify(m, null, 2)}\n`;
