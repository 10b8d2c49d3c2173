/**
 * 期末总评: four dimensions 0–100 with weights from settings. A dimension that cannot be
 * scored (no data, or 创新性 not given) is left out and the total re-weighted.
 */
import type { SheetReport } from '../ingest/index.ts';
import { dimensionLabels } from '../messages/metrics.ts';
import type { MetricsSettings } from './settings.ts';
import type { Status } from './status.ts';

export type DimensionId = keyof typeof dimensionLabels;

/** The evidence behind each dimension's score. */
export interface DimensionDetails {
  readonly completion: { readonly met: number; readonly counted: number };
  readonly compliance: { readonly archive_completion: number | null; readonly rows_used: number; readonly rows_rejected: number };
  readonly satisfaction: { readonly s_this: number | null };
  readonly innovation: { readonly notes: string | null };
}

export type Dimension = {
  readonly [K in DimensionId]: {
    readonly id: K;
    readonly label: string;
    /** 0–100, or null when not scored. */
    readonly score: number | null;
    readonly weight: number;
    readonly detail: DimensionDetails[K];
  };
}[DimensionId];

export interface Evaluation {
  readonly dimensions: readonly Dimension[];
  /**
   * Weighted mean over the scored dimensions; null when a dimension the ledgers should give
   * (完成度, 规范性, 满意度) cannot be scored: a total without it would read as a verdict.
   * 创新性 left out by the committee is re-weighted instead.
   */
  readonly total: number | null;
  /** The ledger dimensions that could not be scored (no data for them in the term). */
  readonly unscored: readonly DimensionId[];
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
  // The upper union's rubric is not a ledger of the term's work: it leaves 规范性 as it was.
  const ledgers = sheets.filter((s) => s.kind !== 'rubric');
  const used = ledgers.reduce((n, s) => n + s.rows_used, 0);
  const rejected = ledgers.reduce((n, s) => n + s.rows_rejected, 0);
  const rowShare = used + rejected > 0 ? used / (used + rejected) : null;
  const compliance = mean([archive, rowShare].filter((x): x is number => x !== null).map((x) => x * 100));

  const w = settings.weights;
  const dim = <K extends DimensionId>(id: K, value: number | null, weight: number, detail: DimensionDetails[K]) =>
    ({ id, label: dimensionLabels[id], score: value === null ? null : score(value), weight, detail }) as Dimension;
  const dimensions: Dimension[] = [
    dim('completion', counted.length ? (met / counted.length) * 100 : null, w.completion, { met, counted: counted.length }),
    dim('compliance', compliance, w.compliance, { archive_completion: archive, rows_used: used, rows_rejected: rejected }),
    dim('satisfaction', satisfaction === null ? null : satisfaction * 100, w.satisfaction, { s_this: satisfaction }),
    dim('innovation', settings.innovation?.score ?? null, w.innovation, { notes: settings.innovation?.notes ?? null }),
  ];
  // Unrounded values weigh in, as before the scores are rounded for display.
  const raw = [
    counted.length ? (met / counted.length) * 100 : null,
    compliance,
    satisfaction === null ? null : satisfaction * 100,
    settings.innovation?.score ?? null,
  ];
  const scored = dimensions.flatMap((d, i) => (raw[i] !== null && d.weight > 0 ? [{ value: raw[i]!, weight: d.weight }] : []));
  const weights = scored.reduce((n, d) => n + d.weight, 0);
  const unscored = dimensions.filter((d) => d.id !== 'innovation' && d.score === null && d.weight > 0).map((d) => d.id);
  const total = weights > 0 && unscored.length === 0 ? score(scored.reduce((n, d) => n + d.value * d.weight, 0) / weights) : null;
  return { dimensions, total, unscored };
}
