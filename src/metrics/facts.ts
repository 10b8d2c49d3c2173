/** What every target reads and no asOf changes: computed once per term. */
import type { ColumnTable } from 'arquero';
import type { BudgetRecord, Records } from '../ingest/records.ts';
import { roundCents } from '../ingest/values/index.ts';
import type { Term } from '../term/term.ts';
import { activityStats, type ActivityStat } from './activity-stats.ts';
import { isYoung } from './eligibility.ts';
import { buildFundTable, type FundTable } from './fund-table.ts';
import { participationPairs } from './participation-pairs.ts';
import type { MetricsSettings } from './settings.ts';
import { surveyRate, type SurveyRate } from './survey-rate.ts';

export interface BudgetLine {
  readonly category: string;
  readonly amount: number;
}

export interface TermFacts {
  /** The term's activities in date order, with participation. */
  readonly activities: readonly ActivityStat[];
  /** Eligible (activity, roster row) pairs with their marks; `activity` indexes `activities`. */
  readonly pairs: ColumnTable;
  /** Roster indices of young teachers (any status). */
  readonly young: ReadonlySet<number>;
  /** Last term's (or last year's) rate: that span is over, so no asOf changes it. */
  readonly surveyPrev: SurveyRate | null;
  /** The span compared with: the term before, or the same kind of year a year earlier. */
  readonly previous: Term;
  /** Budget lines of this term (or stating none), one per category, in ledger order. */
  readonly budget: readonly BudgetLine[];
  /** Fund rows dated within the term, coded for grouping. */
  readonly fundTable: FundTable;
}

const inTerm = (term: Term, date: string) => date >= term.start && date <= term.end;
const ofTerm = (term: Term, id: string | null) => id === null || term.termIds.includes(id);

export function buildFacts(records: Records, term: Term, previous: Term, settings: MetricsSettings): TermFacts {
  const young = new Set<number>();
  records.staff.forEach((s, i) => {
    if (isYoung(s, term.start, settings.youngAge)) young.add(i);
  });
  const activities = records.activities
    .filter((a) => inTerm(term, a.date))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const budget = budgetLines(records.budget.filter((b) => ofTerm(term, b.term)));
  const funds = records.funds.filter((f) => inTerm(term, f.date));
  const participation = participationPairs(records, activities, (i) => young.has(i));
  return {
    activities: activityStats(activities, participation),
    pairs: participation.pairs,
    young,
    surveyPrev: surveyRate(records.survey, previous.termIds, term.id, settings.satisfiedFrom),
    previous,
    budget,
    fundTable: buildFundTable(funds, budget.map((b) => b.category), activities),
  };
}

function budgetLines(rows: readonly BudgetRecord[]): BudgetLine[] {
  const lines = new Map<string, number>();
  for (const b of rows) lines.set(b.category, roundCents((lines.get(b.category) ?? 0) + b.amount));
  return [...lines].map(([category, amount]) => ({ category, amount }));
}
