/** The participation ledger (ledgers.md §1, §3, §5). */
import type { LedgerDef } from '../ledger.ts';
import { text, date } from '../sheet-template.ts';
import { readParticipation } from './read.ts';
import { isMarkColumn } from '../../table/profile.ts';

export const participationLedger: LedgerDef<'participation'> = {
  keywords: ['签到', '参与', '考勤', '参加'],
  fields: ['activity', 'date', 'name', 'staffId', 'department', 'mark'],
  required: ['姓名', '活动名称或各活动列'],
  fieldless: true,
  fingerprint: (h) => {
    if (h.has('activity') && h.has('name')) return 1;
    if (!h.has('name')) return -1;
    const wide = h.count((p, c) => isMarkColumn(p) || h.namesActivity(c));
    return wide >= 2 ? wide : -1;
  },
  records: 'participation',
  read: readParticipation,
  template: { name: '活动签到', columns: [text('活动名称', 24), date('日期'), text('姓名', 12), text('签到', 8, { values: ['√', '请假', '×'] })] },
};
