/** The mentoring ledger (ledgers.md §1, §3, §5). */
import type { LedgerDef } from '../ledger.ts';
import { text } from '../sheet-template.ts';
import { readMentoring } from './read.ts';

export const mentoringLedger: LedgerDef<'mentoring'> = {
  keywords: ['结对', '青蓝', '师徒', '导师'],
  fields: ['young', 'mentor', 'term'],
  required: ['青年教师', '指导教师'],
  fingerprint: (h) => (h.has('young') && h.has('mentor') ? 0 : -1),
  records: 'mentoring',
  read: readMentoring,
  template: { name: '青蓝结对', columns: [text('青年教师', 12), text('指导教师', 12), text('学期', 22)] },
};
