/** How a target's figure and goal read inside a sentence (`达到 80.0% 的目标`), and the verdict that ends it. */
import type { TargetResult } from '../../metrics/index.ts';
import { percent } from '../../messages/format.ts';
import { draftText } from '../../messages/docx-summary.ts';
import { figureText, targetValueText } from '../view/figure.ts';
import type { ReportKind } from '../view/report-kind.ts';

const a = draftText.areas;

/** The goal in words: `80.0%`, `每月一次`, `各科目不超支`, `逐月稳步提升`. */
export function goalText(t: TargetResult): string {
  switch (t.id) {
    case 'monthly_study':
    case 'cadre_training':
    case 'office_monthly':
      return t.op === '>=' && t.target === 1 ? a.monthlyGoal : targetValueText(t, '');
    case 'office_pass_trend':
      return t.op === '>=' && t.target === 0 ? a.passTrendGoal : targetValueText(t, '');
    case 'satisfaction_growth':
      return t.op === '>=' ? a.growthGoal(percent(t.target)) : targetValueText(t, '');
    case 'budget_within':
      return t.op === '<=' && t.target === 1 ? a.budgetGoal : targetValueText(t, '');
    default:
      return t.op === '>=' ? percent(t.target) : targetValueText(t, '');
  }
}

/** `，达到 80.0% 的目标。` / `，未达到 …` (期中: `，目前尚未达到 …`); a target without data gets no verdict. */
export function verdict(t: TargetResult, kind: ReportKind): string {
  if (t.status === 'met') return draftText.verdict.met(goalText(t));
  if (t.status === 'not_met') return draftText.verdict.notMet(goalText(t), kind);
  return draftText.verdict.none;
}

export const valueText = (t: TargetResult): string => figureText(t, t.value);
