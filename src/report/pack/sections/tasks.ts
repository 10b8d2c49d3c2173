/** 工作台账: the term's tasks by due date, with whether each was done by the as-of day. */
import { packText } from '../../../messages/pack.ts';
import { privacyText } from '../../../messages/privacy.ts';
import { table, type CellInput } from '../../view/table.ts';
import { dateColumn } from '../date-column.ts';
import { section, type SectionBuilder } from '../part.ts';

const words = packText.tasks;

export const tasksSection: SectionBuilder = ({ metrics: m, visibility }) => {
  const tasks = m.tasks;
  const col = words.columns;
  const standing = (t: (typeof tasks)[number]): CellInput =>
    t.standing === 'done'
      ? { text: words.standing.done, tone: 'met' }
      : t.standing === 'overdue'
        ? { text: words.standing.overdue, sub: words.overdueDays(t.days_overdue), tone: 'not_met', strong: true }
        : { text: words.standing.open, tone: 'muted' };
  const count = (s: (typeof tasks)[number]['standing']) => tasks.filter((t) => t.standing === s).length;
  return [
    section(words.title, {
      lead: tasks.length > 0 ? [words.lead({ total: tasks.length, done: count('done'), overdue: count('overdue'), open: count('open') })] : [],
      blocks: [
        {
          table: table({
            caption: words.caption,
            columns: [
              { label: col.no, align: 'right', width: '6%' },
              { label: col.task, width: '36%' },
              { label: col.owner, align: 'center' },
              dateColumn(col.due),
              { label: col.state, align: 'center' },
              dateColumn(col.doneDate),
              { label: col.standing, align: 'center' },
            ],
            rows: tasks.map((t, i) => [
              String(i + 1),
              t.task,
              visibility.names ? (t.owner ?? '') : privacyText.ownerHidden,
              t.due,
              t.state ?? '',
              t.done_date ?? '',
              standing(t),
            ]),
            empty: words.empty,
          }),
        },
      ],
    }),
  ];
};
