/** The offices ledger (ledgers.md §1, §3, §5). */
import type { LedgerDef } from '../ledger.ts';
import { text } from '../sheet-template.ts';
import { readOffices } from './read.ts';
import { isNumberColumn } from '../../table/profile.ts';

export const officesLedger: LedgerDef<'offices'> = {
  keywords: ['文明办公室', '办公室评比', '办公室考评', '办公室评分'],
  fields: ['office', 'month', 'total'],
  required: ['办公室', '月份', '总分'],
  fingerprint: (h) => {
    if (!h.has('office') || !h.has('month')) return -1;
    if (h.has('total')) return 0;
    const subs = h.count((p) => isNumberColumn(p));
    return subs >= 2 ? subs : -1;
  },
  records: 'offices',
  read: readOffices,
  template: {
    name: '文明办公室评比',
    columns: [text('办公室', 16), text('月份', 11), text('卫生', 8), text('纪律', 8), text('节能', 8), text('氛围', 8), text('总分', 8)],
  },
};
