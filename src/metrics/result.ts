/** The JSON of `metrics --json` (interface.md), with the fields added for the dashboard's views. */
import type { LedgerIssue } from '../ingest/issues.ts';
import type { Op } from '../ingest/values/index.ts';
import type { SpanKind } from '../term/term.ts';
import type { ArchiveMatrix } from './archive-matrix.ts';
import type { DecisionRow } from './decisions.ts';
import type { Evaluation } from './evaluation.ts';
import type { FundsSummary } from './funds.ts';
import type { ParticipationBreakdown } from './participation-breakdown.ts';
import type { ProposalSummary } from './proposal-summary.ts';
import type { Privacy } from './privacy/visibility.ts';
import type { Status } from './status.ts';
import type { TargetDetails } from './targets/details.ts';
import type { TargetId } from './targets/ids.ts';
import type { Warning } from './warnings/warning.ts';
import type { Remaining } from './remaining.ts';
import type { RubricResult } from './rubric/index.ts';

export interface TrendPoint {
  readonly month: string;
  /** The day the point is computed as of: the month's end, or asOf in asOf's month. */
  readonly as_of: string;
  readonly value: number | null;
  readonly status: Status;
}

/** One target's result, its detail typed by its id. */
export interface TargetResultOf<K extends TargetId> {
  readonly id: K;
  readonly label: string;
  readonly value: number | null;
  readonly target: number;
  readonly op: Op;
  readonly status: Status;
  /** What a person needs to act on the figure; `reason` says why when there is no value. */
  readonly detail: TargetDetails[K] & { readonly reason?: string };
  /** The value as of each month's end from the term's first month to asOf's month. */
  readonly trend: readonly TrendPoint[];
}

export type TargetResult = { readonly [K in TargetId]: TargetResultOf<K> }[TargetId];

export interface ActivityRow {
  readonly name: string;
  readonly date: string;
  readonly category: string;
  readonly range: string;
  /** Sign-in records of any kind; 0 = no sign-in. */
  readonly records: number;
  readonly eligible: number;
  readonly present: number;
  readonly excused: number;
  /** present ÷ eligible; null without sign-in records or anyone eligible. */
  readonly rate: number | null;
  /** Everyone marked present, on the roster or not. */
  readonly attendees: number;
}

export interface OfficeScoreRow {
  readonly month: string;
  readonly office: string;
  readonly total: number;
  readonly passed: boolean;
}

/** A task as of asOf: done by then, overdue (due by then and not done), or open (due later and not done). */
export type TaskStanding = 'done' | 'overdue' | 'open';

export interface TaskRow {
  readonly task: string;
  readonly owner: string | null;
  readonly due: string;
  /** As recorded now (a task done after asOf shows done). */
  readonly done: boolean;
  readonly done_date: string | null;
  readonly state: string | null;
  readonly standing: TaskStanding;
  /** Days past the due date as of asOf when overdue (0 when due that very day), else 0. */
  readonly days_overdue: number;
}

export interface MetricsResult {
  readonly school: string;
  readonly term: {
    readonly id: string;
    readonly label: string;
    readonly start: string;
    readonly end: string;
    readonly working_months: readonly string[];
    /** `term`, or a year made of terms (`--period`): `school_year`, `year`, `stat_year`. */
    readonly kind: SpanKind;
    /** The terms whose budget lines, survey answers, proposals and pairs count here. */
    readonly term_ids: readonly string[];
  };
  readonly as_of: string;
  readonly targets: readonly TargetResult[];
  readonly funds: FundsSummary;
  readonly evaluation: Evaluation;
  /** The 考核细则 self-assessment; null without a 考核细则 sheet (the evaluation's four dimensions stand alone). */
  readonly rubric: RubricResult | null;
  readonly issues: readonly LedgerIssue[];
  /** Every activity of the term, with participation where it has sign-in records. */
  readonly activities: readonly ActivityRow[];
  readonly offices: { readonly threshold: number; readonly scores: readonly OfficeScoreRow[] };
  /** Tasks due from the term's start on (including after its end), by due date. */
  readonly tasks: readonly TaskRow[];
  /** The 文体活动 participation_rate counts, by department, and the staff who took part in none. */
  readonly participation: ParticipationBreakdown;
  /** The archive checklist's activities the archive target counts, material by material. */
  readonly archive: ArchiveMatrix;
  /** The term's 教代会提案, as proposal_satisfaction counts them. */
  readonly proposals: ProposalSummary;
  /** The decision log (督办事项): the term's items and those still open from before it. */
  readonly decisions: readonly DecisionRow[];
  /** 期中自查: what each target still needs by the term's end, in target order. */
  readonly remaining: readonly Remaining[];
  /** Early warnings (预警) as of asOf. */
  readonly warnings: readonly Warning[];
  /** 最小分组人数: committee and viewer do not see a group of fewer people on its own. */
  readonly min_group_size: number;
  /** Set when the result is cut down for who is looking (src/metrics/privacy); absent = everything. */
  readonly privacy?: Privacy;
}

/** The result of one target; every result carries all of them. */
export function targetOf<K extends TargetId>(m: Pick<MetricsResult, 'targets'>, id: K): ResultOf<K> {
  const t = m.targets.find((x) => x.id === id);
  if (!t) throw new Error(`metrics result without target ${id}`);
  return t as ResultOf<K>;
}

/** The result type of an id, or of each id of a union (so a union of ids gives TargetResult). */
export type ResultOf<K extends TargetId> = K extends TargetId ? TargetResultOf<K> : never;
