/** The Chinese wording of the term-end report that is computed rather than fixed in the template. */
import { dateZh, monthZh } from './format.ts';
import { SPAN_WORDS, type SpanKindKey } from './span.ts';

const review = (kind: 'final' | 'midterm', span: SpanKindKey) => (kind === 'final' ? SPAN_WORDS[span].review : SPAN_WORDS[span].midReview);

export const termText = {
  /** Before the term's end the report is the mid-term self-check. */
  title: (kind: 'final' | 'midterm', span: SpanKindKey) => `工会工作${review(kind, span)}报告`,
  /** What a downloaded report file is called after the school and the term. */
  fileName: (kind: 'final' | 'midterm', span: SpanKindKey, ext: string) => `${review(kind, span)}${ext === 'xlsx' ? '汇总表' : '报告'}.${ext}`,
  footer: '第 {page} 页 / 共 {pages} 页',
  spanName: (span: SpanKindKey) => SPAN_WORDS[span].names[0]!,
  thisSpan: (span: SpanKindKey) => SPAN_WORDS[span].this,
  review: (span: SpanKindKey) => SPAN_WORDS[span].review,
  unnamedSchool: '（未填写学校名称）',
  /** A plan clause whose figure the 目标 sheet changed. */
  adjustedClause: (span: SpanKindKey, clause: string, target: string) => `${clause}（${SPAN_WORDS[span].this}按“目标”表调整为 ${target}）`,
  span: (start: string, end: string) => `${dateZh(start)} 至 ${dateZh(end)}`,
  workingMonths: (months: readonly string[]) => months.map((m) => monthZh(m, true)).join('、'),
  noSources: '未提供（报告由看板生成，未附台账清单）',
  sourceSheets: (sheets: readonly string[]) => {
    const shown = sheets.slice(0, 6).join('、');
    return `（${sheets.length > 6 ? `${shown} 等 ${sheets.length} 张表` : shown}）`;
  },
  moreSources: (n: number) => `另有 ${n} 个文件，见附录`,

  summaryCounts: (span: SpanKindKey, p: { total: number; met: number; notMet: number; noData: number }) =>
    `${SPAN_WORDS[span].this}工作计划共 ${p.total} 项量化目标：达标 ${p.met} 项，未达标 ${p.notMet} 项，无数据 ${p.noData} 项。`,

  columns: {
    summary: ['序号', '目标（计划原文）', '当前值', '目标值', '状态'],
  },
  summaryCaption: (span: SpanKindKey) => `${SPAN_WORDS[span].names[0]}工作目标完成情况汇总`,
  noTargets: '没有学期工作目标。',
  notScored: '未评分',
  emptyWithoutData: (span: SpanKindKey) => `无数据：所需台账缺失或没有${SPAN_WORDS[span].this}的记录，无法列出（原因见上）。`,

  /** Numbered captions and the areas' headings: 表 1　…, 图 1　…, （一）文体活动参与. */
  tableCaption: (n: number, caption: string) => `表 ${n}　${caption}`,
  figureCaption: (n: number, caption: string) => `图 ${n}　${caption}`,
  areaHeading: (n: number, title: string) => `（${ordinal(n)}）${title}`,
} as const;

/** 期末总评: the table of the four dimensions and the evidence behind each score. */
export const evaluationText = {
  caption: (span: SpanKindKey) => `${SPAN_WORDS[span].review}各维度得分`,
  columns: { dimension: '维度', score: '得分', weight: '权重', evidence: '评分依据' },
  total: '总分',
  completion: (counted: number, met: number) => `有数据的目标 ${counted} 项中达标 ${met} 项；得分 = 达标项数 ÷ 有数据的项数 × 100。`,
  compliance: (p: { archive: string; used: number; rejected: number; share: string }) =>
    `资料归档规范率 ${p.archive}；台账有效数据行 ${p.used} 行、因错误未计入 ${p.rejected} 行，有效率 ${p.share}；得分为两者的平均 × 100。`,
  noSurvey: (span: SpanKindKey) => `${SPAN_WORDS[span].this}没有满意度测评答卷。`,
  satisfaction: (span: SpanKindKey, rate: string, responses: number) => `${SPAN_WORDS[span].this}满意度测评满意率 ${rate}（${responses} 份答卷）；得分 = 满意率 × 100。`,
  innovationUnscored: '“设置”表中没有填写创新性得分，本项不评分，总分按其余维度的权重折算。',
  innovation: (notes: string | null) => `工会委员会评定${notes ? `：${notes}` : '（未附说明）'}。`,
  /** A ledger dimension without data: no total, rather than one that reads as a verdict. */
  noTotal: (dims: readonly string[]) => `${dims.join('、')}没有可用的数据，无法评分，因此不计算总分；补齐相应台账后再生成报告。`,
  partlyScored: (unscored: readonly string[], weights: string) => `${unscored.join('、')}未评分，总分按已评维度的权重（合计 ${weights}）加权平均。`,
  rule: '各维度满分 100 分；总分 = 各维度“得分 × 权重”之和 ÷ 已评维度的权重之和。',
} as const;

/** The appendix on data quality. */
export const qualityText = {
  sheets: {
    caption: '各表读取情况与问题数',
    columns: { sheet: '台账（文件 › 工作表）', kind: '类型', read: '读取行', used: '采用', rejected: '未计入', errors: '错误', warnings: '提醒' },
    empty: '没有读取到任何台账。',
    note: '读取行 = 采用 + 跳过（标题、表头、空行、合计、签名等）+ 未计入（有错误的行）。',
  },
  counts: {
    caption: '各表问题数',
    columns: { sheet: '台账（文件 › 工作表）', errors: '错误', warnings: '提醒' },
  },
  none: '没有发现数据问题。',
  sheetsRead: (n: number) => `本次统计读取台账工作表 ${n} 张。`,
  found: (errors: number, warnings: number) =>
    `发现错误 ${errors} 处、提醒 ${warnings} 处。错误所在的行或单元格未计入统计，请在台账中改正；提醒不影响统计，请核对。`,
  top: {
    caption: (shown: number | null) => (shown !== null ? `主要问题（前 ${shown} 条，错误在前）` : '问题清单（错误在前）'),
    columns: { severity: '级别', place: '位置', issue: '问题' },
    more: (rest: number) => `另有 ${rest} 条问题未列出，请运行 union-dash check 或打开看板“数据质量”页查看全部。`,
  },
} as const;

/** Chinese ordinals for headings: 1 → 一. */
function ordinal(n: number): string {
  const digits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n < 10) return digits[n] ?? String(n);
  if (n < 20) return `十${digits[n - 10] ?? ''}`;
  return String(n);
}
