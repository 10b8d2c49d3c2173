import type { Op } from '../ingest/values/index.ts';

export type Status = 'met' | 'not_met' | 'no_data';

/** Ratios of counts can land a hair off a round target (0.1 + 0.2); that is not a miss. */
const EPS = 1e-9;

const COMPARE: Readonly<Record<Op, (v: number, t: number) => boolean>> = {
  '>=': (v, t) => v >= t - EPS,
  '<=': (v, t) => v <= t + EPS,
  '>': (v, t) => v > t + EPS,
  '<': (v, t) => v < t - EPS,
  '=': (v, t) => Math.abs(v - t) <= EPS,
};

export function statusOf(value: number | null, op: Op, target: number): Status {
  if (value === null) return 'no_data';
  return COMPARE[op](value, target) ? 'met' : 'not_met';
}
