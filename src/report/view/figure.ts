/**
 * How a target's figure and target read. Most are rates, shown as percentages. The pass-rate
 * trend (文明办公室达标率稳步提升) is the smallest month-over-month change, so it reads in
 * percentage points, and its default target (never lower) reads as words.
 */
import { OP_SYMBOL, percent, points } from '../../messages/format.ts';
import { figureWords } from '../../messages/charts.ts';
import type { TargetResult } from '../../metrics/index.ts';

type Figure = Pick<TargetResult, 'id' | 'op' | 'target'>;

const inPoints = (t: Pick<TargetResult, 'id'>) => t.id === 'office_pass_trend';

/** The target's value, or a point of its trend. */
export const figureText = (t: Pick<TargetResult, 'id'>, value: number | null): string => (inPoints(t) ? points(value) : percent(value));

/** `≥ 85.0%` (`≥85.0%` with `gap` ''); for the pass-rate trend `逐月不下降` (≥ 0) or `≥ +5.0 个百分点`. */
export function targetValueText(t: Figure, gap = ' '): string {
  if (!inPoints(t)) return `${OP_SYMBOL[t.op] ?? t.op}${gap}${percent(t.target)}`;
  return t.op === '>=' && t.target === 0 ? figureWords.neverLower : `${OP_SYMBOL[t.op] ?? t.op}${gap}${points(t.target)}`;
}
