/** A budget category's cells as every report prints them: 科目, 预算, 已支出, 执行率 (over budget in bold), and its state. */
import type { MetricsResult } from '../../metrics/index.ts';
import { money, percent } from '../../messages/format.ts';
import type { CellInput } from './table.ts';

type Category = MetricsResult['funds']['categories'][number];

export const budgetCells = (c: Category): (string | CellInput)[] => [
  c.category,
  money(c.budget),
  money(c.spent),
  { text: percent(c.ratio), ...(c.over ? { tone: 'not_met' as const, strong: true } : {}) },
];

/** 未列预算 / 超支 / 未超支, in each report's own words. */
export const budgetStateCell = (c: Category, words: { readonly unbudgeted: string; readonly over: string; readonly within: string }): CellInput =>
  c.over === null ? { text: words.unbudgeted, tone: 'warn' } : c.over ? { text: words.over, tone: 'not_met', strong: true } : { text: words.within, tone: 'met' };
