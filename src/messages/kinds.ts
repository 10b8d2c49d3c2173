/** The ledger kinds as the chair names them; keys are the ledger kinds of src/ingest/kinds.ts. */
export const kindLabels = {
  roster: '教职工名册',
  activities: '活动台账',
  participation: '活动签到',
  offices: '文明办公室评比',
  funds: '经费收支明细',
  budget: '经费预算',
  survey: '满意度测评',
  proposals: '教代会提案',
  archive: '资料归档清单',
  tasks: '工作台账',
  mentoring: '青蓝结对',
  decisions: '督办事项',
  rubric: '考核细则',
  targets: '目标设置',
  settings: '基本设置',
} as const;

/** A sheet that is no known ledger. */
export const unrecognisedKind = '未识别';
