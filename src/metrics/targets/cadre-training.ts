import { monthlyActivity } from './monthly-activity.ts';
import type { TargetDef } from './target.ts';

export const cadreTraining: TargetDef<'cadre_training'> = {
  id: 'cadre_training',
  op: '>=',
  target: 1,
  compute: (ctx) => monthlyActivity(ctx, ['干部培训']),
};
