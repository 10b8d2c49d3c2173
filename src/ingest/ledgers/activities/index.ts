/** The activities ledger (ledgers.md §1, §3, §5). */
import type { LedgerDef } from '../ledger.ts';
import { text, date } from '../sheet-template.ts';
import { readActivities } from './read.ts';
import { ACTIVITY_CATEGORIES } from '../../records.ts';
import { templateHints } from '../../../messages/template.ts';

const RANGE_HINT = templateHints.range;

export const activitiesLedger: LedgerDef<'activities'> = {
  keywords: ['活动台账', '活动安排', '活动登记', '活动计划', '活动一览'],
  fields: ['activity', 'date', 'category', 'range', 'place', 'owner'],
  required: ['活动名称', '日期', '类别'],
  fingerprint: (h) => (h.has('activity') && h.has('date') && h.has('category') ? 0 : -1),
  records: 'activities',
  read: readActivities,
  template: {
    name: '活动台账',
    columns: [
      text('活动名称', 24),
      date('日期'),
      text('类别', 12, { values: ACTIVITY_CATEGORIES }),
      text('参加范围', 14, { values: ['全体', '女教职工', '男教职工', '青年教师', '退休教职工'], openEnded: true, hint: RANGE_HINT }),
      text('地点', 16),
      text('负责人', 10),
    ],
  },
};
