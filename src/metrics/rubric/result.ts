/** The rubric's self-assessment as metrics hand it on (MetricsResult.rubric). */
import type { RubricItemType } from '../../ingest/values/index.ts';
import type { FigureId } from './figures.ts';

export type RubricItemStatus = 'computed' | 'manual' | 'override';

export type RubricManualReason = 'no_rule' | 'bad_rule' | 'unknown_source' | 'no_data' | 'bad_max';

export interface RubricPlace {
  readonly file: string;
  readonly sheet: string;
  readonly cell: string;
}

export interface RubricFigure {
  readonly id: FigureId;
  readonly label: string;
  /** A rate (fraction); null when the figure has no data. */
  readonly value: number | null;
  /** What the rate counts (present of eligible, months held of months counted …), when it is a share. */
  readonly numerator: number | null;
  readonly denominator: number | null;
}

export interface RubricItemResult {
  readonly dimension: string | null;
  readonly item: string;
  readonly criteria: string | null;
  readonly type: RubricItemType;
  /** 分值; null when it could not be read. */
  readonly max: number | null;
  readonly rule_text: string | null;
  /** The item's row in the rubric sheet. */
  readonly place: RubricPlace;
  readonly status: RubricItemStatus;
  /** The score counted: the 自评分 when given, else ours; null when left to be scored by hand (and for veto items). */
  readonly score: number | null;
  /** Our score from the figure, whatever the 自评分 says. */
  readonly computed: number | null;
  readonly self_score: number | null;
  readonly review_score: number | null;
  /** Why it is left to be scored by hand (or why ours could not be computed under a 自评分). */
  readonly manual_reason: RubricManualReason | null;
  readonly figure: RubricFigure | null;
  /** The ledger cells behind the figure (or the 自评分 cell): how many, and the first few. */
  readonly evidence: { readonly count: number; readonly cells: readonly RubricPlace[] };
  /** A 否决 item whose condition holds. */
  readonly veto_triggered: boolean;
}

export interface RubricDimension {
  readonly dimension: string | null;
  /** 基本 items only. */
  readonly max: number;
  readonly score: number;
}

export interface RubricResult {
  readonly items: readonly RubricItemResult[];
  /** 基本 items by 一级指标, in the rubric's order. */
  readonly dimensions: readonly RubricDimension[];
  readonly basic: { readonly max: number; readonly score: number; /** 基本 items without a score yet. */ readonly unscored: number };
  readonly bonus: { readonly max: number; readonly score: number };
  /** basic + bonus. */
  readonly total: number;
  /** A 否决 item is triggered. */
  readonly vetoed: boolean;
}
