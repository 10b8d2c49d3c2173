/** The proposals ledger (ledgers.md §1, §3, §5). */
import type { LedgerDef } from '../ledger.ts';
import { text, date } from '../sheet-template.ts';
import { readProposals } from './read.ts';

export const proposalsLedger: LedgerDef<'proposals'> = {
  keywords: ['提案'],
  fields: ['proposalId', 'proposalTitle', 'proposer', 'unit', 'proposalState', 'proposalDate', 'meetingDate', 'replyDate', 'feedback', 'term'],
  required: ['提案号或案由'],
  fingerprint: (h) => {
    // 编号 and 标题 are common words: without 提案/案由 in the header, the sheet must be named a proposals ledger
    const strong = [...h.match.columns.entries()].some(([f, c]) => (f === 'proposalTitle' || f === 'proposalId') && /提案|案由/.test(h.headerText(c)));
    return strong || ((h.has('proposalTitle') || h.has('proposalId')) && h.named > 0 && h.match.columns.size >= 2) ? 0 : -1;
  },
  records: 'proposals',
  read: readProposals,
  template: {
    name: '教代会提案',
    columns: [
      text('提案号', 10),
      text('案由', 32),
      text('提案人', 10),
      text('承办部门', 12),
      text('办理状态', 10, { values: ['未办理', '办理中', '已办结'] }),
      date('答复日期'),
      text('反馈意见', 10, { values: ['满意', '基本满意', '不满意'] }),
    ],
  },
};
