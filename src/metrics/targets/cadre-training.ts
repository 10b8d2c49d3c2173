import { monthlyActivity } from './monthly-activity.ts';
import type { TargetDef } from './target.ts';

export const TRAINING_CATEGORIES = ['干部培训'] as const;

export const cadreTraining: TargetDef<'cadre_training'> = {
  id: 'cadre_training',
  op: '>=',
  target: 1,
  compute: (ctx) => monthlyActivity(ctx, TRAINING_CATEGORIES),
};
