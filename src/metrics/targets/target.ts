/** A target of the term plan, as data: id, default op and target, and how to compute it with a detail of its own type. */
import type { Op } from '../../ingest/values/index.ts';
import type { MetricsContext } from '../context.ts';
import type { TargetDetails } from './details.ts';
import type { TargetId } from './ids.ts';

/** Why a target has no value (Chinese), present only then. */
export interface NoDataReason {
  readonly reason?: string;
}

/** A value with what a person needs to act on it, or no data with the reason; the detail has its full shape either way. */
export type Outcome<D> =
  | { readonly value: number; readonly detail: D }
  | { readonly value: null; readonly detail: D & { readonly reason: string } };

export interface TargetDef<K extends TargetId = TargetId> {
  readonly id: K;
  readonly op: Op;
  readonly target: number;
  readonly compute: (ctx: MetricsContext) => Outcome<TargetDetails[K]>;
}

export const noData = <D extends object>(reason: string, detail: D): Outcome<D> => ({ value: null, detail: { reason, ...detail } });
