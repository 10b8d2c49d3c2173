/** A target of the term plan, as data: id, label, default op and target, and how to compute it. */
import type { Op } from '../../ingest/values/index.ts';
import type { MetricsContext } from '../context.ts';

export type Detail = Readonly<Record<string, unknown>>;

/** A value with what a person needs to act on it, or no data with the reason (Chinese). */
export type Outcome =
  | { readonly value: number; readonly detail: Detail }
  | { readonly value: null; readonly detail: Detail & { readonly reason: string } };

export interface TargetDef {
  readonly id: string;
  /** As the term plan names it. */
  readonly label: string;
  readonly op: Op;
  readonly target: number;
  /** The plan's clause the target comes from. */
  readonly clause: string;
  readonly compute: (ctx: MetricsContext) => Outcome;
}

export const noData = (reason: string, detail: Detail = {}): Outcome => ({ value: null, detail: { reason, ...detail } });
