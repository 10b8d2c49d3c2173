/**
 * The term plan's targets as the committee reads them: the label the plan uses, a short one
 * for tight places, the plan's clause, and what the figure measures where a bare percentage
 * would mislead. The keys are the target ids of metrics.md.
 */
import { SPAN_WORDS, type SpanKindKey } from './span.ts';

export const targetText = {
  participation_rate: {
    label: '文体活动参与率',
    short: '文体参与率',
    clause: '教职工文体活动参与率达 85% 以上',
    note: null,
  },
  satisfaction_growth: {
    label: '服务满意度较上学期提升',
    short: '满意度提升',
    clause: '教职工对工会服务的满意度较上学期提升 10% 以上',
    note: '满意率较上学期的相对提升',
  },
  archive_completion: {
    label: '资料归档规范率',
    short: '归档规范率',
    clause: '活动资料（方案、签到、照片、总结等）及时归档，归档规范率 100%',
    note: null,
  },
  proposal_satisfaction: {
    label: '教代会提案办理满意率',
    short: '提案满意率',
    clause: '教代会提案办理满意率达 95% 以上',
    note: null,
  },
  routine_completion: {
    label: '常规工作完成率',
    short: '常规工作',
    clause: '工作台账所列常规工作按时完成，完成率 100%',
    note: null,
  },
  monthly_study: {
    label: '每月集中学习或主题活动',
    short: '每月学习',
    clause: '每月至少组织一次集中学习（理论学习、师德建设）或主题活动',
    note: '有集中学习或主题活动的月份占比',
  },
  cadre_training: {
    label: '工会干部每月业务培训',
    short: '干部培训',
    clause: '工会干部每月参加一次业务培训',
    note: '有干部培训的月份占比',
  },
  office_monthly: {
    label: '文明办公室每月评选',
    short: '办公室评选',
    clause: '每月开展一次文明办公室评选',
    note: '开展了评选的月份占比',
  },
  office_pass_trend: {
    label: '文明办公室达标率稳步提升',
    short: '达标率变化',
    clause: '文明办公室达标率逐月稳步提升（不下降）',
    note: '达标率逐月变化中最小的一次',
  },
  mentoring_coverage: {
    label: '青年教师结对帮扶覆盖率',
    short: '结对覆盖率',
    clause: '青年教师“青蓝工程”结对帮扶覆盖率 100%',
    note: null,
  },
  budget_within: {
    label: '经费预算执行不超支',
    short: '预算执行',
    clause: '工会经费按预算执行，各科目支出不超过预算',
    note: '各科目中最高的支出占预算比例',
  },
} as const satisfies Record<string, { label: string; short: string; clause: string; note: string | null }>;

/** A target's label for the span it is computed over: 服务满意度较上学年提升 for a school year. */
export const targetLabel = (id: keyof typeof targetText, span: SpanKindKey): string =>
  span === 'term' ? targetText[id].label : targetText[id].label.replace(SPAN_WORDS.term.prev, SPAN_WORDS[span].prev);
