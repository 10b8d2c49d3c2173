/** Decision-log state: closed (销号) or open. Never fails; the text is kept for display. */
import type { Scalar } from '../model.ts';
import { parseTaskState, type TaskState } from './task-state.ts';
import { normalizeHeader } from './text.ts';

const CLOSED = new Set(['已销号', '销号', '已落实', '落实', '已解决', '解决', '已销项']);

/** Closed = a finished task's words (已完成, 已办结, √ …) or 已销号, 已落实, 已解决. */
export function parseDecisionState(v: Scalar): TaskState {
  const task = parseTaskState(v);
  return { done: task.done || CLOSED.has(normalizeHeader(task.text)), text: task.text };
}
