import { describe, expect, it } from 'vitest';
import type { Scalar } from '../model.ts';
import { parseAmount, parseNumber } from './amount.ts';
import { fail, ok } from './result.ts';

describe('parseAmount accepts', () => {
  it.each<[Scalar, number | null]>([
    [null, null],
    ['', null],
    ['　', null],
    [1200, 1200],
    [1200.5, 1200.5],
    [0, 0],
    [0.1 + 0.2, 0.3],
    [1.005, 1.01],
    [123.456, 123.46],
    [-350, -350],
    ['1200', 1200],
    ['1,200', 1200],
    ['1，200', 1200],
    ['12,345,678.9', 12345678.9],
    ['¥1200.00', 1200],
    ['￥1,200', 1200],
    ['¥ 1,200.50', 1200.5],
    ['1200元', 1200],
    ['1200.5 元', 1200.5],
    ['1.2万', 12000],
    ['1.2万元', 12000],
    ['0.35万', 3500],
    ['１２００', 1200],
    ['１，２００．５０元', 1200.5],
    ['-350', -350],
    ['－350', -350],
    ['−350.5', -350.5],
    ['-¥350', -350],
    ['¥-350', -350],
    ['0.1', 0.1],
    ['.5', 0.5],
    ['-0', 0],
    ['RMB1200', 1200],
    ['人民币1200元', 1200],
  ])('%j → %j', (v, expected) => {
    expect(parseAmount(v)).toEqual(ok(expected));
  });
});

describe('parseAmount rejects', () => {
  it.each<Scalar>([
    '1,2345',
    '1,2OO',
    '1,20',
    ',200',
    '1,200,',
    'abc',
    '一千二百',
    '1200美元',
    '1.2.3',
    '--350',
    '-¥-350',
    '¥',
    '元',
    '-',
    '—',
    '12万万',
    true,
    { kind: 'date', date: '2026-03-08' },
    Number.NaN,
    Number.POSITIVE_INFINITY,
  ])('%j → bad_amount', (v) => {
    expect(parseAmount(v)).toEqual(fail('bad_amount'));
  });
});

describe('parseNumber', () => {
  it.each<[Scalar, number | null]>([
    [null, null],
    [' ', null],
    [95, 95],
    [95.5, 95.5],
    ['95', 95],
    ['95.5', 95.5],
    ['９５．５', 95.5],
    ['95分', 95],
    ['95.5 分', 95.5],
    ['-2', -2],
    ['0', 0],
  ])('%j → %j', (v, expected) => {
    expect(parseNumber(v)).toEqual(ok(expected));
  });

  it.each<Scalar>(['abc', '九十五', '95元', '1.2万', '95%', '9 5.5.', true, { kind: 'date', date: '2026-03-08' }])(
    '%j → bad_number',
    (v) => {
      expect(parseNumber(v)).toEqual(fail('bad_number'));
    },
  );
});
