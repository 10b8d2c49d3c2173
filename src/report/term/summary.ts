/** The summary table of every target: the plan's wording, value, target and status. */
import { TARGET_DEFS, type MetricsResult } from '../../metrics/index.ts';
import { table, type TableView } from '../view/table.ts';
import { targetLine } from './target-line.ts';
import { termText } from '../../messages/term-report.ts';
import { targetText } from '../../messages/targets.ts';
import { remainingText } from '../../messages/remaining.ts';
import { dateZh } from '../../messages/format.ts';

export function summaryTable(m: MetricsResult): TableView {
  const [no, wording, value, target, status] = termText.columns.summary;
  return table({
    caption: termText.summaryCaption(m.term.kind),
    columns: [
      { label: no, align: 'center', width: '7%' },
      { label: wording, width: '53%' },
      { label: value, align: 'right', width: '12%' },
      { label: target, align: 'right', width: '13%' },
      { label: status, align: 'center', width: '15%' },
    ],
    rows: m.targets.map((t, i) => {
      const line = targetLine(t);
      // The plan's clause names its default figure: say so when the 目标 sheet has set another one.
      const plan = TARGET_DEFS[t.id];
      const adjusted = plan.target !== t.target || plan.op !== t.op;
      const clause = adjusted ? termText.adjustedClause(m.term.kind, targetText[t.id].clause, line.target) : targetText[t.id].clause;
      return [
        String(i + 1),
        { text: t.label, strong: true, sub: clause },
        line.value,
        line.target,
        { text: line.status, tone: t.status, strong: true, ...(line.reason ? { sub: line.reason } : {}) },
      ];
    }),
    empty: termText.noTargets,
  });
}

export function summaryCounts(m: MetricsResult): string {
  const count = (s: string) => m.targets.filter((t) => t.status === s).length;
  return termText.summaryCounts(m.term.kind, { total: m.targets.length, met: count('met'), notMet: count('not_met'), noData: count('no_data') });
}

/** 期中自查: each target, where it stands, and what it still needs by the term's end. */
export function remainingTable(m: MetricsResult): TableView {
  const c = remainingText.columns;
  const todo = new Map(m.remaining.map((x) => [x.id, x.text]));
  return table({
    caption: remainingText.caption(m.term.kind, dateZh(m.term.end)),
    columns: [
      { label: c.target, width: '30%' },
      { label: c.now, align: 'right', width: '18%' },
      { label: c.todo },
    ],
    rows: m.targets.map((t) => {
      const line = targetLine(t);
      return [{ text: t.label, strong: true }, { text: remainingText.now(line.value, line.status), tone: t.status }, todo.get(t.id) ?? ''];
    }),
    empty: termText.noTargets,
  });
}
