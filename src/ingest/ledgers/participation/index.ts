/** The participation ledger (ledgers.md §1, §3, §5). */
import type { HeaderView } from '../header-view.ts';
import type { LedgerDef } from '../ledger.ts';
import { text, date } from '../sheet-template.ts';
import { readParticipation } from './read.ts';
import { isMarkColumn, isSurveyItem } from '../../table/profile.ts';

/**
 * Words an online form's export adds to the file or sheet name around the activity's own
 * ("三八健步走签到_问卷星导出.xlsx"): left out when the name is read as the activity's title.
 */
export const SIGN_IN_EXPORT_WORDS = [
  '签到表',
  '签到记录',
  '签到名单',
  '签到结果',
  '签到',
  '导出',
  '问卷星',
  '腾讯问卷',
  '企业微信',
  '收集表',
  '答卷数据',
  '按选项文本',
  '按文本',
  '按选项序号',
  '按序号',
] as const;

/**
 * An online sign-in export (问卷星, 腾讯问卷, 企业微信): a name (or the 提交者) and a submission
 * time, no activity column, no question of scale answers (that is a survey) and no column of
 * marks under an activity's name (that is a wide sign-in sheet filled in online).
 */
const signInExport = (h: HeaderView): boolean =>
  !h.has('activity') &&
  (h.has('name') || h.has('submitter')) &&
  h.has('submittedAt') &&
  !h.freeColumns().some((c) => isSurveyItem(h.headerText(c), h.profile(c)) || (h.namesActivity(c) && isMarkColumn(h.profile(c))));

export const participationLedger: LedgerDef<'participation'> = {
  keywords: ['签到', '参与', '考勤', '参加'],
  fields: ['activity', 'date', 'name', 'staffId', 'department', 'mark', 'submittedAt', 'submitter'],
  required: ['姓名', '活动名称或各活动列'],
  fieldless: true,
  fingerprint: (h) => {
    if (h.has('activity') && h.has('name')) return 1;
    if (signInExport(h)) return 1;
    if (!h.has('name')) return -1;
    const wide = h.count((p, c) => isMarkColumn(p) || h.namesActivity(c));
    return wide >= 2 ? wide : -1;
  },
  records: 'participation',
  read: readParticipation,
  template: { name: '活动签到', columns: [text('活动名称', 24), date('日期'), text('姓名', 12), text('签到', 8, { values: ['√', '请假', '×'] })] },
};
