import { describe, expect, it } from 'vitest';
import type { Scalar } from '../model.ts';
import { fail, ok } from './result.ts';
import { isScaleAnswer, parseScale } from './scale.ts';

describe('parseScale', () => {
  it.each<[Scalar, number | null]>([
    ['非常满意', 5],
    ['很满意', 5],
    ['满意', 4],
    ['比较满意', 4],
    ['基本满意', 3],
    ['一般', 3],
    ['不满意', 2],
    ['很不满意', 1],
    ['非常不满意', 1],
    [' 满 意 ', 4],
    [5, 5],
    [1, 1],
    ['5', 5],
    ['３', 3],
    ['5分', 5],
    ['A.非常满意', 5],
    ['A、非常满意', 5],
    ['B．满意', 4],
    ['c. 基本满意', 3],
    ['(D)不满意', 2],
    [null, null],
    ['', null],
    ['  ', null],
  ])('%j → %j', (v, expected) => {
    expect(parseScale(v)).toEqual(ok(expected));
  });

  it.each<Scalar>([0, 6, '6', 4.5, '满意吗', 'abc', 'A', 'A.', true, { kind: 'date', date: '2026-03-08' }])(
    '%j → bad_scale',
    (v) => {
      expect(parseScale(v)).toEqual(fail('bad_scale'));
    },
  );
});

describe('isScaleAnswer', () => {
  it.each<[Scalar, boolean]>([
    ['满意', true],
    ['A、非常满意', true],
    [3, true],
    [null, false],
    ['', false],
    ['研发部', false],
    ['2026/6/20 10:11:12', false],
    [120, false],
  ])('%j → %s', (v, expected) => {
    expect(isScaleAnswer(v)).toBe(expected);
  });
});
