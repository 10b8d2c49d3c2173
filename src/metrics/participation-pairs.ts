/**
 * Every eligible (activity, roster row) pair of the term's activities with that person's one
 * mark: present wins over excused, excused over absent. The per-activity figures and the split
 * by department and person all roll up this one table, so they add up to the same totals.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { ActivityRecord, Mark, Records } from '../ingest/records.ts';
import { MARKS } from '../ingest/participation-table.ts';
import { isEligible } from './eligibility.ts';

export interface ParticipationPairs {
  /** Columns: activity (index into the activities given), staff (roster index), present and excused (0/1). */
  readonly pairs: ColumnTable;
  /** Participation records per activity, of any kind, including names not on the roster. */
  readonly records: readonly number[];
  /** Distinct people marked present per activity, in range or not, on the roster or not. */
  readonly attendees: readonly number[];
}

const RANK: Readonly<Record<Mark, number>> = { absent: 0, excused: 1, present: 2 };

export function participationPairs(
  records: Records,
  activities: readonly ActivityRecord[],
  young: (staffIndex: number) => boolean,
): ParticipationPairs {
  const index = new Map(activities.map((a, i) => [a.key, i]));
  const staffCount = records.staff.length;
  const t = records.participation;
  /** The activities' index of each of the table's activity entries; −1 = none of them. */
  const activityOf = Int32Array.from(t.activityKeys, (key) => (key === null ? undefined : index.get(key)) ?? -1);
  const rank = Int8Array.from(MARKS, (m) => RANK[m]);
  const counts = new Array<number>(activities.length).fill(0);
  const attendees = activities.map(() => new Set<number>());
  /** Best mark per (activity, roster row) at activity × staffCount + row; −1 = no mark. */
  const best = new Int8Array(activities.length * staffCount).fill(-1);
  for (let i = 0; i < t.length; i++) {
    const a = activityOf[t.activity[i]!]!;
    if (a < 0) continue;
    counts[a]!++;
    const r = rank[t.mark[i]!]!;
    if (r === RANK.present) attendees[a]!.add(t.name[i]!);
    const s = t.staffIndex[i]!;
    if (s < 0) continue;
    const k = a * staffCount + s;
    if (r > best[k]!) best[k] = r;
  }

  const activity = new Int32Array(best.length);
  const staff = new Int32Array(best.length);
  const present = new Uint8Array(best.length);
  const excused = new Uint8Array(best.length);
  let n = 0;
  activities.forEach((a, ai) => {
    records.staff.forEach((s, si) => {
      if (!isEligible(s, a.range, young(si))) return;
      const rank = best[ai * staffCount + si];
      activity[n] = ai;
      staff[n] = si;
      present[n] = rank === RANK.present ? 1 : 0;
      excused[n] = rank === RANK.excused ? 1 : 0;
      n++;
    });
  });
  return {
    pairs: aq.table({ activity: activity.subarray(0, n), staff: staff.subarray(0, n), present: present.subarray(0, n), excused: excused.subarray(0, n) }),
    records: counts,
    attendees: attendees.map((s) => s.size),
  };
}
