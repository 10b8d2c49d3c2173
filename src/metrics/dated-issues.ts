/**
 * Findings that depend on the day a view is for, so they live here and not in ingest: a
 * 文体活动 held by as-of with no sign-in record at all (an activity next month has none yet,
 * and that is no finding). `check --as-of` and `metrics --as-of` report the same.
 */
import { makeIssue, type LedgerIssue } from '../ingest/issues.ts';
import type { Records } from '../ingest/records.ts';
import type { Period } from './period.ts';

export function datedIssues(records: Records, { term, asOf }: Period): LedgerIssue[] {
  const signed = new Set(records.participation.activityKeys);
  return records.activities
    .filter((a) => a.category === '文体活动' && a.date >= term.start && a.date <= asOf && !signed.has(a.key))
    .map((a) => makeIssue(a.ref, 'no_signin', { name: a.name, date: a.date }));
}
