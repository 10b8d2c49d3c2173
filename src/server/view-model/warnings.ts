/** The early warnings (预警) as a strip on the overview and the month view: what, what to do, where. */
import type { MetricsResult } from '../../metrics/index.ts';
import { warningText } from '../../messages/warnings.ts';
import { queryString, type Query } from '../query.ts';
import { AREAS, currentMonth } from './frame.ts';
import { TARGET_AREA } from './targets.ts';

export interface WarningsView {
  readonly heading: string;
  readonly items: readonly { readonly text: string; readonly action: string; readonly where: string; readonly href: string }[];
}

export function warningsView(m: MetricsResult, query: Query): WarningsView | null {
  if (m.warnings.length === 0) return null;
  const qs = queryString(query);
  const month = `/month/${currentMonth(m)}${queryString(query.asOf ? { asOf: query.asOf } : {})}`;
  const hrefOf = (area: string) => `${AREAS.find((a) => a.area === area)?.path ?? '/'}${qs}`;
  return {
    heading: `${warningText.heading}（${m.warnings.length}）`,
    items: m.warnings.map((w) => ({ text: w.text, action: w.action, where: w.where, href: w.target ? `${hrefOf(TARGET_AREA[w.target])}#${w.target}` : month })),
  };
}
