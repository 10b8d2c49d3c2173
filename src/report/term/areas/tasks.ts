import { privacyText } from '../../../messages/privacy.ts';
import { targetOf, type TaskBrief } from '../../../metrics/index.ts';
import { dayZh } from '../../../messages/format.ts';
import { table } from '../../view/table.ts';
import type { AreaBuilder } from '../area.ts';
import { targetLines } from '../target-line.ts';
import { areaText } from '../../../messages/term-areas.ts';

const words = areaText.tasks;
const col = words.columns;

export const tasksArea: AreaBuilder = (m) => {
  const d = targetOf(m, 'routine_completion').detail;
  const year = m.as_of.slice(0, 4);
  const { open, upcoming, due } = d;
  const lead = due > 0 || upcoming.length > 0 ? [words.lead({ asOf: dayZh(m.as_of), due, done: d.done, open: open.length })] : [];
  const noOwner = m.privacy && !m.privacy.names ? privacyText.ownerHidden : words.noOwner;
  const base = (t: TaskBrief) => [t.task, t.owner ?? noOwner, dayZh(t.due, year)];
  return {
    id: 'tasks',
    targets: targetLines(m, ['routine_completion']),
    lead,
    tables: [
      table({
        caption: words.overdue.caption,
        columns: [
          { label: col.task, width: '40%' },
          { label: col.owner, align: 'center' },
          { label: col.due, align: 'center' },
          { label: col.late, align: 'right' },
          { label: col.state, align: 'center' },
        ],
        rows: open.map((t) => [...base(t), { text: words.daysLate(t.days_overdue), tone: 'not_met' as const, strong: true }, t.state ?? words.noState]),
        empty: words.overdue.empty,
      }),
      ...(upcoming.length > 0
        ? [
            table({
              caption: words.upcoming.caption,
              columns: [
                { label: col.task, width: '46%' },
                { label: col.owner, align: 'center' },
                { label: col.due, align: 'center' },
                { label: col.state, align: 'center' },
              ],
              rows: upcoming.map((t) => [...base(t), t.state ?? words.noState]),
              empty: '',
            }),
          ]
        : []),
    ],
  };
};
