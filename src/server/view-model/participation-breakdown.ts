/**
 * Participation by department and the staff who took part in none of the counted 文体活动.
 * Metrics give the per-activity figures only; this splits the same (activity, eligible
 * person) pairs by department and by person, using metrics' own eligibility rules, so the
 * departments add up to the target's present and eligible totals.
 */
import type { IngestResult, Mark } from '../../ingest/index.ts';
import type { MetricsResult } from '../../metrics/index.ts';
import { isEligible, isYoung } from '../../metrics/eligibility.ts';
import { resolveSettings } from '../../metrics/settings.ts';
import type { DepartmentParticipation } from '../../report/charts/index.ts';
import { rows, str, target } from '../../report/charts/detail.ts';

export const NO_DEPARTMENT = '未填部门';

export interface NonParticipant {
  readonly name: string;
  readonly department: string;
  /** Counted activities the person was eligible for. */
  readonly eligible: number;
  readonly excused: number;
}

export interface ParticipationBreakdown {
  readonly departments: readonly DepartmentParticipation[];
  readonly nonParticipants: readonly NonParticipant[];
  readonly present: number;
  readonly eligible: number;
}

const RANK: Readonly<Record<Mark, number>> = { absent: 0, excused: 1, present: 2 };

export function participationBreakdown(ingest: IngestResult, m: MetricsResult): ParticipationBreakdown {
  const { records } = ingest;
  const counted = new Set(rows(target(m, 'participation_rate')?.detail, 'activities').map((a) => `${str(a, 'name')}\u0000${str(a, 'date')}`));
  const activities = records.activities.filter((a) => counted.has(`${a.name}\u0000${a.date}`));
  const keys = new Map(activities.map((a, i) => [a.key, i]));
  const staffCount = records.staff.length;
  const best = new Int8Array(activities.length * staffCount).fill(-1);
  for (const p of records.participation) {
    const a = p.activityKey === null ? undefined : keys.get(p.activityKey);
    if (a === undefined || p.staffIndex === null) continue;
    const k = a * staffCount + p.staffIndex;
    best[k] = Math.max(best[k]!, RANK[p.mark]);
  }
  const { youngAge } = resolveSettings(records.settings).settings;
  const young = records.staff.map((s) => isYoung(s, m.term.start, youngAge));

  const departments = new Map<string, { eligible: number; present: number }>();
  const people = records.staff.map(() => ({ eligible: 0, present: 0, excused: 0 }));
  activities.forEach((a, ai) => {
    records.staff.forEach((s, si) => {
      if (!isEligible(s, a.range, young[si]!)) return;
      const rank = best[ai * staffCount + si]!;
      const dept = s.department ?? NO_DEPARTMENT;
      const d = departments.get(dept) ?? { eligible: 0, present: 0 };
      d.eligible++;
      people[si]!.eligible++;
      if (rank === RANK.present) {
        d.present++;
        people[si]!.present++;
      } else if (rank === RANK.excused) people[si]!.excused++;
      departments.set(dept, d);
    });
  });

  const list = [...departments].map(([department, d]) => ({ department, ...d, rate: d.eligible > 0 ? d.present / d.eligible : null }));
  return {
    departments: list,
    nonParticipants: records.staff.flatMap((s, i) => {
      const p = people[i]!;
      return p.eligible > 0 && p.present === 0 ? [{ name: s.displayName, department: s.department ?? NO_DEPARTMENT, eligible: p.eligible, excused: p.excused }] : [];
    }),
    present: list.reduce((n, d) => n + d.present, 0),
    eligible: list.reduce((n, d) => n + d.eligible, 0),
  };
}
