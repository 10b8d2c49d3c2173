/** The survey ledger (ledgers.md §1, §3, §5). */
import type { LedgerDef } from '../ledger.ts';
import { text } from '../sheet-template.ts';
import { readSurvey } from './read.ts';
import { isSurveyItem } from '../../table/profile.ts';
const SCALE = { values: ['非常满意', '满意', '基本满意', '不满意', '很不满意'] };

export const surveyLedger: LedgerDef<'survey'> = {
  keywords: ['满意度', '问卷', '测评'],
  fields: ['term', 'department', 'submittedAt'],
  required: ['两列以上的满意度答案'],
  fieldless: true,
  fingerprint: (h) => {
    const items = h.freeColumns().filter((c) => isSurveyItem(h.headerText(c), h.profile(c))).length;
    return items >= 2 ? items : -1;
  },
  records: 'survey',
  read: readSurvey,
  template: {
    name: '满意度测评',
    columns: [
      text('学期', 22),
      text('部门', 12),
      text('工会活动组织', 14, SCALE),
      text('困难帮扶', 12, SCALE),
      text('文体活动', 12, SCALE),
      text('职工之家建设', 14, SCALE),
      text('民主管理', 12, SCALE),
    ],
  },
};
