/**
 * Participation per activity: eligible staff (roster × 参加范围), how many of them were
 * marked present or excused, how many records the activity has at all, and how many
 * people (anyone, on the roster or not) attended. One mark per person and activity:
 * present wins over excused, excused over absent.
 */
import * as aq from 'arquero';
import type { ActivityRecord, Mark, Records } from '../ingest/records.ts';
import { isEligible } from './eligibility.ts';

export interface ActivityStat {
  readonly activity: ActivityRecord;
  /** Participation records of any kind, including names not on the roster. */
  readonly records: number;
  readonly eligible: number;
  /** Eligible staff marked present. */
  readonly present: number;
  /** Eligible staff marked excused (not present). */
  readonly excused: number;
  /** Distinct people marked present, in range or not, on the roster or not. */
  readonly attendees: number;
}

const RANK: Readonly<Record<Mark, number>> = { absent: 0, excused: 1, present: 2 };
const op = aq.op;

export function activityStats(
  records: Records,
  activities: readonly ActivityRecord[],
  young: (staffIndex: number) => boolean,
): ActivityStat[] {
  const index = new Map(activities.map((a, i) => [a.key, i]));
  const staffCount = records.staff.length;
  const counts = new Array<number>(activities.length).fill(0);
  const attendees = activities.map(() => new Set<string>());
  /** Best mark per (activity, roster row) at activity × staffCount + row; −1 = no mark. */
  const best = new Int8Array(activities.length * staffCount).fill(-1);
  for (const p of records.participation) {
    const a = p.activityKey === null ? undefined : index.get(p.activityKey);
    if (a === undefined) continue;
    counts[a]!++;
    if (p.mark === 'present') attendees[a]!.add(p.name);
    if (p.staffIndex === null) continue;
    const k = a * staffCount + p.staffIndex;
    best[k] = Math.max(best[k]!, RANK[p.mark]);
  }

  // One row per eligible (activity, staff) pair, rolled up per activity.
  const activity = new Int32Array(best.length);
  const present = new Uint8Array(best.length);
  const excused = new Uint8Array(best.length);
  let n = 0;
  activities.forEach((a, ai) => {
    records.staff.forEach((s, si) => {
      if (!isEligible(s, a.range, young(si))) return;
      const rank = best[ai * staffCount + si];
      activity[n] = ai;
      present[n] = rank === RANK.present ? 1 : 0;
      excused[n] = rank === RANK.excused ? 1 : 0;
      n++;
    });
  });
  const perActivity = aq
    .table({ activity: activity.subarray(0, n), present: present.subarray(0, n), excused: excused.subarray(0, n) })
    .groupby('activity')
    .rollup({ eligible: op.count(), present: op.sum('present'), excused: op.sum('excused') })
    .objects() as { activity: number; eligible: number; present: number; excused: number }[];
  const byIndex = new Map(perActivity.map((r) => [r.activity, r]));

  return activities.map((a, i) => ({
    activity: a,
    records: counts[i]!,
    eligible: byIndex.get(i)?.eligible ?? 0,
    present: byIndex.get(i)?.present ?? 0,
    excused: byIndex.get(i)?.excused ?? 0,
    attendees: attendees[i]!.size,
  }));
}
