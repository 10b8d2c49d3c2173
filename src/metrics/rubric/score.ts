/** One rule applied to one figure: points (never below 0, never above the item's 分值), or a veto. */
import type { RubricRule } from '../../ingest/values/index.ts';

export interface FigureValue {
  /** A rate (fraction). */
  readonly value: number;
  /** For a monthly figure: working months counted and those without. */
  readonly months?: { readonly counted: number; readonly without: number };
}

export type RuleOutcome = { readonly kind: 'points'; readonly score: number } | { readonly kind: 'veto'; readonly triggered: boolean };

/** Two decimals, without float noise. */
export const points = (x: number): number => Math.round(Number((x * 100).toPrecision(12))) / 100;

const capped = (x: number, max: number) => points(Math.min(max, Math.max(0, x)));

export function scoreRule(rule: RubricRule, figure: FigureValue, max: number): RuleOutcome {
  const v = figure.value;
  switch (rule.kind) {
    case 'threshold': {
      // Points off in proportion to the shortfall: 2.4 points below at 0.5 per point is 1.2 off.
      const shortfall = Math.max(0, Number((rule.full - v).toPrecision(12)));
      return { kind: 'points', score: capped(max - (shortfall / rule.step) * rule.deduct, max) };
    }
    case 'bands': {
      const band = rule.bands.find((b) => b.min === null || (b.strict ? v > b.min : v >= b.min));
      return { kind: 'points', score: capped(band?.score ?? 0, max) };
    }
    case 'monthly':
      if (rule.perMissing !== null && figure.months) return { kind: 'points', score: capped(max - figure.months.without * rule.perMissing, max) };
      return { kind: 'points', score: capped(v * max, max) };
    case 'share':
      return { kind: 'points', score: capped(v * max, max) };
    case 'veto':
      return { kind: 'veto', triggered: rule.inclusive ? v <= rule.below : v < rule.below };
  }
}
