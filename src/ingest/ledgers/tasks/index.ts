/** The tasks ledger (ledgers.md §1, §3, §5). */
import type { LedgerDef } from '../ledger.ts';
import { text, date } from '../sheet-template.ts';
import { readTasks } from './read.ts';

export const tasksLedger: LedgerDef<'tasks'> = {
  keywords: ['工作台账', '任务', '工作清单', '工作计划', '工作安排'],
  fields: ['task', 'owner', 'due', 'taskState', 'doneDate'],
  required: ['工作事项', '截止日期'],
  fingerprint: (h) => (h.has('task') && h.has('due') ? 0 : -1),
  records: 'tasks',
  read: readTasks,
  template: {
    name: '工作台账',
    columns: [text('工作事项', 30), text('负责人', 10), date('截止日期'), text('完成情况', 10, { values: ['未开始', '进行中', '已完成', '延期'] }), date('完成日期')],
  },
};
