/** The human output of `union-dash metrics`: a Chinese table of the targets, then the evaluation and funds. */
import type { LedgerIssue } from '../ingest/issues.ts';
import { statusLabels, type MetricsResult } from '../metrics/index.ts';
import { metricsText } from '../messages/metrics-cli.ts';
import { num, percent } from '../messages/format.ts';
import { OP_SYMBOL } from '../report/status.ts';

const money = (x: number): string => x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Columns as a terminal shows them: CJK and full-width characters take two cells. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u.test(ch) ? 2 : 1;
  return w;
}

const pad = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - displayWidth(s)));

function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => displayWidth(r[c]!))));
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : pad(cell, widths[c]! + 2))).join(''));
}

export function formatMetrics(r: MetricsResult): string {
  const lines = [metricsText.heading(r), ''];
  const rows = r.targets.map((t) => [
    t.label,
    t.value === null ? metricsText.noValue : percent(t.value),
    `${OP_SYMBOL[t.op]}${percent(t.target)}`,
    statusLabels[t.status],
  ]);
  lines.push(...table([[...metricsText.columns], ...rows]));

  const noData = r.targets.filter((t) => t.status === 'no_data');
  if (noData.length) {
    lines.push('', metricsText.reasons);
    for (const t of noData) lines.push(metricsText.reason(t.label, String(t.detail.reason ?? '')));
  }

  const dims = r.evaluation.dimensions.map((d) =>
    metricsText.dimension(d.label, d.score === null ? metricsText.notScored : d.score.toFixed(1), d.weight),
  );
  const total = r.evaluation.total === null ? metricsText.notScored : r.evaluation.total.toFixed(1);
  lines.push('', metricsText.evaluation(r.term.kind, dims, total));
  const rubric = r.rubric;
  if (rubric) {
    const vetoed = rubric.items.filter((x) => x.veto_triggered).map((x) => x.item);
    lines.push(metricsText.rubric({ total: num(rubric.total), basic: num(rubric.basic.score), basicMax: num(rubric.basic.max), bonus: num(rubric.bonus.score), unscored: rubric.basic.unscored, vetoed }));
  }

  const over = r.funds.categories.filter((c) => c.over).map((c) => c.category);
  lines.push(metricsText.funds(r.term.kind, money(r.funds.total_spent), money(r.funds.total_income)) + (over.length ? metricsText.overBudget(over) : ''));
  lines.push(metricsText.issues(count(r.issues, 'error'), count(r.issues, 'warning')));
  return lines.join('\n');
}

const count = (issues: readonly LedgerIssue[], severity: LedgerIssue['severity']) => issues.filter((i) => i.severity === severity).length;
