import { describe, expect, it } from 'vitest';
import type { Scalar } from '../model.ts';
import type { Feedback } from '../records.ts';
import { parseFeedback } from './feedback.ts';
import { fail, ok } from './result.ts';

describe('parseFeedback', () => {
  it.each<[Scalar, Feedback | null]>([
    ['满意', '满意'],
    ['非常满意', '满意'],
    ['很满意', '满意'],
    ['基本满意', '基本满意'],
    ['比较满意', '基本满意'],
    ['不满意', '不满意'],
    ['很不满意', '不满意'],
    ['非常不满意', '不满意'],
    [' 满意。', '满意'],
    [null, null],
    ['', null],
    ['　', null],
  ])('%j → %j', (v, expected) => {
    expect(parseFeedback(v)).toEqual(ok(expected));
  });

  it.each<Scalar>(['一般', 'abc', '已答复', 5, true])('%j → bad_feedback', (v) => {
    expect(parseFeedback(v)).toEqual(fail('bad_feedback'));
  });
});
