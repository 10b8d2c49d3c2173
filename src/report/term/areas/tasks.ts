import { targetOf, type TaskBrief } from '../../../metrics/index.ts';
import { dayZh } from '../../../messages/format.ts';
import { table } from '../../view/table.ts';
import type { AreaBuilder } from '../area.ts';
import { targetLines } from '../target-line.ts';

export const tasksArea: AreaBuilder = (m) => {
  const d = targetOf(m, 'routine_completion').detail;
  const year = m.as_of.slice(0, 4);
  const { open, upcoming, due } = d;
  const lead = due > 0 || upcoming.length > 0 ? [`工作台账中截至${dayZh(m.as_of)}到期的常规工作 ${due} 项，已完成 ${d.done} 项，逾期未完成 ${open.length} 项。`] : [];
  const base = (t: TaskBrief) => [t.task, t.owner ?? '（未填）', dayZh(t.due, year)];
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
        rows: open.map((t) => [...base(t), { text: `${t.days_overdue} 天`, tone: 'not_met' as const, strong: true }, t.state ?? '未填']),
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
              rows: upcoming.map((t) => [...base(t), t.state ?? '未填']),
              empty: '',
            }),
          ]
        : []),
    ],
  };
};
