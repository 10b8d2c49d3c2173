/** A target's status as one line of a report section: label, value, target, 达标/未达标/无数据. */
import { targetOf, type MetricsResult, type TargetId, type TargetResult } from '../../metrics/index.ts';
import { STATUS_WORD, type Status } from '../status.ts';
import { figureText, targetValueText } from '../view/figure.ts';

export interface TargetLineView {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly target: string;
  readonly status: string;
  readonly tone: Status;
  /** Why there is no value. */
  readonly reason: string | null;
}

/** `≥ 80.0%` (the pass-rate trend: 逐月不下降). */
export const targetText = (t: Pick<TargetResult, 'id' | 'op' | 'target'>): string => targetValueText(t);

export function targetLine(t: TargetResult): TargetLineView {
  return {
    id: t.id,
    label: t.label,
    value: figureText(t, t.value),
    target: targetText(t),
    status: STATUS_WORD[t.status],
    tone: t.status,
    reason: t.status === 'no_data' ? (t.detail.reason ?? null) : null,
  };
}

/** The lines of the given targets that the result has, in the given order. */
export const targetLines = (m: MetricsResult, ids: readonly TargetId[]): TargetLineView[] => ids.map((id) => targetLine(targetOf(m, id)));
