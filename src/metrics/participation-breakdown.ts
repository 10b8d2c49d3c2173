/**
 * 文体活动 participation by department, and the staff who took part in none: the eligible
 * (activity, person) pairs of the activities participation_rate counts, split by the person's
 * department and by person, so the departments add up to the target's present and eligible.
 */
import * as aq from 'arquero';
import { clean, type MetricsContext } from './context.ts';
import { hasSignIn, sportsUpToAsOf } from './sports.ts';

export interface DepartmentParticipationRow {
  /** As on the roster; null when the roster gives none. */
  readonly department: string | null;
  /** Eligible (activity, person) pairs. */
  readonly eligible: number;
  readonly present: number;
  readonly rate: number;
  /** Staff of the department with at least one eligible pair. */
  readonly people: number;
  /** Set on the one row that merges this many small groups (and their complements) for privacy; department is null. */
  readonly merged?: number;
}

export interface AbsenteeRow {
  readonly name: string;
  readonly department: string | null;
  /** Counted activities the person was eligible for. */
  readonly eligible: number;
  /** Of those, the ones the person was excused from. */
  readonly excused: number;
}

export interface ParticipationBreakdown {
  /** In order of first appearance: activities in ledger order, then people in roster order. */
  readonly by_department: readonly DepartmentParticipationRow[];
  /** Eligible for at least one counted activity and present at none, in roster order. */
  readonly absentees: readonly AbsenteeRow[];
}

interface Pair {
  readonly activity: number;
  readonly staff: number;
}

const op = aq.op;

export function participationBreakdown(ctx: MetricsContext): ParticipationBreakdown {
  const { staff } = ctx.records;
  const ledgerIndex = new Map(ctx.records.activities.map((a, i) => [a, i]));
  const wanted = new Set(sportsUpToAsOf(ctx).filter(hasSignIn));
  // Per activity of the term: its row in the ledger when counted, else −1.
  const place = ctx.facts.activities.map((s) => (wanted.has(s) ? (ledgerIndex.get(s.activity) ?? -1) : -1));
  const pairs = ctx.facts.pairs.filter(aq.escape((d: Pair) => place[d.activity]! >= 0)).derive({
    department: aq.escape((d: Pair) => staff[d.staff]?.department ?? null),
    order: aq.escape((d: Pair) => place[d.activity]! * staff.length + d.staff),
  });

  const departments = pairs
    .groupby('department')
    .rollup({ eligible: op.count(), present: op.sum('present'), people: op.distinct('staff'), first: op.min('order') })
    .orderby('first')
    .objects() as { department: string | null; eligible: number; present: number; people: number }[];
  const people = pairs
    .groupby('staff')
    .rollup({ eligible: op.count(), present: op.sum('present'), excused: op.sum('excused') })
    .filter((d: { present: number }) => d.present === 0)
    .orderby('staff')
    .objects() as { staff: number; eligible: number; excused: number }[];

  return {
    by_department: departments.map((d) => ({ department: d.department, eligible: d.eligible, present: d.present, rate: clean(d.present / d.eligible), people: d.people })),
    absentees: people.map((p) => ({
      name: staff[p.staff]?.displayName ?? '',
      department: staff[p.staff]?.department ?? null,
      eligible: p.eligible,
      excused: p.excused,
    })),
  };
}
