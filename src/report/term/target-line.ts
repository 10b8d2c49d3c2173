/** A target's status as one line of a report section: label, value, target, 达标/未达标/无数据. */
import { percent } from '../../messages/format.ts';
import { targetOf, type MetricsResult, type TargetId, type TargetResult } from '../../metrics/index.ts';
import { OP_SYMBOL, STATUS_WORD, type Status } from '../status.ts';

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

/** `≥ 80.0%` */
export const targetText = (t: Pick<TargetResult, 'op' | 'target'>): string => `${OP_SYMBOL[t.op] ?? t.op} ${percent(t.target)}`;

export function targetLine(t: TargetResult): TargetLineView {
  return {
    id: t.id,
    label: t.label,
    value: percent(t.value),
    target: targetText(t),
    status: STATUS_WORD[t.status],
    tone: t.status,
    reason: t.status === 'no_data' ? (t.detail.reason ?? null) : null,
  };
}

/** The lines of the given targets that the result has, in the given order. */
export const targetLines = (m: MetricsResult, ids: readonly TargetId[]): TargetLineView[] => ids.map((id) => targetLine(targetOf(m, id)));
