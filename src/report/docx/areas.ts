/** 二、主要工作和成效: one paragraph per area of the term plan, written from its targets' figures. */
import { targetOf, type MetricsResult, type TargetId, type TargetResult } from '../../metrics/index.ts';
import { draftText, draftTextFor } from '../../messages/docx-summary.ts';
import { money, monthZh, percent, points } from '../../messages/format.ts';
import { areaText, type AreaId } from '../../messages/term-areas.ts';
import { sportsHeld } from './basics.ts';
import type { ReportKind } from '../view/report-kind.ts';
import { valueText, verdict } from './figures.ts';


export interface AreaParagraph {
  readonly id: AreaId;
  readonly title: string;
  readonly text: string;
}

/** The figure's sentence and its verdict, or why there is no figure. */
const judged = (t: TargetResult, kind: ReportKind, sentence: () => string): string =>
  t.status === 'no_data' ? draftText.areas.noData(t.label, t.detail.reason ?? '', kind) : sentence() + verdict(t, kind);

const months = (ms: readonly string[]) => ms.map((x) => monthZh(x, true));

function paragraph(id: AreaId, m: MetricsResult, kind: ReportKind): string {
  const a = draftTextFor(m.term.kind).areas;
  const of = <K extends TargetId>(k: K) => targetOf(m, k);
  switch (id) {
    case 'participation': {
      const t = of('participation_rate');
      const held = sportsHeld(m);
      if (t.status === 'no_data' && held > 0 && t.detail.activities.length === 0) return a.participationNone(held);
      return judged(t, kind, () =>
        a.participation({ held, counted: t.detail.activities.length, eligible: t.detail.eligible, present: t.detail.present, rate: valueText(t) }),
      );
    }
    case 'satisfaction': {
      const t = of('satisfaction_growth');
      if (t.status === 'no_data' && t.detail.s_this === null) return a.satisfactionNone;
      return judged(t, kind, () =>
        a.satisfaction({ responses: t.detail.responses_this, rate: percent(t.detail.s_this), prev: t.detail.s_prev === null ? null : percent(t.detail.s_prev), growth: valueText(t) }),
      );
    }
    case 'archive': {
      const t = of('archive_completion');
      return judged(t, kind, () => a.archive({ listed: t.detail.listed, complete: t.detail.complete, rate: valueText(t) }));
    }
    case 'proposals': {
      const t = of('proposal_satisfaction');
      const d = t.detail;
      return judged(t, kind, () => a.proposals({ total: d.with_feedback + d.without_feedback, withFeedback: d.with_feedback, satisfied: d.satisfied, rate: valueText(t) }));
    }
    case 'tasks': {
      const t = of('routine_completion');
      return judged(t, kind, () => a.tasks({ due: t.detail.due, done: t.detail.done, rate: valueText(t) }));
    }
    case 'monthly': {
      const study = of('monthly_study');
      const training = of('cadre_training');
      const held = (t: { detail: { months: number; months_without: readonly string[] } }) => t.detail.months - t.detail.months_without.length;
      const first = judged(study, kind, () => a.study({ months: study.detail.months, held: held(study) }));
      const second = judged(training, kind, () => a.training({ held: held(training), without: months(training.detail.months_without) }));
      return first + second;
    }
    case 'offices': {
      const monthly = of('office_monthly');
      const trend = of('office_pass_trend');
      const first = judged(monthly, kind, () => a.officeMonthly({ months: monthly.detail.months, held: monthly.detail.months - monthly.detail.months_without.length }));
      const ms = trend.detail.months.filter((x) => x.rate !== null);
      const start = ms[0];
      const end = ms.at(-1);
      const worst = trend.detail.worst;
      const second = judged(trend, kind, () =>
        start && end
          ? a.passTrend({ first: monthZh(start.month, true), firstRate: percent(start.rate), last: monthZh(end.month, true), lastRate: percent(end.rate), rose: (end.rate ?? 0) > (start.rate ?? 0) }) +
            (worst && worst.change < 0 ? a.passTrendWorst({ from: monthZh(worst.from, true), to: monthZh(worst.to, true), change: points(worst.change) }) : '')
          : valueText(trend),
      );
      return first + second;
    }
    case 'mentoring': {
      const t = of('mentoring_coverage');
      return judged(t, kind, () => a.mentoring({ young: t.detail.young, paired: t.detail.paired, rate: valueText(t) }));
    }
    case 'funds': {
      const t = of('budget_within');
      const f = m.funds;
      const budgeted = f.categories.filter((c) => c.ratio !== null);
      const highest = [...budgeted].sort((x, y) => (y.ratio ?? 0) - (x.ratio ?? 0))[0];
      if (highest === undefined) return f.categories.length === 0 ? a.fundsNone : a.noData(t.label, t.detail.reason ?? '', kind);
      return judged(t, kind, () =>
        a.funds({ spent: money(f.total_spent), income: money(f.total_income), budgeted: budgeted.length, highest: highest.category, ratio: percent(highest.ratio) }),
      );
    }
  }
}

/** The areas in the order of the term report. */
export const DRAFT_AREAS: readonly AreaId[] = ['participation', 'satisfaction', 'archive', 'proposals', 'tasks', 'monthly', 'offices', 'mentoring', 'funds'];

export const areaParagraphs = (m: MetricsResult, kind: ReportKind): AreaParagraph[] =>
  DRAFT_AREAS.map((id) => ({ id, title: areaText[id].title, text: paragraph(id, m, kind) }));
