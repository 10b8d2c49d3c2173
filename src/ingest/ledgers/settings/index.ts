/** The settings ledger (ledgers.md §1, §3, §5). */
import type { LedgerDef } from '../ledger.ts';
import { text } from '../sheet-template.ts';
import { readSettings } from './read.ts';

export const settingsLedger: LedgerDef<'settings'> = {
  keywords: ['设置', '参数', '基本信息'],
  fields: ['key', 'value'],
  required: ['项目', '值'],
  fingerprint: (h) => (h.has('key') && h.has('value') ? 0 : -1),
  records: 'settings',
  read: readSettings,
  template: { name: '设置', columns: [text('项目', 18), text('值', 26)] },
};
