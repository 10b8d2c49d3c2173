import { monthlyActivity } from './monthly-activity.ts';
import type { TargetDef } from './target.ts';

export const cadreTraining: TargetDef = {
  id: 'cadre_training',
  label: '工会干部每月业务培训',
  op: '>=',
  target: 1,
  clause: '工会干部每月参加一次业务培训',
  compute: (ctx) => monthlyActivity(ctx, ['干部培训']),
};
