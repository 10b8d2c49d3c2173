import { describe, expect, it } from 'vitest';
import type { Scalar } from '../model.ts';
import { chineseNumber, parsePercent, type Op } from './percent.ts';
import { fail, ok } from './result.ts';

describe('parsePercent accepts', () => {
  it.each<[Scalar, number, Op | null]>([
    ['85%', 0.85, null],
    ['85 %', 0.85, null],
    ['85％', 0.85, null],
    ['８５％', 0.85, null],
    ['≥85%', 0.85, '>='],
    ['>=85%', 0.85, '>='],
    ['＞＝85%', 0.85, '>='],
    ['≧85%', 0.85, '>='],
    ['≤100%', 1, '<='],
    ['<=100%', 1, '<='],
    ['>90%', 0.9, '>'],
    ['<5%', 0.05, '<'],
    ['=100%', 1, '='],
    ['不低于85%', 0.85, '>='],
    ['不少于85%', 0.85, '>='],
    ['达到85%', 0.85, '>='],
    ['不超过100%', 1, '<='],
    ['不高于100%', 1, '<='],
    ['85%以上', 0.85, '>='],
    ['85%及以上', 0.85, '>='],
    ['≥85%以上', 0.85, '>='],
    ['100%以内', 1, '<='],
    ['0.85', 0.85, null],
    ['85', 0.85, null],
    ['≥ 0.85', 0.85, '>='],
    [0.85, 0.85, null],
    [85, 0.85, null],
    [1, 1, null],
    [0, 0, null],
    ['0', 0, null],
    ['100%', 1, null],
    ['111.11%', 1.1111, null],
    ['10%', 0.1, null],
    ['-5%', -0.05, null],
    ['87.3%', 0.873, null],
    ['百分之八十五', 0.85, null],
    ['百分之百', 1, null],
    ['百分之一百', 1, null],
    ['不低于百分之九十五', 0.95, '>='],
    ['百分之九十五点五', 0.955, null],
  ])('%j → %d %s', (v, value, op) => {
    expect(parsePercent(v)).toEqual(ok({ value, op }));
  });
});

describe('parsePercent rejects', () => {
  it.each<Scalar>([
    null,
    '',
    'abc',
    '85%%',
    '≥',
    '%',
    '百分之',
    '百分之八五',
    '≥85%以下',
    '八十五',
    true,
    { kind: 'date', date: '2026-03-08' },
    Number.NaN,
  ])('%j → bad_percent', (v) => {
    expect(parsePercent(v)).toEqual(fail('bad_percent'));
  });
});

describe('chineseNumber', () => {
  it.each<[string, number | null]>([
    ['八十五', 85],
    ['十', 10],
    ['十五', 15],
    ['百', 100],
    ['一百零五', 105],
    ['九十五点五', 95.5],
    ['零点五', 0.5],
    ['八五', null],
    ['八十点', null],
    ['abc', null],
  ])('%s → %j', (text, expected) => {
    expect(chineseNumber(text)).toBe(expected);
  });
});
