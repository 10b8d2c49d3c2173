/**
 * computeMetrics: ingest's records → every target of the term plan, funds, the term-end
 * evaluation and the rows the month view needs. Pure: no I/O, no clock.
 */
import type { IngestResult } from '../ingest/index.ts';
import type { Records } from '../ingest/records.ts';
import { ALL_RANGE } from '../ingest/values/index.ts';
import { archiveMatrix } from './archive-matrix.ts';
import { clean, type MetricsContext } from './context.ts';
import { decisionRows } from './decisions.ts';
import { evaluate } from './evaluation.ts';
import { buildFacts } from './facts.ts';
import { fundsSummary } from './funds.ts';
import { monthEnd, nextMonth } from './months.ts';
import { participationBreakdown } from './participation-breakdown.ts';
import type { PeriodOptions } from './period.ts';
import { prepare } from './prepare.ts';
import { proposalSummary } from './proposal-summary.ts';
import type { ActivityRow, MetricsResult, TargetResult, TaskRow, TaskStanding, TrendPoint } from './result.ts';
import { doneBy } from './done-by.ts';
import { daysBetween } from '../ingest/values/index.ts';
import { statusOf } from './status.ts';
import { surveyThisTerm } from './targets/satisfaction-growth.ts';
import { targetLabel } from '../messages/targets.ts';
import type { ResolvedTarget } from './targets/overrides.ts';
import { computeWarnings } from './warnings/warnings.ts';
import { remaining } from './remaining.ts';
import { computeRubric } from './rubric/index.ts';

export type MetricsOptions = PeriodOptions;

export function computeMetrics(ingest: IngestResult, options: MetricsOptions): MetricsResult {
  const { records } = ingest;
  const { settings, period, targets: resolved, rubric, issues } = prepare(ingest, options);
  const { term, asOf, previous } = period;
  const ctx: MetricsContext = { records, term, asOf, settings, facts: buildFacts(records, term, previous, settings) };

  const targets = resolved.map((t) => targetResult(t, ctx));
  const funds = fundsSummary(ctx);
  const tasks = taskRows(records, term.start, asOf);
  const decisions = decisionRows(ctx);
  return {
    school: settings.school ?? '',
    term: { id: term.id, label: term.label, start: term.start, end: term.end, working_months: term.workingMonths, kind: term.kind, term_ids: term.termIds },
    as_of: asOf,
    targets,
    funds,
    evaluation: evaluate({ targets, sheets: ingest.sheets, satisfaction: surveyThisTerm(ctx)?.rate ?? null, settings }),
    rubric: computeRubric(rubric, ctx, targets),
    issues,
    activities: activityRows(ctx),
    offices: officeRows(ctx),
    tasks,
    participation: participationBreakdown(ctx),
    archive: archiveMatrix(ctx),
    proposals: proposalSummary(ctx),
    decisions,
    warnings: computeWarnings(ctx, { targets, funds, tasks, decisions }),
    remaining: remaining(ctx, targets, funds),
    min_group_size: settings.minGroup,
  };
}

function targetResult(t: ResolvedTarget, ctx: MetricsContext): TargetResult {
  const { value, detail } = t.def.compute(ctx);
  return {
    id: t.def.id,
    label: targetLabel(t.def.id, ctx.term.kind),
    value,
    target: t.target,
    op: t.op,
    status: statusOf(value, t.op, t.target),
    detail,
    trend: trend(t, ctx),
  } as TargetResult;
}

/** The target as of each month's end, from the term's first month to asOf's month. */
function trend(t: ResolvedTarget, ctx: MetricsContext): TrendPoint[] {
  const points: TrendPoint[] = [];
  for (let month = ctx.term.start.slice(0, 7); month <= ctx.asOf.slice(0, 7); month = nextMonth(month)) {
    const end = monthEnd(month);
    const asOf = end < ctx.asOf ? end : ctx.asOf;
    const { value } = t.def.compute({ ...ctx, asOf });
    points.push({ month, as_of: asOf, value, status: statusOf(value, t.op, t.target) });
  }
  return points;
}

function activityRows(ctx: MetricsContext): ActivityRow[] {
  return ctx.facts.activities.map((s) => ({
    name: s.activity.name,
    date: s.activity.date,
    category: s.activity.category,
    range: s.activity.rangeText || ALL_RANGE,
    records: s.records,
    eligible: s.eligible,
    present: s.present,
    excused: s.excused,
    rate: s.records > 0 && s.eligible > 0 ? clean(s.present / s.eligible) : null,
    attendees: s.attendees,
  }));
}

function officeRows(ctx: MetricsContext) {
  const [from, to] = [ctx.term.start.slice(0, 7), ctx.term.end.slice(0, 7)];
  const threshold = ctx.settings.officePassScore;
  const scores = ctx.records.offices
    .filter((o) => o.month >= from && o.month <= to)
    .map((o) => ({ month: o.month, office: o.office, total: o.total, passed: o.total >= threshold }))
    .sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  return { threshold, scores };
}

function taskRows(records: Records, from: string, asOf: string): TaskRow[] {
  return records.tasks
    .filter((t) => t.due >= from)
    .map((t) => {
      const standing: TaskStanding = doneBy(t, asOf) ? 'done' : t.due <= asOf ? 'overdue' : 'open';
      const days_overdue = standing === 'overdue' ? daysBetween(t.due, asOf) : 0;
      return { task: t.task, owner: t.owner, due: t.due, done: t.done, done_date: t.doneDate, state: t.stateText || null, standing, days_overdue };
    })
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}
