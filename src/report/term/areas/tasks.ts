import { num, rows, str, target, type Row } from '../../charts/detail.ts';
import { dayZh } from '../../../messages/format.ts';
import { daysBetween } from '../../../ingest/values/index.ts';
import { table } from '../../view/table.ts';
import type { AreaBuilder } from '../area.ts';
import { targetLines } from '../target-line.ts';

export const tasksArea: AreaBuilder = (m) => {
  const d = target(m, 'routine_completion')?.detail;
  const year = m.as_of.slice(0, 4);
  const open = rows(d, 'open');
  const upcoming = rows(d, 'upcoming');
  const due = num(d, 'due');
  const lead =
    due !== null
      ? [`工作台账中截至${dayZh(m.as_of)}到期的常规工作 ${due} 项，已完成 ${num(d, 'done') ?? 0} 项，逾期未完成 ${open.length} 项。`]
      : [];
  const base = (t: Row) => [str(t, 'task') ?? '', str(t, 'owner') ?? '（未填）', dayZh(str(t, 'due'), year)];
  return {
    id: 'tasks',
    targets: targetLines(m, ['routine_completion']),
    lead,
    tables: [
      table({
        caption: '逾期未完成的工作',
        columns: [
          { label: '工作事项', width: '40%' },
          { label: '责任人', align: 'center' },
          { label: '截止日期', align: 'center' },
          { label: '逾期', align: 'right' },
          { label: '完成情况', align: 'center' },
        ],
        rows: open.map((t) => {
          const dueDate = str(t, 'due');
          return [
            ...base(t),
            { text: dueDate ? `${daysBetween(dueDate, m.as_of)} 天` : '—', tone: 'not_met' as const, strong: true },
            str(t, 'state') ?? '未填',
          ];
        }),
        empty: '没有逾期未完成的工作。',
      }),
      ...(upcoming.length > 0
        ? [
            table({
              caption: '本学期尚未到期、仍未完成的工作',
              columns: [
                { label: '工作事项', width: '46%' },
                { label: '责任人', align: 'center' },
                { label: '截止日期', align: 'center' },
                { label: '完成情况', align: 'center' },
              ],
              rows: upcoming.map((t) => [...base(t), str(t, 'state') ?? '未填']),
              empty: '',
            }),
          ]
        : []),
    ],
  };
};
