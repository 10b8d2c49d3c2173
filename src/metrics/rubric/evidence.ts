/** The ledger cells behind a figure: the records it counts, as of asOf. */
import { participationAt } from '../../ingest/participation-table.ts';
import { participationRef, type ActivityCategory, type CellRef } from '../../ingest/records.ts';
import { TRAINING_CATEGORIES } from '../targets/cadre-training.ts';
import { STUDY_CATEGORIES } from '../targets/monthly-study.ts';
import { listedArchive } from '../archive-matrix.ts';
import { upToAsOf, type MetricsContext } from '../context.ts';
import { termProposals } from '../proposal-summary.ts';
import { hasSignIn, sportsUpToAsOf } from '../sports.ts';
import type { FigureId } from './figures.ts';

const MONTHLY: Partial<Record<FigureId, readonly ActivityCategory[]>> = { monthly_study: STUDY_CATEGORIES, cadre_training: TRAINING_CATEGORIES };

export function evidenceOf(figure: FigureId, ctx: MetricsContext): readonly CellRef[] {
  const r = ctx.records;
  const inTermMonth = (month: string) => month >= ctx.term.start.slice(0, 7) && month <= ctx.asOf.slice(0, 7);
  switch (figure) {
    case 'participation_rate': {
      const keys = new Set(sportsUpToAsOf(ctx).filter(hasSignIn).map((s) => s.activity.key));
      const t = r.participation;
      const refs: CellRef[] = [];
      for (let i = 0; i < t.length; i++) {
        const key = t.activityKeys[t.activity[i]!];
        if (key != null && keys.has(key)) refs.push(participationRef(participationAt(t, i)));
      }
      return refs;
    }
    case 'archive_completion':
      return listedArchive(ctx).map((a) => a.ref);
    case 'proposal_satisfaction':
      return termProposals(ctx).map((p) => p.ref);
    case 'routine_completion':
      return r.tasks.filter((t) => upToAsOf(ctx, t.due)).map((t) => t.ref);
    case 'monthly_study':
    case 'cadre_training': {
      const categories = MONTHLY[figure] ?? [];
      return ctx.facts.activities.filter((s) => categories.includes(s.activity.category) && upToAsOf(ctx, s.activity.date)).map((s) => s.activity.ref);
    }
    case 'office_monthly':
    case 'office_pass_trend':
      return r.offices.filter((o) => inTermMonth(o.month)).map((o) => o.ref);
    case 'mentoring_coverage':
      return r.mentoring.filter((m) => m.term === null || m.term === ctx.term.id).map((m) => m.ref);
    case 'budget_within':
      return [...r.budget.map((b) => b.ref), ...r.funds.filter((f) => upToAsOf(ctx, f.date)).map((f) => f.ref)];
    case 'satisfaction':
    case 'satisfaction_growth':
      return r.survey.filter((s) => (s.term ?? ctx.term.id) === ctx.term.id && (s.submitted === null || s.submitted <= ctx.asOf)).map((s) => s.ref);
  }
}
