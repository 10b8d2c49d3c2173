import { describe, expect, it } from 'vitest';
import type { Scalar } from '../model.ts';
import { parseDecisionState } from './decision-state.ts';

describe('parseDecisionState', () => {
  it.each<[Scalar, boolean]>([
    ['已销号', true],
    ['销号', true],
    ['已落实', true],
    ['已办结', true],
    ['已完成', true],
    ['√', true],
    ['已销号（4月调度会）', true],
    ['办理中', false],
    ['未销号', false],
    ['逾期', false],
    ['', false],
    [null, false],
  ])('%j → closed=%s', (v, done) => {
    expect(parseDecisionState(v).done).toBe(done);
  });
});
