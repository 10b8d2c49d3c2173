import type { Column } from '../view/table.ts';

/** A column of YYYY-MM-DD dates, wide enough that no date breaks at its hyphens. */
export const dateColumn = (label: string): Column => ({ label, align: 'center', width: '13%' });
