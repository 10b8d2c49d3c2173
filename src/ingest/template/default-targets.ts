/**
 * The plan's targets as the template pre-fills them (metrics.md "Targets (defaults)"):
 * the label the chair reads and the default target written the way the chair writes it.
 */
export interface DefaultTarget {
  readonly id: string;
  readonly label: string;
  readonly target: string;
}

export const DEFAULT_TARGETS: readonly DefaultTarget[] = [
  { id: 'participation_rate', label: '文体活动参与率', target: '≥85%' },
  { id: 'satisfaction_growth', label: '服务满意度较上学期提升', target: '≥10%' },
  { id: 'archive_completion', label: '资料归档规范率', target: '≥100%' },
  { id: 'proposal_satisfaction', label: '教代会提案办理满意率', target: '≥95%' },
  { id: 'routine_completion', label: '常规工作完成率', target: '≥100%' },
  { id: 'monthly_study', label: '每月集中学习或主题活动', target: '≥100%' },
  { id: 'cadre_training', label: '工会干部每月业务培训', target: '≥100%' },
  { id: 'office_monthly', label: '文明办公室每月评选', target: '≥100%' },
  { id: 'office_pass_trend', label: '文明办公室达标率稳步提升', target: '≥0%' },
  { id: 'mentoring_coverage', label: '青年教师结对帮扶覆盖率', target: '≥100%' },
  { id: 'budget_within', label: '经费预算执行不超支', target: '≤100%' },
];
