import { clean } from '../context.ts';
import { noDataText } from '../../messages/metrics.ts';
import { hasSignIn, sportsUpToAsOf } from '../sports.ts';
import { noData, type TargetDef } from './target.ts';

export const participationRate: TargetDef = {
  id: 'participation_rate',
  label: '文体活动参与率',
  op: '>=',
  target: 0.85,
  clause: '教职工文体活动参与率达 85% 以上',
  compute(ctx) {
    const sports = sportsUpToAsOf(ctx);
    if (sports.length === 0) return noData(noDataText.noActivitiesInRange('文体活动', ctx.asOf));
    const counted = sports.filter(hasSignIn);
    const excluded = sports
      .filter((s) => !hasSignIn(s))
      .map((s) => ({ name: s.activity.name, date: s.activity.date, reason: 'no_signin' }));
    const activities = counted.map((s) => ({
      name: s.activity.name,
      date: s.activity.date,
      range: s.activity.rangeText || '全体',
      eligible: s.eligible,
      present: s.present,
      excused: s.excused,
      absent: s.eligible - s.present - s.excused,
      rate: s.eligible > 0 ? clean(s.present / s.eligible) : null,
    }));
    const present = activities.reduce((n, a) => n + a.present, 0);
    const eligible = activities.reduce((n, a) => n + a.eligible, 0);
    const detail = { present, eligible, activities, excluded };
    if (counted.length === 0) return noData(noDataText.noSignIn(ctx.asOf), detail);
    if (eligible === 0) return noData(noDataText.noEligible, detail);
    return { value: clean(present / eligible), detail };
  },
};
