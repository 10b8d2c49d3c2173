/** The ledger cells behind a figure: how many records it counts, as of asOf, and the first of them. */
import { participationRefAt } from '../../ingest/participation-table.ts';
import type { ActivityCategory, CellRef } from '../../ingest/records.ts';
import { TRAINING_CATEGORIES } from '../targets/cadre-training.ts';
import { STUDY_CATEGORIES } from '../targets/monthly-study.ts';
import { listedArchive } from '../archive-matrix.ts';
import { upToAsOf, type MetricsContext } from '../context.ts';
import { termProposals } from '../proposal-summary.ts';
import { hasSignIn, sportsUpToAsOf } from '../sports.ts';
import type { FigureId } from './figures.ts';

const MONTHLY: Partial<Record<FigureId, readonly ActivityCategory[]>> = { monthly_study: STUDY_CATEGORIES, cadre_training: TRAINING_CATEGORIES };

export interface Evidence {
  readonly count: number;
  /** The first `shown` of them, in ledger order. */
  readonly first: readonly CellRef[];
}

/** Evidence of records already at hand. */
export const listedEvidence = (refs: readonly CellRef[], shown: number): Evidence => ({ count: refs.length, first: refs.slice(0, shown) });

/** A figure's evidence; a district's millions of participation marks are counted, and only `shown` of them named. */
export function evidenceOf(figure: FigureId, ctx: MetricsContext, shown: number): Evidence {
  const refs = (list: readonly { readonly ref: CellRef }[]) => listedEvidence(list.map((x) => x.ref), shown);
  const r = ctx.records;
  const inTermMonth = (month: string) => month >= ctx.term.start.slice(0, 7) && month <= ctx.asOf.slice(0, 7);
  switch (figure) {
    case 'participation_rate': {
      const keys = new Set(sportsUpToAsOf(ctx).filter(hasSignIn).map((s) => s.activity.key));
      const t = r.participation;
      const first: CellRef[] = [];
      let count = 0;
      for (let i = 0; i < t.length; i++) {
        const key = t.activityKeys[t.activity[i]!];
        if (key == null || !keys.has(key)) continue;
        if (count++ < shown) first.push(participationRefAt(t, i));
      }
      return { count, first };
    }
    case 'archive_completion':
      return refs(listedArchive(ctx));
    case 'proposal_satisfaction':
      return refs(termProposals(ctx));
    case 'routine_completion':
      return refs(r.tasks.filter((t) => upToAsOf(ctx, t.due)));
    case 'monthly_study':
    case 'cadre_training': {
      const categories = MONTHLY[figure] ?? [];
      return refs(ctx.facts.activities.filter((s) => categories.includes(s.activity.category) && upToAsOf(ctx, s.activity.date)).map((s) => s.activity));
    }
    case 'office_monthly':
    case 'office_pass_trend':
      return refs(r.offices.filter((o) => inTermMonth(o.month)));
    case 'mentoring_coverage':
      return refs(r.mentoring.filter((m) => m.term === null || m.term === ctx.term.id));
    case 'budget_within':
      return refs([...r.budget, ...r.funds.filter((f) => upToAsOf(ctx, f.date))]);
    case 'satisfaction':
    case 'satisfaction_growth':
      return refs(r.survey.filter((s) => (s.term ?? ctx.term.id) === ctx.term.id && (s.submitted === null || s.submitted <= ctx.asOf)));
  }
}
