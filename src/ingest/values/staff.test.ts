import { describe, expect, it } from 'vitest';
import type { IssueCode } from '../../messages/issues.ts';
import type { Scalar } from '../model.ts';
import type { Gender, StaffStatus } from '../records.ts';
import { fail, ok, type Parsed } from './result.ts';
import { parseGender, parseStatus, parseYesNo } from './staff.ts';

describe('parseStatus', () => {
  it.each<[Scalar, StaffStatus]>([
    [null, '在职'],
    ['', '在职'],
    ['在职', '在职'],
    ['在岗', '在职'],
    [' 在 职 ', '在职'],
    ['退休', '退休'],
    ['离退休', '离退休'],
    ['调离', '调离'],
    ['离职', '离职'],
    ['借调', '借调'],
    ['病休', '病休'],
  ])('%j → %s', (v, expected) => {
    expect(parseStatus(v)).toEqual(ok(expected));
  });

  it.each<Scalar>(['休假', 'abc', 1])('%j → bad_status', (v) => {
    expect(parseStatus(v)).toEqual(fail('bad_status'));
  });
});

describe('parseGender', () => {
  it.each<[Scalar, Gender | null]>([
    ['男', '男'],
    ['女', '女'],
    ['男性', '男'],
    ['女性', '女'],
    [' 女 ', '女'],
    [null, null],
    ['', null],
  ])('%j → %j', (v, expected) => {
    expect(parseGender(v)).toEqual(ok(expected));
  });

  it.each<Scalar>(['M', '未知', 1])('%j → bad_gender', (v) => {
    expect(parseGender(v)).toEqual(fail('bad_gender'));
  });
});

describe('parseYesNo', () => {
  it.each<[Scalar, Parsed<boolean | null>]>([
    ['是', ok(true)],
    ['否', ok(false)],
    ['√', ok(true)],
    ['×', ok(false)],
    ['Y', ok(true)],
    ['y', ok(true)],
    ['N', ok(false)],
    ['n', ok(false)],
    [1, ok(true)],
    [0, ok(false)],
    ['1', ok(true)],
    ['0', ok(false)],
    [true, ok(true)],
    [false, ok(false)],
    ['TRUE', ok(true)],
    ['false', ok(false)],
    [null, ok(null)],
    ['  ', ok(null)],
    ['可能', fail('bad_flag' satisfies IssueCode)],
    [2, fail('bad_flag')],
  ])('%j → %j', (v, expected) => {
    expect(parseYesNo(v)).toEqual(expected);
  });
});
