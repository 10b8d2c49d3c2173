/** `/tasks`: overdue and open tasks with owners and due dates, and the month-by-month picture. */
import { privacyText } from '../../messages/privacy.ts';
import type { MetricsResult, TaskRow, TaskStanding } from '../../metrics/index.ts';
import { TASK_STATE_WORD, tasksChart } from '../../report/charts/index.ts';
import { dateZh } from '../../messages/format.ts';
import { text } from '../../messages/server.ts';
import { blanks, pageText } from '../../messages/pages.ts';
import { chartBlock, type ChartBlock } from './chart-block.ts';
import { targetPanels, type TargetView } from './targets.ts';

export interface TaskLine {
  readonly task: string;
  readonly owner: string;
  readonly due: string;
  readonly state: string;
  readonly late: string;
}

export interface TasksView {
  readonly panels: readonly TargetView[];
  readonly chart: ChartBlock | null;
  readonly overdue: readonly TaskLine[];
  readonly open: readonly TaskLine[];
  readonly done: readonly TaskLine[];
  readonly later: readonly TaskLine[];
}

export function taskLine(t: TaskRow, noOwner: string = blanks.owner): TaskLine {
  return {
    task: t.task,
    owner: t.owner ?? noOwner,
    due: dateZh(t.due),
    state: t.state ?? TASK_STATE_WORD[t.standing],
    late: t.standing === 'overdue' ? text.daysOverdue(t.days_overdue) : '',
  };
}

export function tasksView(m: MetricsResult): TasksView {
  const inTerm = m.tasks.filter((t) => t.due <= m.term.end);
  const noOwner = m.privacy && !m.privacy.names ? privacyText.ownerHidden : blanks.owner;
  const line = (t: TaskRow) => taskLine(t, noOwner);
  const by = (s: TaskStanding) => inTerm.filter((t) => t.standing === s).map(line);
  return {
    panels: targetPanels(m, ['routine_completion']),
    chart: inTerm.length ? chartBlock('tasks-months', pageText.tasks.chart, tasksChart(m), { width: 860, height: 320 }) : null,
    overdue: by('overdue'),
    open: by('open'),
    done: by('done'),
    later: m.tasks.filter((t) => t.due > m.term.end).map(line),
  };
}
