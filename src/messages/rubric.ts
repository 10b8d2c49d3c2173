/**
 * The assessment rubric (考核细则): the names a rubric row may give its figure, and the words of
 * the /review page and the term report's 考核细则自评 section.
 */
import { kindLabels } from './kinds.ts';

/** The survey's own figure: the satisfied share of the period's answers (not a target of the plan). */
export const satisfactionFigure = { label: '满意度测评满意率', aliases: ['本学期满意率', '满意度', '满意率', '教职工满意度', '服务满意度', '满意度测评', '教职工满意率', 'satisfaction'] } as const;

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

/** The rubric's table, on the /review page and in the term report (考核细则自评). */
export const rubricText = {
  title: '考核细则自评',
  caption: '考核细则自评（按台账计分）',
  columns: { dimension: '一级指标', item: '考核内容', type: '类型', max: '分值', score: '自评', figure: '依据数据', evidence: '台账出处' },
  pending: '待评',
  noMax: '—',
  vetoClear: '未触发',
  vetoTriggered: '触发否决',
  vetoUnknown: '待核',
  /** Our score under the chair's own. */
  overridden: (ours: string | null) => (ours === null ? '按自评分' : `按自评分（台账计分 ${ours}）`),
  manual: (why: string) => `人工评分：${why}`,
  figure: (label: string, value: string, counts: string | null) => `${label} ${value}${counts ? `（${counts}）` : ''}`,
  counts: (n: number, d: number) => `${n}/${d}`,
  noData: '无数据',
  /** The first cells of a sheet and how many there are in all. */
  cells: (places: string, count: number, shown: number) => (count > shown ? `${places} 等 ${count} 处` : places),
  cellsHidden: (count: number) => `${count} 处记录（单元格位置仅工会主席可见）`,
  selfCell: '自评分所在单元格',
  noEvidence: '—',
  place: (file: string, sheet: string, cells: readonly string[]) => `${file} › ${sheet}!${cells.join('、')}`,
  join: (parts: readonly string[]) => parts.join('；'),
  dimensionLine: (label: string, score: string, max: string) => `${label} ${score}/${max}`,
  noDimension: '未分类',
  basic: (score: string, max: string) => `基本项 ${score} 分（满分 ${max} 分）`,
  bonus: (score: string, max: string) => `加分 ${score} 分（最多 ${max} 分）`,
  total: (score: string) => `合计 ${score} 分`,
  unscored: (n: number) => `另有 ${n} 个基本项待人工评分，未计入合计；请在“考核细则”表的“自评分”列填写。`,
  veto: (items: readonly string[]) => `触发否决项：${items.join('、')}。按考核细则，本次考核不获奖。`,
  noVeto: '否决项均未触发。',
  lead: (n: number) => `按上级工会考核细则，共 ${n} 个考核项目；能从台账计算的项目已按台账数据自动计分，“自评分”列已填写的按自评分计。`,
  rule: '分值封顶：任何一项的得分都不超过其分值，也不低于 0；按百分点扣分的项目按差距折算（如低 2.4 个百分点、每点扣 0.5 分，扣 1.2 分）。',
  /** /review without a rubric. */
  none: '在任一工作簿中加一张名为“考核细则”的工作表，即可在此按上级工会的考核细则自评打分。',
  noneColumns: '表头一行写：一级指标、考核内容、分值、评分标准、类型（基本/加分/否决）、计分方式、数据来源、自评分；每个考核项目一行。',
  noneRules: '计分方式可写：≥85%得满分，每低1%扣0.5分；≥90:4;70-89:2;60-69:1;<60:0；每月一次；否决:<60%；或只写指标、台账名称（如 资料归档清单，按完成比例 × 分值）。留空的项目在“自评分”列人工打分。',
  noneEvaluation: '没有考核细则时，期末总评按以下四个维度评分。',
} as const;
