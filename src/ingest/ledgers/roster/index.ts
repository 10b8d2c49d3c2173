/** The roster ledger (ledgers.md §1, §3, §5). */
import type { LedgerDef } from '../ledger.ts';
import { text, date } from '../sheet-template.ts';
import { readRoster } from './read.ts';
import { isMarkColumn } from '../../table/profile.ts';

export const rosterLedger: LedgerDef<'staff'> = {
  keywords: ['名册', '花名册', '教职工名单', '会员', '名单', '职工信息', '教职工信息'],
  fields: ['staffId', 'name', 'department', 'gender', 'birthDate', 'status', 'youngFlag'],
  required: ['姓名', '部门/性别/状态'],
  fingerprint: (h) => {
    if (!h.has('name') || !(h.has('department') || h.has('gender') || h.has('status'))) return -1;
    if (h.has('activity') || h.has('mark')) return -1;
    // a sign-in sheet of 1/0 marks has a name and a department too: its columns name activities
    return h.count((p, c) => isMarkColumn(p) || h.namesActivity(c)) >= 2 ? -1 : 0;
  },
  records: 'staff',
  read: readRoster,
  template: {
    name: '教职工名册',
    columns: [
      text('工号', 10),
      text('姓名', 12),
      text('性别', 8, { values: ['男', '女'] }),
      date('出生日期'),
      text('部门', 14),
      text('状态', 10, { values: ['在职', '退休', '调离', '借调', '病休'] }),
      text('是否青年教师', 14, { values: ['是', '否'] }),
    ],
  },
};
