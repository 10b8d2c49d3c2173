/** The early warnings (预警) as a strip on the overview and the month view: what, what to do, where. */
import type { MetricsResult } from '../../metrics/index.ts';
import { warningText } from '../../messages/warnings.ts';
import { queryString, type Query } from '../query.ts';
import { AREAS, currentMonth } from './frame.ts';
import { TARGET_AREA } from './targets.ts';

export interface WarningsView {
  readonly heading: string;
  /** One line each (the month view on a projector); what to do is on the overview. */
  readonly compact: boolean;
  readonly more: { readonly text: string; readonly href: string } | null;
  readonly items: readonly { readonly text: string; readonly action: string; readonly where: string; readonly href: string }[];
}

/** Lines of the compact strip before "另有 N 条". */
const COMPACT_MAX = 4;

export function warningsView(m: MetricsResult, query: Query, compact = false): WarningsView | null {
  if (m.warnings.length === 0) return null;
  const qs = queryString(query);
  const month = `/month/${currentMonth(m)}${queryString(query.asOf ? { asOf: query.asOf } : {})}`;
  const hrefOf = (area: string) => `${AREAS.find((a) => a.area === area)?.path ?? '/'}${qs}`;
  const shown = compact ? m.warnings.slice(0, COMPACT_MAX) : m.warnings;
  return {
    heading: warningText.headingCount(m.warnings.length),
    compact,
    more: shown.length < m.warnings.length ? { text: warningText.more(m.warnings.length - shown.length), href: `/${qs}` } : null,
    items: shown.map((w) => ({ text: w.text, action: w.action, where: w.where, href: w.target ? `${hrefOf(TARGET_AREA[w.target])}#${w.target}` : month })),
  };
}
