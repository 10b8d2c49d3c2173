/**
 * Typed records: what ingest hands to metrics. Every record names the cell it came from;
 * every value is already parsed (calendar dates are `YYYY-MM-DD`, months `YYYY-MM`,
 * money is yuan as a number, names are normalised).
 */
import { a1 } from './a1.ts';

export interface CellRef {
  readonly file: string;
  readonly sheet: string;
  /** A1 address of the record's key cell (for a row record, its first used cell). */
  readonly cell: string;
  /** 0-based row in the sheet. */
  readonly row: number;
}

/**
 * The domain's enumerated values, as the chair writes them and as records carry them: data
 * compared against (`a.category === '文体活动'`), so they may appear as literals anywhere.
 */
export const STAFF_STATUSES = ['在职', '退休', '离退休', '调离', '离职', '借调', '病休'] as const;
export type StaffStatus = (typeof STAFF_STATUSES)[number];

export const GENDERS = ['男', '女'] as const;
export type Gender = (typeof GENDERS)[number];

export interface StaffRecord {
  readonly ref: CellRef;
  readonly staffId: string | null;
  /** Normalised (NFKC, no white space): the key names are compared by. */
  readonly name: string;
  /** As written, trimmed. */
  readonly displayName: string;
  readonly department: string | null;
  readonly gender: Gender | null;
  readonly birthDate: string | null;
  readonly status: StaffStatus;
  /** From a 是否青年教师 column; null when the roster has no such column or the cell is blank. */
  readonly young: boolean | null;
}

export const ACTIVITY_CATEGORIES = ['理论学习', '师德建设', '主题活动', '文体活动', '干部培训', '民主管理', '关爱慰问', '榜样选树', '其他'] as const;
export type ActivityCategory = (typeof ACTIVITY_CATEGORIES)[number];

export type EligibleRange =
  | { readonly kind: 'all' }
  | { readonly kind: 'female' }
  | { readonly kind: 'male' }
  | { readonly kind: 'young' }
  | { readonly kind: 'retired' }
  | { readonly kind: 'department'; readonly department: string };

export interface ActivityRecord {
  readonly ref: CellRef;
  /** Stable key: `name|date`. */
  readonly key: string;
  readonly name: string;
  readonly date: string;
  readonly category: ActivityCategory;
  readonly categoryText: string;
  readonly range: EligibleRange;
  readonly rangeText: string;
  readonly place: string | null;
  readonly owner: string | null;
}

export type Mark = 'present' | 'absent' | 'excused';

/** The workbook file and sheet a record is on: one object shared by every record of the sheet. */
export interface SheetRef {
  readonly file: string;
  readonly sheet: string;
}

/** Columns a row may have in `at` (Excel's limit, XFD). */
const AT_COLUMNS = 16_384;

/** A cell's 0-based row and column as one number, for records kept by the million. */
export const cellAt = (row: number, col: number): number => row * AT_COLUMNS + col;

/**
 * One mark of one person at one activity. Kept by the million (a district's wide sign-in
 * sheets), so it names its cell compactly: the shared sheet and `at`; `participationRef` gives
 * the CellRef every other record carries.
 */
export interface ParticipationRecord {
  readonly sheetRef: SheetRef;
  /** The mark's cell, `cellAt(row, col)`. */
  readonly at: number;
  /** Key of the activity in the activities ledger, or null when it matched none. */
  readonly activityKey: string | null;
  readonly activityName: string;
  /** Normalised name of the person. */
  readonly name: string;
  /** Index into the roster when the name matched exactly one staff row; null for a non-roster name. */
  readonly staffIndex: number | null;
  readonly mark: Mark;
}

/** The cell a participation record came from, as `SheetContext.ref` names a record's cell. */
export function participationRef(p: Pick<ParticipationRecord, 'sheetRef' | 'at'>): CellRef {
  const row = Math.floor(p.at / AT_COLUMNS);
  return { file: p.sheetRef.file, sheet: p.sheetRef.sheet, cell: a1(row, p.at - row * AT_COLUMNS), row };
}

export interface OfficeScoreRecord {
  readonly ref: CellRef;
  readonly office: string;
  /** `YYYY-MM` */
  readonly month: string;
  /** The official total: as written, or the sum of the sub-scores when there is no 总分 column. */
  readonly total: number;
  readonly subScores: Readonly<Record<string, number>>;
}

export interface FundRecord {
  readonly ref: CellRef;
  readonly date: string;
  readonly description: string;
  /** The category as written, with any account code removed; null when the ledger has none. */
  readonly category: string | null;
  /** A1 address of the category cell, for messages about the category. */
  readonly categoryCell: string | null;
  readonly income: number;
  readonly expense: number;
  readonly voucher: string | null;
  /** The activity named by a 活动 column, when the ledger has one. */
  readonly activity: string | null;
}

export interface BudgetRecord {
  readonly ref: CellRef;
  readonly category: string;
  readonly amount: number;
  /** Term id when the sheet states one. */
  readonly term: string | null;
}

export interface SurveyAnswer {
  readonly item: string;
  /** 1–5, or null for no answer. */
  readonly score: number | null;
}

