import { describe, expect, it } from 'vitest';
import type { Scalar } from '../model.ts';
import type { Mark } from '../records.ts';
import { parseMark } from './mark.ts';
import { fail, ok } from './result.ts';

describe('parseMark', () => {
  it.each<[Scalar, Mark]>([
    ['√', 'present'],
    ['✓', 'present'],
    ['✔', 'present'],
    ['☑', 'present'],
    ['〇', 'present'],
    ['○', 'present'],
    ['1', 'present'],
    [1, 'present'],
    ['是', 'present'],
    ['到', 'present'],
    ['已到', 'present'],
    ['参加', 'present'],
    ['已参加', 'present'],
    ['已签到', 'present'],
    ['出席', 'present'],
    ['Y', 'present'],
    ['y', 'present'],
    ['Ｙ', 'present'],
    [' √ ', 'present'],
    [true, 'present'],
    [null, 'absent'],
    ['', 'absent'],
    ['　', 'absent'],
    ['×', 'absent'],
    ['✗', 'absent'],
    ['✘', 'absent'],
    ['X', 'absent'],
    ['x', 'absent'],
    ['0', 'absent'],
    [0, 'absent'],
    ['否', 'absent'],
    ['缺', 'absent'],
    ['缺席', 'absent'],
    ['缺勤', 'absent'],
    ['未到', 'absent'],
    ['未签到', 'absent'],
    ['未参加', 'absent'],
    [false, 'absent'],
    ['请假', 'excused'],
    ['假', 'excused'],
    ['公假', 'excused'],
    ['病假', 'excused'],
    ['事假', 'excused'],
    ['婚假', 'excused'],
    ['产假', 'excused'],
    ['丧假', 'excused'],
    ['调休', 'excused'],
    ['陪产假', 'excused'],
    ['年休假', 'excused'],
    [' 病 假 ', 'excused'],
  ])('%j → %s', (v, expected) => {
    expect(parseMark(v)).toEqual(ok(expected));
  });

  it.each<Scalar>(['abc', '?', '2', 2, 0.5, '迟到', '假期结束了吗', '√√', { kind: 'date', date: '2026-03-08' }])(
    '%j → bad_mark',
    (v) => {
      expect(parseMark(v)).toEqual(fail('bad_mark'));
    },
  );
});
