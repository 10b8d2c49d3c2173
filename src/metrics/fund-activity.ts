/** Which activity a fund row pays for: its 活动 cell, else the activity its 摘要 names. */
import { normalizeActivity } from '../ingest/ledgers/activity-match.ts';
import type { ActivityRecord, FundRecord } from '../ingest/records.ts';

const dayDistance = (a: string, b: string) => Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`));

/** Returns a matcher; the longest name wins, and among same-named activities the nearest date. */
export function fundActivityMatcher(activities: readonly ActivityRecord[]): (f: FundRecord) => ActivityRecord | null {
  const named = activities
    .map((a) => ({ a, name: normalizeActivity(a.name) }))
    .filter((x) => x.name.length > 0)
    .sort((x, y) => y.name.length - x.name.length);
  return (f) => {
    const text = normalizeActivity(f.activity ?? f.description);
    const hits = f.activity !== null ? named.filter((x) => x.name === text) : named.filter((x) => text.includes(x.name));
    if (hits.length === 0) return null;
    const longest = hits.filter((x) => x.name.length === hits[0]!.name.length);
    return longest.reduce((best, x) => (dayDistance(x.a.date, f.date) < dayDistance(best.a.date, f.date) ? x : best)).a;
  };
}
