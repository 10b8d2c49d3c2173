/**
 * 期中自查: what each target still needs by the term's end, as of asOf — the months still to
 * hold a study session or training in, the proposals awaiting an answer, the budget left.
 * Computed from the same results as the targets; a month already missed is not "remaining".
 */
import { remainingText as r } from '../messages/remaining.ts';
import type { MetricsContext } from './context.ts';
import type { FundsSummary } from './funds.ts';
import type { TargetResult } from './result.ts';
import type { TargetId } from './targets/ids.ts';
import { clean } from './context.ts';

export interface Remaining {
  readonly id: TargetId;
  readonly text: string;
}

/** Working months of the term after asOf's month, and asOf's month when it does not yet have what `has` asks. */
function monthsLeft(ctx: MetricsContext, inProgress: readonly string[]): string[] {
  const now = ctx.asOf.slice(0, 7);
  return ctx.term.workingMonths.filter((m) => m > now || inProgress.includes(m));
}

export function remaining(ctx: MetricsContext, targets: readonly TargetResult[], funds: FundsSummary): Remaining[] {
  return targets.map((t): Remaining => ({ id: t.id, text: todo(ctx, t, funds) }));
}

function todo(ctx: MetricsContext, t: TargetResult, funds: FundsSummary): string {
  const monthly = (inProgress: readonly string[], say: (ms: readonly string[]) => string) => {
    const left = monthsLeft(ctx, inProgress);
    return left.length ? say(left) : r.noMonths;
  };
  switch (t.id) {
    case 'participation_rate':
      if (t.value === null) return r.noData(t.detail.reason ?? '');
      return t.status === 'met' ? r.participationKeep(percentOf(t.target)) : r.participationGap(((t.target - t.value) * 100).toFixed(1), percentOf(t.target));
    case 'satisfaction_growth': {
      const prev = t.detail.s_prev;
      return r.survey(prev, prev === null ? null : clean(prev * (1 + t.target)));
    }
    case 'archive_completion':
      return t.detail.missing.length ? r.archive(t.detail.missing.length) : r.archiveKeep;
    case 'proposal_satisfaction':
      return t.detail.awaiting_feedback.length ? r.proposals(t.detail.awaiting_feedback.length) : r.done;
    case 'routine_completion':
      return r.tasks(t.detail.open.length, t.detail.upcoming.length);
    case 'monthly_study':
    case 'cadre_training':
      return monthly(t.detail.months_in_progress, r.monthly);
    case 'office_monthly':
      return monthly(t.detail.months_in_progress, r.officeMonthly);
    case 'office_pass_trend':
      return r.passTrend(t.detail.months.at(-1)?.rate ?? null);
    case 'mentoring_coverage':
      return t.detail.unpaired.length ? r.mentoring(t.detail.unpaired.length) : r.done;
    case 'budget_within': {
      const budgeted = funds.categories.filter((c) => c.budget !== null && c.budget > 0);
      const left = budgeted.reduce((n, c) => n + Math.max(0, c.budget! - c.spent), 0);
      return r.budget(clean(left), budgeted.filter((c) => c.spent > c.budget!).map((c) => c.category));
    }
  }
}

const percentOf = (x: number) => `${clean(x * 100)}%`;
