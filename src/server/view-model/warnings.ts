/** The early warnings (预警) as a strip on the overview and the month view: what, what to do, where. */
import type { MetricsResult } from '../../metrics/index.ts';
import { warningText } from '../../messages/warnings.ts';
import type { Query } from '../query.ts';
import { areaHref } from './frame.ts';
import { TARGET_AREA } from './targets.ts';

export interface WarningsView {
  readonly heading: string;
  /** One line each (the month view on a projector); what to do is on the overview. */
  readonly compact: boolean;
  readonly more: { readonly text: string; readonly href: string } | null;
  readonly items: readonly { readonly text: string; readonly action: string; readonly where: string; readonly href: string }[];
}

export interface WarningsOptions {
  /** One line each (the month view). */
  readonly compact?: boolean;
  /** Lines before "另有 N 条"; default all. */
  readonly max?: number;
}

export function warningsView(m: MetricsResult, query: Query, { compact = false, max = Infinity }: WarningsOptions = {}): WarningsView | null {
  if (m.warnings.length === 0) return null;
  const shown = m.warnings.slice(0, max);
  return {
    heading: warningText.headingCount(m.warnings.length),
    compact,
    more: shown.length < m.warnings.length ? { text: warningText.more(m.warnings.length - shown.length), href: areaHref('overview', m, query) } : null,
    items: shown.map((w) => ({ text: w.text, action: w.action, where: w.where, href: w.target ? `${areaHref(TARGET_AREA[w.target], m, query)}#${w.target}` : areaHref('month', m, query) })),
  };
}
