/**
 * The assessment rubric (考核细则): the names a rubric row may give its figure, and the words of
 * the /review page and the term report's 考核细则自评 section.
 */
import { kindLabels } from './kinds.ts';

/** The survey's own figure: this term's satisfied share (not a target of the plan). */
export const satisfactionFigure = { label: '本学期满意率', aliases: ['满意度', '满意率', '教职工满意度', '服务满意度', '满意度测评', '教职工满意率', 'satisfaction'] } as const;

/** Ledgers a row may name, by the target that measures them. */
export const ledgerFigureNames = {
  archive_completion: [kindLabels.archive, '资料归档', '归档清单', '台账资料', '台帐资料'],
  proposal_satisfaction: [kindLabels.proposals, '提案', '提案办理'],
  routine_completion: [kindLabels.tasks, '常规工作'],
  mentoring_coverage: [kindLabels.mentoring, '青蓝工程', '师徒结对'],
  office_monthly: [kindLabels.offices, '文明办公室'],
  participation_rate: [kindLabels.participation, '活动签到表', '参与率'],
  monthly_study: ['集中学习', '理论学习', '政治学习'],
  cadre_training: ['干部培训', '业务培训'],
} as const;

export const rubricTypeLabels = { basic: '基本', bonus: '加分', veto: '否决' } as const;

export const rubricStatusLabels = { computed: '自动计分', manual: '人工评分', override: '按自评分' } as const;

/** Why an item is left to be scored by hand. */
export const rubricManualReasons = {
  no_rule: '没有计分方式',
  bad_rule: '计分方式无法识别',
  unknown_source: '找不到对应的指标或台账',
  no_data: '对应指标暂无数据',
  bad_max: '分值无法识别',
} as const;
