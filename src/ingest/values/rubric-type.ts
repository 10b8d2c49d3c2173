/** A rubric item's 类型: 基本 (counted in the total), 加分 (a bonus on top) or 否决 (fails the assessment outright). */
import type { Scalar } from '../model.ts';
import { fail, ok, type Parsed } from './result.ts';
import { cellText, normalizeHeader } from './text.ts';

export type RubricItemType = 'basic' | 'bonus' | 'veto';

const WORDS: Readonly<Record<string, RubricItemType>> = {
  基本: 'basic', 基本项: 'basic', 基础: 'basic', 基础项: 'basic', 常规: 'basic', 常规项: 'basic', 必备: 'basic', 必备项: 'basic',
  加分: 'bonus', 加分项: 'bonus', 奖励: 'bonus', 奖励分: 'bonus', 附加分: 'bonus', 附加: 'bonus', 创新: 'bonus', 特色: 'bonus',
  否决: 'veto', 否决项: 'veto', 一票否决: 'veto', 扣分否决: 'veto',
};

/** Blank → null (the rule decides: a 否决 rule is a veto item, anything else basic). */
export function parseRubricType(v: Scalar): Parsed<RubricItemType | null> {
  const t = normalizeHeader(cellText(v));
  if (t === '') return ok(null);
  const type = WORDS[t];
  return type ? ok(type) : fail('bad_rubric_type');
}
