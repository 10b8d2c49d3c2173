/** The archive ledger (ledgers.md §1, §3, §5). */
import type { LedgerDef } from '../ledger.ts';
import { text, date } from '../sheet-template.ts';
import { readArchive } from './read.ts';
import { isArchiveColumn } from '../../table/profile.ts';
const MARKS = { values: ['√', '缺', '不适用'] };

export const archiveLedger: LedgerDef<'archive'> = {
  keywords: ['归档', '档案', '资料'],
  fields: ['activity', 'date'],
  required: ['活动名称', '两列以上的归档材料'],
  fingerprint: (h) => {
    if (!h.has('activity') || h.has('name') || h.has('category')) return -1;
    const materials = h.count((p) => isArchiveColumn(p));
    return materials >= 2 ? materials : -1;
  },
  records: 'archive',
  read: readArchive,
  template: {
    name: '资料归档',
    columns: [text('活动名称', 24), date('日期'), text('方案', 8, MARKS), text('签到表', 8, MARKS), text('照片', 8, MARKS), text('总结', 8, MARKS)],
  },
};
