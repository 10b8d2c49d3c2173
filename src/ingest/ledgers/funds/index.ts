/** The funds ledger (ledgers.md §1, §3, §5). */
import type { LedgerDef } from '../ledger.ts';
import { text, date, amount } from '../sheet-template.ts';
import { readFunds } from './read.ts';

export const fundsLedger: LedgerDef<'funds'> = {
  keywords: ['经费', '收支', '明细账', '台账', '流水', '账目'],
  fields: ['date', 'voucher', 'description', 'fundCategory', 'income', 'expense', 'activity'],
  required: ['日期', '摘要', '支出/金额'],
  fingerprint: (h) => (h.has('date') && h.has('description') && (h.has('expense') || h.has('income')) ? 0 : -1),
  records: 'funds',
  read: readFunds,
  template: {
    name: '经费收支明细',
    columns: [date('日期'), text('凭证号', 10), text('摘要', 30), text('科目', 16), amount('收入'), amount('支出'), text('活动', 24)],
  },
};
