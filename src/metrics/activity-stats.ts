/**
 * Participation per activity: eligible staff (roster × 参加范围), how many of them were
 * marked present or excused, how many records the activity has at all, and how many
 * people (anyone, on the roster or not) attended.
 */
import * as aq from 'arquero';
import type { ActivityRecord } from '../ingest/records.ts';
import type { ParticipationPairs } from './participation-pairs.ts';

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

const op = aq.op;

/** `activities` are the ones `p` was built from, in the same order. */
export function activityStats(activities: readonly ActivityRecord[], p: ParticipationPairs): ActivityStat[] {
  const perActivity = p.pairs
    .groupby('activity')
    .rollup({ eligible: op.count(), present: op.sum('present'), excused: op.sum('excused') })
    .objects() as { activity: number; eligible: number; present: number; excused: number }[];
  const byIndex = new Map(perActivity.map((r) => [r.activity, r]));

  return activities.map((a, i) => ({
    activity: a,
    records: p.records[i]!,
    eligible: byIndex.get(i)?.eligible ?? 0,
    present: byIndex.get(i)?.present ?? 0,
    excused: byIndex.get(i)?.excused ?? 0,
    attendees: p.attendees[i]!,
  }));
}
