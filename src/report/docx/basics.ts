/** 一、基本情况: the term, the staff counted, the activities held and the targets' tally. */
import { targetOf, type MetricsResult } from '../../metrics/index.ts';
import { draftTextFor } from '../../messages/docx-summary.ts';
import { dateZh, num } from '../../messages/format.ts';
import { termText } from '../../messages/term-report.ts';
import type { ReportKind } from '../view/report-kind.ts';


/** 文体活动 held up to as-of, with or without sign-in (the term report's count). */
export function sportsHeld(m: MetricsResult): number {
  const d = targetOf(m, 'participation_rate').detail;
  return d.activities.length + d.excluded.length;
}

/** Staff in the participation count: everyone eligible for at least one counted 文体活动 (merged groups included). */
export const staffCounted = (m: MetricsResult): number => m.participation.by_department.reduce((n, r) => n + r.people, 0);

/** Activities of the term up to as-of, by category in order of first appearance. */
export function activitiesByCategory(m: MetricsResult): { category: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const x of m.activities) if (x.date >= m.term.start && x.date <= m.as_of) counts.set(x.category, (counts.get(x.category) ?? 0) + 1);
  return [...counts].map(([category, count]) => ({ category, count }));
}

export function basicsParagraphs(m: MetricsResult, kind: ReportKind): string[] {
  const b = draftTextFor(m.term.kind).basics;
  const byCategory = activitiesByCategory(m);
  const staff = staffCounted(m);
  const count = (s: string) => m.targets.filter((t) => t.status === s).length;
  const first =
    b.period({ term: m.term.label, span: termText.span(m.term.start, m.term.end), kind, asOf: dateZh(m.as_of) }) +
    (staff > 0 ? b.staff(staff) : '') +
    b.activities({ total: byCategory.reduce((n, c) => n + c.count, 0), byCategory });
  const tally = b.targets({ total: m.targets.length, met: count('met'), notMet: count('not_met'), noData: count('no_data') });
  const evaluation = kind === 'final' ? (m.evaluation.total === null ? b.noEvaluation : b.evaluation(num(m.evaluation.total))) : '';
  return [first, tally + evaluation];
}
