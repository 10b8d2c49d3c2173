/** What a report covers, in the words of a report and of `--period`: 学期, 学年, 年度, 统计年度. */

export type SpanKindKey = 'term' | 'school_year' | 'year' | 'stat_year';

export interface SpanWords {
  /** What `--period` accepts, Chinese first. */
  readonly names: readonly string[];
  /** 本学期 */
  readonly this: string;
  /** 上学期 */
  readonly prev: string;
  /** 学期末 */
  readonly end: string;
  /** 期末总评 */
  readonly review: string;
  /** The mid-period review: 期中自查 */
  readonly midReview: string;
  /** 下学期 */
  readonly next: string;
  /** The Word draft's mid-period title word: 期中小结 */
  readonly midSummary: string;
}

export const SPAN_WORDS: Readonly<Record<SpanKindKey, SpanWords>> = {
  term: { names: ['学期', 'term'], this: '本学期', prev: '上学期', end: '学期末', review: '期末总评', midReview: '期中自查', next: '下学期', midSummary: '期中小结' },
  school_year: { names: ['学年', 'school-year'], this: '本学年', prev: '上学年', end: '学年末', review: '学年总评', midReview: '学年中自查', next: '下学年', midSummary: '学年中期小结' },
  year: { names: ['年度', '自然年度', 'year'], this: '本年度', prev: '上年度', end: '年末', review: '年度总评', midReview: '年中自查', next: '下年度', midSummary: '年中小结' },
  stat_year: { names: ['统计年度', 'stat-year'], this: '本统计年度', prev: '上一统计年度', end: '统计年度末', review: '统计年度总评', midReview: '统计年度中自查', next: '下一统计年度', midSummary: '统计年度中期小结' },
};

/** 2025-2026学年 */
export const schoolYearZh = (firstYear: number): string => `${firstYear}-${firstYear + 1}学年`;
/** 2026年度 */
export const yearZh = (year: number): string => `${year}年度`;
/** 2026统计年度（2025年10月—2026年9月） */
export const statYearZh = (endYear: number): string => `${endYear}统计年度（${endYear - 1}年10月—${endYear}年9月）`;
