/** The 文体活动 participation_rate looks at: dated from the term's start to asOf; counted when they have sign-in records. */
import type { ActivityStat } from './activity-stats.ts';
import { upToAsOf, type MetricsContext } from './context.ts';

export const sportsUpToAsOf = (ctx: MetricsContext): ActivityStat[] =>
  ctx.facts.activities.filter((s) => s.activity.category === '文体活动' && upToAsOf(ctx, s.activity.date));

export const hasSignIn = (s: ActivityStat): boolean => s.records > 0;
