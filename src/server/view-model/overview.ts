/** `/`: one card per target, the evaluation, the fund position and the count of data issues. */
import { SPAN_WORDS } from '../../messages/span.ts';
import { targetOf, type MetricsResult } from '../../metrics/index.ts';
import { money, monthZh } from '../../messages/format.ts';
import type { Query } from '../query.ts';
import { text } from '../../messages/server.ts';
import { areaHref, currentMonth, type Area } from './frame.ts';
import { TARGET_AREA, targetView, type TargetView } from './targets.ts';
import { warningsView, type WarningsView } from './warnings.ts';
import type { PushView } from './push.ts';

export interface OverviewView {
  readonly summary: string;
  readonly cards: readonly TargetView[];
  readonly evaluation: {
    /** 期末总评, or 学年总评 … for a year */
    readonly title: string;
    readonly dimensions: readonly { readonly label: string; readonly score: string; readonly width: number; readonly weight: string; readonly scored: boolean }[];
    readonly total: string;
    /** Why there is no total: the ledger dimensions that could not be scored. */
    readonly noTotal: string | null;
  };
  readonly funds: {
    readonly spent: string;
    readonly income: string;
    readonly balance: string;
    readonly over: readonly string[];
    /** Why over-budget cannot be judged (no budget, no spending); null when it can. */
    readonly unknown: string | null;
    readonly href: string;
  };
  readonly issues: { readonly text: string; readonly errors: number; readonly warnings: number; readonly href: string };
  readonly month: { readonly href: string; readonly label: string };
  readonly warnings: WarningsView | null;
  /** How the last push went; null when nothing is configured. */
  readonly push: PushView | null;
}

export function overviewView(m: MetricsResult, query: Query, push: PushView | null = null): OverviewView {
  const hrefOf = (area: Area) => areaHref(area, m, query);
  const count = (s: string) => m.targets.filter((t) => t.status === s).length;
  const errors = m.issues.filter((i) => i.severity === 'error').length;
  const warnings = m.issues.filter((i) => i.severity === 'warning').length;
  const month = currentMonth(m);
  const budget = targetOf(m, 'budget_within');
  return {
    summary: text.summary(count('met'), count('not_met'), count('no_data')),
    cards: m.targets.map((t) => targetView(t, `${hrefOf(TARGET_AREA[t.id])}#${t.id}`, 'spark')),
    evaluation: {
      title: SPAN_WORDS[m.term.kind].review,
      dimensions: m.evaluation.dimensions.map((d) => ({
        label: d.label,
        score: d.score === null ? text.notScored : d.score.toFixed(1),
        width: d.score === null ? 0 : Math.max(0, Math.min(100, d.score)),
        weight: text.weight(d.weight),
        scored: d.score !== null,
      })),
      total: m.evaluation.total === null ? text.notScored : m.evaluation.total.toFixed(1),
      noTotal: m.evaluation.unscored.length
        ? text.noTotal(m.evaluation.dimensions.filter((d) => m.evaluation.unscored.includes(d.id)).map((d) => d.label))
        : null,
    },
    funds: {
      spent: money(m.funds.total_spent),
      income: money(m.funds.total_income),
      balance: money(m.funds.balance),
      over: m.funds.categories.filter((c) => c.over).map((c) => c.category),
      unknown: budget.status === 'no_data' ? (budget.detail.reason ?? null) : null,
      href: hrefOf('funds'),
    },
    issues: { text: text.issues(errors, warnings), errors, warnings, href: hrefOf('quality') },
    warnings: warningsView(m, query),
    push,
    month: { href: areaHref('month', m, query), label: monthZh(month) },
  };
}
