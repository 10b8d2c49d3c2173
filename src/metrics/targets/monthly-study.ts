import { monthlyActivity } from './monthly-activity.ts';
import type { TargetDef } from './target.ts';

export const monthlyStudy: TargetDef = {
  id: 'monthly_study',
  label: '每月集中学习或主题活动',
  op: '>=',
  target: 1,
  clause: '每月至少组织一次集中学习（理论学习、师德建设）或主题活动',
  compute: (ctx) => monthlyActivity(ctx, ['理论学习', '师德建设', '主题活动']),
};
