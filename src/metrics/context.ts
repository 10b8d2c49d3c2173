/** What a target computes from: the records, the resolved term and settings, and asOf. */
import type { Records } from '../ingest/records.ts';
import type { Term } from '../term/term.ts';
import type { TermFacts } from './facts.ts';
import type { MetricsSettings } from './settings.ts';
import { monthEnd } from './months.ts';

export interface MetricsContext {
  readonly records: Records;
  readonly term: Term;
  /** Within the term or before it; never after its end. */
  readonly asOf: string;
  readonly settings: MetricsSettings;
  readonly facts: TermFacts;
}

/** Dated within [term start, asOf]. */
export const upToAsOf = (ctx: MetricsContext, date: string): boolean => date >= ctx.term.start && date <= ctx.asOf;

/** Working months whole or begun by asOf. */
export const workingMonthsSoFar = (ctx: MetricsContext): readonly string[] =>
  ctx.term.workingMonths.filter((m) => m <= ctx.asOf.slice(0, 7));

/**
 * The working months an "every month" target counts (metrics.md): a month once it has ended
 * by asOf, or earlier once it already has what the target asks for; a month still in progress
 * without it is in progress, never missed.
 */
export function countedMonths(ctx: MetricsContext, has: (month: string) => boolean): { counted: string[]; inProgress: string[] } {
  const counted: string[] = [];
  const inProgress: string[] = [];
  for (const m of workingMonthsSoFar(ctx)) {
    if (monthEnd(m) <= ctx.asOf || has(m)) counted.push(m);
    else inProgress.push(m);
  }
  return { counted, inProgress };
}

/** Removes float noise from a ratio (0.1 + 0.2 → 0.3), keeping 12 significant digits. */
export const clean = (x: number): number => Number(x.toPrecision(12));
