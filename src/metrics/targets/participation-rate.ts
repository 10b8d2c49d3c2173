import { ALL_RANGE } from '../../ingest/values/index.ts';
import { clean } from '../context.ts';
import { noDataText } from '../../messages/metrics.ts';
import { hasSignIn, sportsUpToAsOf } from '../sports.ts';
import { noData, type TargetDef } from './target.ts';

export interface ParticipationActivity {
  readonly name: string;
  readonly date: string;
  readonly range: string;
  readonly eligible: number;
  readonly present: number;
  readonly excused: number;
  readonly absent: number;
  /** present ÷ eligible; null when nobody is eligible. */
  readonly rate: number | null;
}

export interface ParticipationDetail {
  readonly present: number;
  readonly eligible: number;
  /** The 文体活动 counted: held by as-of, with sign-in records. */
  readonly activities: readonly ParticipationActivity[];
  /** Held by as-of without any sign-in record: not counted (never as 0%). */
  readonly excluded: readonly { readonly name: string; readonly date: string; readonly reason: 'no_signin' }[];
}

const EMPTY: ParticipationDetail = { present: 0, eligible: 0, activities: [], excluded: [] };

export const participationRate: TargetDef<'participation_rate'> = {
  id: 'participation_rate',
  op: '>=',
  target: 0.85,
  compute(ctx) {
    const sports = sportsUpToAsOf(ctx);
    if (sports.length === 0) return noData(noDataText.noActivitiesInRange('文体活动', ctx.asOf, ctx.term.kind), EMPTY);
    const counted = sports.filter(hasSignIn);
    const excluded = sports
      .filter((s) => !hasSignIn(s))
      .map((s) => ({ name: s.activity.name, date: s.activity.date, reason: 'no_signin' as const }));
    const activities = counted.map((s) => ({
      name: s.activity.name,
      date: s.activity.date,
      range: s.activity.rangeText || ALL_RANGE,
      eligible: s.eligible,
      present: s.present,
      excused: s.excused,
      absent: s.eligible - s.present - s.excused,
      rate: s.eligible > 0 ? clean(s.present / s.eligible) : null,
    }));
    const present = activities.reduce((n, a) => n + a.present, 0);
    const eligible = activities.reduce((n, a) => n + a.eligible, 0);
    const detail = { present, eligible, activities, excluded };
    if (counted.length === 0) return noData(noDataText.noSignIn(ctx.asOf, ctx.term.kind), detail);
    if (eligible === 0) return noData(noDataText.noEligible, detail);
    return { value: clean(present / eligible), detail };
  },
};
