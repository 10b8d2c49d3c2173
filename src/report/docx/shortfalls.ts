/**
 * 三、存在的不足 and 四、下学期打算: every target not met, in the plan's order, said plainly
 * (counts, activities and budget lines, never a person), and one concrete step for each.
 * Mid-term the steps are what the metrics say each target still needs by the term's end.
 */
import { targetOf, type MetricsResult, type TargetResult } from '../../metrics/index.ts';
import { draftTextFor } from '../../messages/docx-summary.ts';
import { dateZh, money, monthZh, percent, points } from '../../messages/format.ts';
import { meets } from '../charts/style.ts';
import type { ReportKind } from '../view/report-kind.ts';
import { goalText, valueText } from './figures.ts';


const months = (ms: readonly string[]) => ms.map((x) => monthZh(x, true));

/** Satisfaction items that fell since last term, lowest first. */
const fallen = (t: Extract<TargetResult, { id: 'satisfaction_growth' }>) =>
  t.detail.items.filter((i) => i.this !== null && i.prev !== null && i.this < i.prev).map((i) => i.item);

/** The lowest-rated items this term (at most two), for the plan. */
const lowest = (t: Extract<TargetResult, { id: 'satisfaction_growth' }>) =>
  [...t.detail.items]
    .filter((i) => i.this !== null)
    .sort((x, y) => (x.this ?? 0) - (y.this ?? 0))
    .slice(0, 2)
    .map((i) => i.item);

function shortfall(t: TargetResult, m: MetricsResult, kind: ReportKind): string {
  const s = draftTextFor(m.term.kind).shortfalls;
  const below = s.belowTarget({ label: t.label, value: valueText(t), target: goalText(t), kind });
  switch (t.id) {
    case 'participation_rate': {
      const low = t.detail.activities.filter((x) => x.rate !== null && !meets(x.rate, t)).length;
      return below + (low > 0 ? s.participationActivities(low) : '');
    }
    case 'satisfaction_growth': {
      const items = fallen(t);
      return below + (items.length > 0 ? s.satisfactionItems(items) : '');
    }
    case 'archive_completion':
      return (
        below +
        (t.detail.missing.length > 0 ? s.archiveMissing(t.detail.missing.map((x) => ({ name: x.name, materials: x.materials }))) : '') +
        (t.detail.not_listed.length > 0 ? s.notListed(t.detail.not_listed.length) : '')
      );
    case 'proposal_satisfaction':
      return below + s.proposals({ unsatisfied: t.detail.unsatisfied.length, awaiting: t.detail.awaiting_feedback.length });
    case 'routine_completion':
      return below + (t.detail.open.length > 0 ? s.tasks(t.detail.open.length) : '');
    case 'monthly_study':
      return s.monthsWithout(s.study, months(t.detail.months_without));
    case 'cadre_training':
      return s.monthsWithout(s.training, months(t.detail.months_without));
    case 'office_monthly':
      return s.monthsWithout(s.offices, months(t.detail.months_without));
    case 'office_pass_trend': {
      const w = t.detail.worst;
      return w ? s.passDrop({ from: monthZh(w.from, true), to: monthZh(w.to, true), change: points(w.change) }) : below;
    }
    case 'mentoring_coverage':
      return s.mentoring(t.detail.young - t.detail.paired);
    case 'budget_within':
      return s.overBudget(
        m.funds.categories.filter((c) => c.over).map((c) => ({ category: c.category, ratio: percent(c.ratio), budget: money(c.budget), spent: money(c.spent) })),
      );
  }
}

function plan(t: TargetResult, m: MetricsResult): string {
  const p = draftTextFor(m.term.kind).plans;
  switch (t.id) {
    case 'participation_rate':
      return p.participation(goalText(t));
    case 'satisfaction_growth':
      return p.satisfaction(lowest(t));
    case 'archive_completion':
      return p.archive;
    case 'proposal_satisfaction':
      return p.proposals;
    case 'routine_completion':
      return p.tasks;
    case 'monthly_study':
      return p.study;
    case 'cadre_training':
      return p.training;
    case 'office_monthly':
      return p.offices;
    case 'office_pass_trend':
      return p.passTrend;
    case 'mentoring_coverage':
      return p.mentoring;
    case 'budget_within':
      return p.budget(m.funds.categories.filter((c) => c.over).map((c) => c.category));
  }
}

const noData = (m: MetricsResult) => m.targets.filter((t) => t.status === 'no_data');

/** Numbered sentences of 三、存在的不足. */
export function shortfallItems(m: MetricsResult, kind: ReportKind): string[] {
  const s = draftTextFor(m.term.kind).shortfalls;
  const items = m.targets.filter((t) => t.status === 'not_met').map((t) => shortfall(t, m, kind));
  const unbudgeted = m.funds.categories.filter((c) => c.over === null && c.spent > 0).map((c) => c.category);
  if (unbudgeted.length > 0) items.push(s.unbudgeted(unbudgeted));
  const archive = targetOf(m, 'archive_completion');
  if (archive.status === 'met' && archive.detail.not_listed.length > 0) items.push(s.notListed(archive.detail.not_listed.length));
  const missing = noData(m);
  if (missing.length > 0) items.push(s.noData(missing.map((t) => t.label), kind));
  return items.length === 0 ? [s.none] : items.map((text, i) => s.item(i + 1, text));
}

/** Sentences of 四、下学期打算 (期中: 下阶段打算). */
export function planSentences(m: MetricsResult, kind: ReportKind): string[] {
  const p = draftTextFor(m.term.kind).plans;
  const notMet = m.targets.filter((t) => t.status === 'not_met');
  const missing = noData(m);
  if (kind === 'midterm') {
    const todo = new Map(m.remaining.map((r) => [r.id, r.text]));
    const out = [
      ...notMet.map((t) => p.remaining(t.label, todo.get(t.id) ?? '')),
      ...missing.map((t) => p.remainingNoData(t.label, todo.get(t.id) ?? '')),
    ];
    return out.length > 0 ? out : [p.remainingNone(dateZh(m.term.end))];
  }
  const out = notMet.map((t) => plan(t, m));
  if (missing.length > 0) out.push(p.noData(missing.map((t) => t.label)));
  return out.length > 0 ? out : [p.none];
}
