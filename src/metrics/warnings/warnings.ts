/**
 * Early warnings as of asOf (issue 10): computed from the same context and results as the
 * targets, so the overview, the month view and the pushed briefing say the same. A warning
 * is about what can still be acted on; a month already missed is the target's own miss.
 */
import type { LedgerKind } from '../../ingest/kinds.ts';
import type { SheetRef } from '../../ingest/records.ts';
import { addDays, daysBetween } from '../../ingest/values/index.ts';
import { warningText as w } from '../../messages/warnings.ts';
import type { MetricsContext } from '../context.ts';
import type { DecisionRow } from '../decisions.ts';
import type { FundsSummary } from '../funds.ts';
import { monthEnd } from '../months.ts';
import { termProposals } from '../proposal-summary.ts';
import { targetOf, type TaskRow, type TargetResult } from '../result.ts';
import type { TargetId } from '../targets/ids.ts';
import { workingDaysAfter } from '../working-days.ts';
import type { Warning, WarningCode } from './warning.ts';

export interface WarningInputs {
  readonly targets: readonly TargetResult[];
  readonly funds: FundsSummary;
  readonly tasks: readonly TaskRow[];
  readonly decisions: readonly DecisionRow[];
}

/** Tasks due within this many days are announced. */
export const TASK_HORIZON_DAYS = 7;
/** A fund category at this share of its budget is announced. */
export const FUND_WARN_RATIO = 0.9;

type Said = { readonly text: string; readonly action: string };

export function computeWarnings(ctx: MetricsContext, inputs: WarningInputs): Warning[] {
  const place = placeOf(ctx);
  const make = (code: WarningCode, subject: string, said: Said, ledger: LedgerKind, target: TargetId | null): Warning => ({
    code,
    key: `${code}:${subject}`,
    ...said,
    where: w.where(ledger, place(ledger)),
    ledger,
    target,
  });
  const out: Warning[] = [];
  const month = ctx.asOf.slice(0, 7);
  const left = workingDaysAfter(ctx.asOf, monthEnd(month));
  const soon = left <= ctx.settings.warnWorkingDays;

  const study = targetOf(inputs, 'monthly_study').detail;
  if (soon && study.months_in_progress.includes(month)) out.push(make('monthly_study_due', month, w.monthlyStudy(month, left), 'activities', 'monthly_study'));
  const cadre = targetOf(inputs, 'cadre_training').detail;
  if (soon && cadre.months_in_progress.includes(month)) out.push(make('cadre_training_due', month, w.cadreTraining(month, left), 'activities', 'cadre_training'));

  const office = targetOf(inputs, 'office_monthly').detail;
  if (soon && office.months_in_progress.includes(month)) out.push(make('office_scores_due', month, w.officeDue(month, left), 'offices', 'office_monthly'));
  const missed = office.months_without.at(-1);
  if (missed) out.push(make('office_scores_missed', missed, w.officeMissed(missed), 'offices', 'office_monthly'));

  for (const c of inputs.funds.categories) {
    if (c.budget === null || c.budget <= 0 || c.ratio === null) continue;
    if (c.spent > c.budget) out.push(make('fund_over_budget', c.category, w.fundOver(c.category, c.spent, c.budget), 'funds', 'budget_within'));
    else if (c.ratio >= FUND_WARN_RATIO) out.push(make('fund_near_budget', c.category, w.fundNear(c.category, c.spent, c.budget, c.ratio), 'funds', 'budget_within'));
  }

  for (const p of termProposals(ctx)) {
    const from = p.submitted ?? p.meeting;
    if (from === null || p.replyDate !== null || p.feedback !== null) continue;
    const due = addDays(from, ctx.settings.proposalReplyDays);
    if (due >= ctx.asOf) continue;
    const label = w.proposalLabel(p.id, p.title);
    out.push(make('proposal_reply_late', label, w.proposalLate(label, due, daysBetween(due, ctx.asOf)), 'proposals', 'proposal_satisfaction'));
  }

  const horizon = addDays(ctx.asOf, TASK_HORIZON_DAYS);
  for (const t of inputs.tasks) {
    // due today counts as overdue in the work ledger's standing; it is still "due soon" here
    if (t.standing === 'done' || t.due < ctx.asOf || t.due > horizon) continue;
    out.push(make('task_due_soon', `${t.task}|${t.due}`, w.taskSoon(t.task, t.due, daysBetween(ctx.asOf, t.due)), 'tasks', 'routine_completion'));
  }

  const participation = targetOf(inputs, 'participation_rate');
  if (participation.status === 'not_met' && participation.value !== null) {
    out.push(make('participation_low', month, w.participationLow(participation.value, participation.target), 'participation', 'participation_rate'));
  }

  for (const d of inputs.decisions) {
    if (d.standing === 'overdue') out.push(make('decision_overdue', `${d.item}|${d.raised ?? ''}`, w.decisionLate(d.item, d.deadline!, d.days_overdue), 'decisions', null));
  }
  return out;
}

/** `file › sheet` of a ledger's first record, or null when the ledger is absent. */
function placeOf(ctx: MetricsContext): (kind: LedgerKind) => string | null {
  const r = ctx.records;
  const first: { readonly [K in LedgerKind]?: readonly { readonly ref: SheetRef }[] } = {
    activities: r.activities,
    offices: r.offices,
    funds: r.funds,
    budget: r.budget,
    proposals: r.proposals,
    tasks: r.tasks,
    participation: r.participation.length > 0 ? [{ ref: r.participation.sheets[r.participation.sheet[0]!]! }] : [],
    decisions: r.decisions,
  };
  return (kind) => {
    const ref = first[kind]?.[0]?.ref;
    return ref ? `${ref.file} › ${ref.sheet}` : null;
  };
}
