/** Work-ledger task state: done or open. Never fails; the text is kept for display. */
import type { Scalar } from '../model.ts';
import { cellText, normalizeHeader } from './text.ts';

const DONE = new Set(['已完成', '完成', '已办结', '办结', '√', '✓', '✔', '100%']);

export interface TaskState {
  readonly done: boolean;
  readonly text: string;
}

/** Done = 已完成, 完成, 已办结, 办结, √, 100% (a trailing note such as "已完成（6月10日）" is allowed). */
export function parseTaskState(v: Scalar): TaskState {
  const text = cellText(v);
  const done = v === true || v === 1 || DONE.has(normalizeHeader(text));
  return { done, text };
}