export interface SurveyResponse {
  readonly ref: CellRef;
  /** Term id the response belongs to, or null when nothing tells. */
  readonly term: string | null;
  /** When it was submitted (提交答卷时间), `YYYY-MM-DD`; null when the sheet does not say. */
  readonly submitted: string | null;
  readonly department: string | null;
  readonly answers: readonly SurveyAnswer[];
}

export const FEEDBACKS = ['满意', '基本满意', '不满意'] as const;
export type Feedback = (typeof FEEDBACKS)[number];

export interface ProposalRecord {
  readonly ref: CellRef;
  readonly id: string | null;
  readonly title: string;
  readonly proposer: string | null;
  readonly unit: string | null;
  readonly state: string | null;
  readonly replyDate: string | null;
  readonly feedback: Feedback | null;
  /** The 学期 column's term; for a proposal with no date at all, the term of its sheet. Null when its dates place it. */
  readonly term: string | null;
  /** 提交日期 (or 提案日期, 立案日期). */
  readonly submitted: string | null;
  /** The 教代会 session's date, when the sheet has one. */
  readonly meeting: string | null;
}

export type ArchiveState = 'present' | 'missing' | 'not_required';

export interface ArchiveRecord {
  readonly ref: CellRef;
  readonly activityName: string;
  readonly activityDate: string | null;
  /** Key of the matched activity, when one matches by name (and date). */
  readonly activityKey: string | null;
  readonly materials: readonly { readonly material: string; readonly state: ArchiveState; readonly cell: string }[];
}

export interface TaskRecord {
  readonly ref: CellRef;
  readonly task: string;
  readonly owner: string | null;
  readonly due: string;
  readonly stateText: string;
  readonly done: boolean;
  readonly doneDate: string | null;
}

/** One row of the decision log (督办事项): a decision of a meeting, who follows it up, and when it was closed (销号). */
export interface DecisionRecord {
  readonly ref: CellRef;
  readonly item: string;
  readonly owner: string | null;
  /** When it was raised (提出日期), or null. */
  readonly raisedDate: string | null;
  /** The meeting that raised it, as written (e.g. 3月月调度会). */
  readonly meeting: string | null;
  /** Null when the row sets no deadline. */
  readonly deadline: string | null;
  readonly stateText: string;
  /** 已销号 / 已办结 … or a 销号日期. */
  readonly closed: boolean;
  readonly closedDate: string | null;
  readonly note: string | null;
}

/** One item of the upper union's assessment rubric (考核细则), with how it is scored. */
export interface RubricRecord {
  /** The item's cell (二级指标/考核内容). */
  readonly ref: CellRef;
  /** 一级指标 (自身建设 …), carried down from the row above when written once. */
  readonly dimension: string | null;
  readonly item: string;
  /** 分值; null when it could not be read (a warning; the item is then left out of the totals). */
  readonly max: number | null;
  readonly criteria: string | null;
  readonly type: import('./values/index.ts').RubricItemType;
  /** Null: scored by hand. */
  readonly rule: import('./values/index.ts').RubricRule | null;
  /** The 计分方式 as written, and its cell (where an unknown reference is reported). */
  readonly ruleText: string | null;
  readonly ruleRef: CellRef | null;
  /** What the item's figure is: the 数据来源 column, else the reference in the rule text; null = the item's own words. */
  readonly source: string | null;
  /** 自评分 the chair wrote, capped at 分值; it overrides the computed score. */
  readonly selfScore: number | null;
  readonly selfScoreRef: CellRef | null;
  /** 考评 (the upper union's score), when the sheet has it. */
  readonly reviewScore: number | null;
}

export interface MentoringRecord {
  readonly ref: CellRef;
  /** Normalised names. */
  readonly young: string;
  /** Null when the row names a young teacher but no mentor yet. */
  readonly mentor: string | null;
  readonly youngDisplay: string;
  readonly mentorDisplay: string | null;
  readonly term: string | null;
}

export interface TargetOverrideRecord {
  readonly ref: CellRef;
  /** Target id or Chinese label as written. */
  readonly target: string;
  readonly value: number;
  readonly op: '>=' | '<=' | '>' | '<' | '=' | null;
  readonly text: string;
}

export interface SettingRecord {
  readonly ref: CellRef;
  readonly key: string;
  readonly value: string;
  readonly raw: import('./model.ts').Scalar;
}

export interface Records {
  readonly staff: readonly StaffRecord[];
  readonly activities: readonly ActivityRecord[];
  /** Columns, not objects: see participation-table.ts. */
  readonly participation: import('./participation-table.ts').ParticipationTable;
  readonly offices: readonly OfficeScoreRecord[];
  readonly funds: readonly FundRecord[];
  readonly budget: readonly BudgetRecord[];
  readonly survey: readonly SurveyResponse[];
  readonly proposals: readonly ProposalRecord[];
  readonly archive: readonly ArchiveRecord[];
  readonly tasks: readonly TaskRecord[];
  readonly mentoring: readonly MentoringRecord[];
  readonly decisions: readonly DecisionRecord[];
  readonly rubric: readonly RubricRecord[];
  readonly targets: readonly TargetOverrideRecord[];
  readonly settings: readonly SettingRecord[];
}
