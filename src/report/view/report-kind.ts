/**
 * A term report is the term-end 期末总评 once as-of reaches the term's last working month
 * (June, January: when schools do their term-end review), and the 期中自查 before that.
 */
import type { MetricsResult } from '../../metrics/index.ts';

export type ReportKind = 'final' | 'midterm';

export function reportKind(m: Pick<MetricsResult, 'as_of' | 'term'>): ReportKind {
  const last = m.term.working_months.at(-1) ?? m.term.end.slice(0, 7);
  return m.as_of.slice(0, 7) >= last ? 'final' : 'midterm';
}
