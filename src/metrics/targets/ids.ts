/** The targets of the term plan by id (metrics.md), in the order the plan lists them. */
import { targetText } from '../../messages/targets.ts';

export type TargetId = keyof typeof targetText;

export const TARGET_IDS = Object.keys(targetText) as readonly TargetId[];
