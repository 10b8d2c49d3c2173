/**
 * 月调度: one month of the term for the committee's monthly meeting, read from a metrics
 * result: the month's activities with participation, office scores, spending, tasks due in
 * the month, overdue tasks, and what is due next month. Tasks count as done by the
 * month's end (or asOf, if earlier) only when finished by then.
 */
import { isMonth, monthEnd, nextMonth } from './months.ts';
import type { ActivityRow, MetricsResult, OfficeScoreRow, TaskRow } from './result.ts';
import { clean } from './context.ts';
import { doneBy } from './done-by.ts';
import { decisionStanding, type DecisionRow, type DecisionStanding } from './decisions.ts';
import { daysBetween } from '../ingest/values/index.ts';
import { monthZh } from '../messages/format.ts';

export interface MonthTask extends TaskRow {
  /** Done by the view's day. */
  readonly done_by_then: boolean;
  /** Days past due as of the view's day when not done by then (0 on the due day itself or before). */
  readonly days_late: number;
}

export interface MonthDecision extends DecisionRow {
  /** Standing as of the view's day. */
  readonly standing_then: DecisionStanding;
  /** Days past the deadline as of the view's day when overdue then, else 0. */
  readonly days_late: number;
}

export interface MonthView {
  readonly month: string;
  /** `2026年3月` */
  readonly label: string;
  /** The day the view is as of: the month's end, or asOf when earlier. */
  readonly as_of: string;
  /** The month's activities held by the view's day. */
  readonly activities: readonly ActivityRow[];
  readonly offices: {
    readonly threshold: number;
    readonly scores: readonly OfficeScoreRow[];
    readonly passed: number;
    readonly scored: number;
    readonly rate: number | null;
  };
  readonly funds: {
    readonly spent: number;
    readonly income: number;
    readonly categories: readonly { readonly category: string; readonly spent: number }[];
  };
  /** Tasks of the month due by the view's day. */
  readonly tasks_due: readonly MonthTask[];
  /** Due by the view's day and not done by then, from any earlier month of the term too. */
  readonly overdue: readonly MonthTask[];
  /** What the month still has after the view's day: activities to hold, tasks not yet due and not done. */
  readonly later: {
    readonly activities: readonly ActivityRow[];
    readonly tasks: readonly MonthTask[];
  };
  /**
   * The decision log since the last meeting before this month (the latest 提出日期 before it;
   * the month's first day when there is none), as of the view's day.
   */
  readonly decisions: {
    readonly since: string | null;
    readonly closed: readonly MonthDecision[];
    readonly added: readonly MonthDecision[];
    /** Past their deadline and not closed by the view's day, from any meeting. */
    readonly overdue: readonly MonthDecision[];
    /** Not closed, not yet due. */
    readonly open: readonly MonthDecision[];
  };
  readonly next: {
    readonly month: string;
    /** The month's activities held by the view's day. */
  readonly activities: readonly ActivityRow[];
    /** Due next month and not done yet. */
    readonly tasks: readonly MonthTask[];
  };
}

export function monthView(result: MetricsResult, month: string): MonthView {
  if (!isMonth(month)) throw new RangeError(`month must be YYYY-MM, got "${month}"`);
  const end = monthEnd(month);
  const day = end < result.as_of ? end : result.as_of;
  const next = nextMonth(month);
  const tasks = result.tasks.map((t) => {
    const done_by_then = doneBy({ done: t.done, doneDate: t.done_date }, day);
    return { ...t, done_by_then, days_late: !done_by_then && t.due < day ? daysBetween(t.due, day) : 0 };
  });
  const scores = result.offices.scores.filter((s) => s.month === month);
  const passed = scores.filter((s) => s.passed).length;
  const funds = result.funds.months.find((m) => m.month === month);
  return {
    month,
    label: monthZh(month),
    decisions: monthDecisions(result.decisions, month, day),
    as_of: day,
    activities: result.activities.filter((a) => a.date.startsWith(month) && a.date <= day),
    offices: {
      threshold: result.offices.threshold,
      scores,
      passed,
      scored: scores.length,
      rate: scores.length ? clean(passed / scores.length) : null,
    },
    funds: { spent: funds?.spent ?? 0, income: funds?.income ?? 0, categories: funds?.categories ?? [] },
    tasks_due: tasks.filter((t) => t.due.startsWith(month) && t.due <= day),
    overdue: tasks.filter((t) => t.due <= day && !t.done_by_then),
    later: {
      activities: result.activities.filter((a) => a.date.startsWith(month) && a.date > day),
      tasks: tasks.filter((t) => t.due.startsWith(month) && t.due > day && !t.done_by_then),
    },
    next: {
      month: next,
      activities: result.activities.filter((a) => a.date.startsWith(next)),
      tasks: tasks.filter((t) => t.due.startsWith(next) && !t.done_by_then),
    },
  };
}

function monthDecisions(rows: readonly DecisionRow[], month: string, day: string): MonthView['decisions'] {
  const start = `${month}-01`;
  const since = rows.reduce<string | null>((last, d) => (d.raised !== null && d.raised < start && (last === null || d.raised > last) ? d.raised : last), null);
  const after = (date: string | null) => date !== null && (since !== null ? date > since : date >= start) && date <= day;
  const known = rows
    .filter((d) => d.raised === null || d.raised <= day)
    .map((d) => {
      const standing_then = decisionStanding({ closed: d.closed, closedDate: d.closed_date, deadline: d.deadline }, day);
      return { ...d, standing_then, days_late: standing_then === 'overdue' ? daysBetween(d.deadline!, day) : 0 };
    });
  return {
    since,
    closed: known.filter((d) => d.standing_then === 'closed' && after(d.closed_date)),
    added: known.filter((d) => after(d.raised)),
    overdue: known.filter((d) => d.standing_then === 'overdue'),
    open: known.filter((d) => d.standing_then === 'open'),
  };
}
