/** A target's default as the chair writes it in the 目标 sheet: ≥85%, ≤100%. */
import type { TargetDef } from '../metrics/index.ts';
import { OP_SYMBOL } from '../messages/format.ts';

export const targetValueText = (t: Pick<TargetDef, 'op' | 'target'>): string => `${OP_SYMBOL[t.op]}${Math.round(t.target * 100)}%`;
