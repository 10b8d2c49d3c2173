import { monthlyActivity } from './monthly-activity.ts';
import type { TargetDef } from './target.ts';

export const monthlyStudy: TargetDef<'monthly_study'> = {
  id: 'monthly_study',
  op: '>=',
  target: 1,
  compute: (ctx) => monthlyActivity(ctx, ['理论学习', '师德建设', '主题活动']),
};
