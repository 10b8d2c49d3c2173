/**
 * One definition of how a (term, as-of) request turns into the options of ingest and of
 * computeMetrics, and how the result is written as JSON: the CLI and the server share it,
 * so `/api/metrics` is exactly `metrics --json`.
 */
import type { IngestOptions } from '../ingest/index.ts';
import type { MetricsOptions } from './compute.ts';
import type { MetricsResult } from './result.ts';

export interface Period {
  /** Term id; absent = the term containing asOf (or the settings' term). */
  readonly term?: string;
  /** `YYYY-MM-DD`; absent = today. */
  readonly asOf?: string;
}

/** Ingest reads year-less dates in the chosen term and checks sign-ins as of the chosen day. */
export const ingestOptionsFor = (p: Period, today: string): IngestOptions => ({
  today,
  asOf: p.asOf ?? today,
  ...(p.term ? { term: p.term } : {}),
});

export const metricsOptionsFor = (p: Period, today: string): MetricsOptions => ({
  today,
  ...(p.term ? { term: p.term } : {}),
  ...(p.asOf ? { asOf: p.asOf } : {}),
});

/** The text of `metrics --json` and `/api/metrics`. */
export const metricsJson = (m: MetricsResult): string => `${JSON.stringify(m, null, 2)}\n`;
