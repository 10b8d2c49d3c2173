import { describe, expect, it } from 'vitest';
import type { IssueCode } from '../../messages/issues.ts';
import type { Scalar } from '../model.ts';
import type { DateContext } from './date.ts';
import { parseMonth } from './month.ts';
import { fail, ok } from './result.ts';

const second: DateContext = { term: { firstYear: 2025, half: 2 } }; // 2026-02 … 2026-07
const first: DateContext = { term: { firstYear: 2025, half: 1 } }; // 2025-08 … 2026-01
const noTerm: DateContext = {};

describe('parseMonth accepts', () => {
  it.each<[Scalar, DateContext, string]>([
    ['2026-03', noTerm, '2026-03'],
    ['2026-3', noTerm, '2026-03'],
    ['2026年3月', noTerm, '2026-03'],
    ['2026年03月', noTerm, '2026-03'],
    ['2026年3月份', noTerm, '2026-03'],
    ['2026 年 3 月', noTerm, '2026-03'],
    ['2026.3', noTerm, '2026-03'],
    ['2026.1', noTerm, '2026-01'], // typed as text, not ambiguous
    ['2026/3', noTerm, '2026-03'],
    ['２０２６年３月', noTerm, '2026-03'],
    ['202603', noTerm, '2026-03'],
    ['2026年三月', noTerm, '2026-03'],
    [202603, noTerm, '2026-03'],
    [2026.03, noTerm, '2026-03'],
    [2026.3, noTerm, '2026-03'],
    [2026.12, noTerm, '2026-12'],
    // a full date or date cell → its month
    ['2026-03-08', noTerm, '2026-03'],
    ['2026年3月8日', noTerm, '2026-03'],
    [{ kind: 'date', date: '2026-03-01' }, noTerm, '2026-03'],
    [46089, noTerm, '2026-03'],
    [20260308, noTerm, '2026-03'],
    ['3月8日', second, '2026-03'],
    [3.5, second, '2026-03'], // a month.day number is a date
    [{ kind: 'date', date: '1900-03-01' }, second, '2026-03'],
    // year-less months, resolved by the term
    ['3月', second, '2026-03'],
    ['03月', second, '2026-03'],
    ['3月份', second, '2026-03'],
    ['三月', second, '2026-03'],
    ['七月', second, '2026-07'],
    ['九月', first, '2025-09'],
    ['十月', first, '2025-10'],
    ['十一月', first, '2025-11'],
    ['十二月', first, '2025-12'],
    ['元月', first, '2026-01'],
    ['一月', first, '2026-01'],
    [3, second, '2026-03'],
    ['3', second, '2026-03'],
    [12, first, '2025-12'],
    ['８月', first, '2025-08'],
  ])('%j (%j) → %s', (v, ctx, expected) => {
    expect(parseMonth(v, ctx)).toEqual(ok(expected));
  });
});

describe('parseMonth rejects', () => {
  it.each<[Scalar, DateContext, IssueCode]>([
    ['3月', noTerm, 'bad_month'],
    [3, noTerm, 'bad_month'],
    ['三月', noTerm, 'bad_month'],
    ['9月', second, 'date_outside_term'],
    ['三月', first, 'date_outside_term'],
    [8, second, 'date_outside_term'],
    ['8月3日', second, 'date_outside_term'],
    ['13月', second, 'bad_month'],
    ['0月', second, 'bad_month'],
    ['二十月', second, 'bad_month'],
    ['2026-13', noTerm, 'bad_month'],
    ['2026年13月', noTerm, 'bad_month'],
    [13, second, 'bad_month'],
    [2026.1, noTerm, 'bad_month'], // 2026.10 or 2026.1? Excel dropped the zero
    [2026, noTerm, 'bad_month'],
    ['2026-02-30', noTerm, 'invalid_date'],
    ['abc', second, 'bad_month'],
    ['', second, 'bad_month'],
    [null, second, 'bad_month'],
    [true, second, 'bad_month'],
    [13.5, second, 'bad_month'],
    ['上月', second, 'bad_month'],
  ])('%j (%j) → %s', (v, ctx, code) => {
    expect(parseMonth(v, ctx)).toEqual(fail(code));
  });
});
