/**
 * 期末总评: four dimensions 0–100 with weights from settings. A dimension that cannot be
 * scored (no data, or 创新性 not given) is left out and the total re-weighted.
 */
import type { SheetReport } from '../ingest/index.ts';
import { dimensionLabels } from '../messages/metrics.ts';
import type { MetricsSettings } from './settings.ts';
import type { Status } from './status.ts';

export type DimensionId = keyof typeof dimensionLabels;

export interface Dimension {
  readonly id: DimensionId;
  readonly label: string;
  /** 0–100, or null when not scored. */
  readonly score: number | null;
  readonly weight: number;
  readonly detail: Readonly<Record<string, unknown>>;
}

export interface Evaluation {
  readonly dimensions: readonly Dimension[];
  /** Weighted mean over the scored dimensions; null when none is scored. */
  readonly total: number | null;
}

export interface EvaluationInput {
  readonly targets: readonly { readonly id: string; readonly value: number | null; readonly status: Status }[];
  readonly sheets: readonly SheetReport[];
  readonly satisfaction: number | null;
  readonly settings: MetricsSettings;
}

const score = (x: number) => Math.round(x * 100) / 100;
const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

export function evaluate(input: EvaluationInput): Evaluation {
  const { targets, sheets, satisfaction, settings } = input;
  const counted = targets.filter((t) => t.status !== 'no_data');
  const met = counted.filter((t) => t.status === 'met').length;

  const archive = targets.find((t) => t.id === 'archive_completion')?.value ?? null;
  const used = sheets.reduce((n, s) => n + s.rows_used, 0);
  const rejected = sheets.reduce((n, s) => n + s.rows_rejected, 0);
  const rowShare = used + rejected > 0 ? used / (used + rejected) : null;
  const compliance = mean([archive, rowShare].filter((x): x is number => x !== null).map((x) => x * 100));

  const w = settings.weights;
  const raw: readonly [DimensionId, number | null, number, Dimension['detail']][] = [
    ['completion', counted.length ? (met / counted.length) * 100 : null, w.completion, { met, counted: counted.length }],
    ['compliance', compliance, w.compliance, { archive_completion: archive, rows_used: used, rows_rejected: rejected }],
    ['satisfaction', satisfaction === null ? null : satisfaction * 100, w.satisfaction, { s_this: satisfaction }],
    ['innovation', settings.innovation?.score ?? null, w.innovation, { notes: settings.innovation?.notes ?? null }],
  ];
  const scored = raw.filter(([, value, weight]) => value !== null && weight > 0);
  const weights = scored.reduce((n, [, , weight]) => n + weight, 0);
  const total = weights > 0 ? score(scored.reduce((n, [, value, weight]) => n + value! * weight, 0) / weights) : null;
  return {
    dimensions: raw.map(([id, value, weight, detail]) => ({ id, label: dimensionLabels[id], score: value === null ? null : score(value), weight, detail })),
    total,
  };
}
