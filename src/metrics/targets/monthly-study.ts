import { monthlyActivity } from './monthly-activity.ts';
import type { TargetDef } from './target.ts';

/** What counts as a 集中学习或主题活动. */
export const STUDY_CATEGORIES = ['理论学习', '师德建设', '主题活动'] as const;

export const monthlyStudy: TargetDef<'monthly_study'> = {
  id: 'monthly_study',
  op: '>=',
  target: 1,
  compute: (ctx) => monthlyActivity(ctx, STUDY_CATEGORIES),
};
