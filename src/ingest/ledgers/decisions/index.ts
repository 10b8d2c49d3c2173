/** The decision log (督办事项): what each monthly meeting decided, who follows it up, and when it was closed. */
import type { LedgerDef } from '../ledger.ts';
import { date, text } from '../sheet-template.ts';
import { readDecisions } from './read.ts';

export const decisionsLedger: LedgerDef<'decisions'> = {
  keywords: ['督办', '督办事项', '督办台账', '销号', '会议决定', '议定事项', '交办事项'],
  fields: ['decision', 'owner', 'raisedDate', 'meeting', 'deadline', 'decisionState', 'closedDate', 'note'],
  required: ['事项', '期限'],
  fingerprint: (h) => (h.has('decision') && (h.has('deadline') || h.has('closedDate')) ? 0 : -1),
  records: 'decisions',
  read: readDecisions,
  template: {
    name: '督办事项',
    columns: [
      text('事项', 30),
      text('责任人', 10),
      date('提出日期'),
      text('会议', 16),
      date('期限'),
      text('状态', 10, { values: ['未开始', '办理中', '已销号', '延期'] }),
      date('销号日期'),
      text('备注', 20),
    ],
  },
};
