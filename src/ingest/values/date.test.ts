import { describe, expect, it } from 'vitest';
import type { IssueCode } from '../../messages/issues.ts';
import type { TermId } from '../../term/term.ts';
import type { Scalar } from '../model.ts';
import { parseDate, type DateContext } from './date.ts';
import { fail, ok } from './result.ts';

const second: DateContext = { term: { firstYear: 2025, half: 2 } satisfies TermId }; // 2026-02-01 … 2026-07-31
const first: DateContext = { term: { firstYear: 2025, half: 1 } satisfies TermId }; // 2025-08-01 … 2026-01-31
const noTerm: DateContext = {};
const cell = (date: string, time?: string): Scalar => (time ? { kind: 'date', date, time } : { kind: 'date', date });

describe('time zone pin', () => {
  it('runs far from Asia/Shanghai so a local-time leak would fail', () => {
    expect(new Date(0).getTimezoneOffset()).not.toBe(-480);
  });
});

describe('parseDate accepts', () => {
  it.each<[Scalar, DateContext, string]>([
    // date cells and serials
    [cell('2026-03-08'), noTerm, '2026-03-08'],
    [cell('2026-06-20', '10:11:12'), noTerm, '2026-06-20'],
    [46089, noTerm, '2026-03-08'],
    [46089.75, noTerm, '2026-03-08'],
    [20000, noTerm, '1954-10-03'],
    [73050, noTerm, '2099-12-31'],
    // a typed "3/8" stored as a 1900 date is year-less
    [cell('1900-03-08'), second, '2026-03-08'],
    [cell('1900-09-15'), first, '2025-09-15'],
    // 8-digit dates
    [20260308, noTerm, '2026-03-08'],
    ['20260308', noTerm, '2026-03-08'],
    // written dates
    ['2026-03-08', noTerm, '2026-03-08'],
    ['2026-3-8', noTerm, '2026-03-08'],
    ['2026/3/8', noTerm, '2026-03-08'],
    ['2026.3.8', noTerm, '2026-03-08'],
    ['2026.03.08', noTerm, '2026-03-08'],
    ['2026年3月8日', noTerm, '2026-03-08'],
    ['2026年3月8号', noTerm, '2026-03-08'],
    ['2026年03月08日', noTerm, '2026-03-08'],
    ['2026 年 3 月 8 日', noTerm, '2026-03-08'],
    [' 2026-03-08 ', noTerm, '2026-03-08'],
    ['２０２６年３月８日', noTerm, '2026-03-08'],
    ['２０２６／３／８', noTerm, '2026-03-08'],
    ['2028-02-29', noTerm, '2028-02-29'],
    // with a time of day
    ['2026/6/20 10:11:12', noTerm, '2026-06-20'],
    ['2026/6/20 10:11', noTerm, '2026-06-20'],
    ['2026-06-20T10:11:12', noTerm, '2026-06-20'],
    ['2026-06-20T10:11:12.345Z', noTerm, '2026-06-20'],
    ['2026年6月20日 10:11', noTerm, '2026-06-20'],
    ['2026年6月20日10:11', noTerm, '2026-06-20'],
    // weekday in brackets
    ['2026年3月6日（周五）', noTerm, '2026-03-06'],
    ['2026年3月6日(星期五)', noTerm, '2026-03-06'],
    ['2026-03-06 周五', noTerm, '2026-03-06'],
    // year-less, resolved by the term
    ['3月8日', second, '2026-03-08'],
    ['3月8号', second, '2026-03-08'],
    ['3月8', second, '2026-03-08'],
    ['3月8日（周日）', second, '2026-03-08'],
    ['３月８日', second, '2026-03-08'],
    ['3.8', second, '2026-03-08'],
    ['3/8', second, '2026-03-08'],
    ['3-8', second, '2026-03-08'],
    ['3.1', second, '2026-03-01'], // typed as text, not ambiguous
    ['7月31日', second, '2026-07-31'],
    ['2月1日', second, '2026-02-01'],
    ['9月1日', first, '2025-09-01'],
    ['12月31日', first, '2025-12-31'],
    ['1月15日', first, '2026-01-15'],
    ['8/1', first, '2025-08-01'],
    // year-less numbers
    [3.8, second, '2026-03-08'],
    [3.15, second, '2026-03-15'],
    [3.4, second, '2026-03-04'],
    [2.3, second, '2026-02-03'], // Feb 30 does not exist, so not ambiguous
    [12.31, first, '2025-12-31'],
    [1.05, first, '2026-01-05'],
  ])('%j (%j) → %s', (v, ctx, expected) => {
    expect(parseDate(v, ctx)).toEqual(ok(expected));
  });
});

describe('parseDate rejects', () => {
  it.each<[Scalar, DateContext, IssueCode]>([
    // impossible calendar dates
    ['2026.4.31', noTerm, 'invalid_date'],
    ['2026-02-29', noTerm, 'invalid_date'],
    ['2026年2月30日', noTerm, 'invalid_date'],
    ['2026-13-01', noTerm, 'invalid_date'],
    [20260230, noTerm, 'invalid_date'],
    ['20261301', noTerm, 'invalid_date'],
    ['13月1日', second, 'invalid_date'],
    ['13月1日', noTerm, 'invalid_date'],
    ['4月31日', second, 'invalid_date'],
    ['2月29日', second, 'invalid_date'], // 2026 is not a leap year
    [cell('2026-02-30'), noTerm, 'invalid_date'],
    // year-less outside the term
    ['8月3日', second, 'date_outside_term'],
    ['9/1', second, 'date_outside_term'],
    ['3月8日', first, 'date_outside_term'],
    [cell('1900-09-01'), second, 'date_outside_term'],
    [3.8, first, 'date_outside_term'],
    // year-less with no term to give the year
    ['3月8日', noTerm, 'bad_date'],
    ['3.8', noTerm, 'bad_date'],
    [3.8, noTerm, 'bad_date'],
    [cell('1900-03-08'), noTerm, 'bad_date'],
    // numbers that may have lost a trailing zero (3.10 → 3.1)
    [3.1, second, 'bad_date'],
    [3.2, second, 'bad_date'],
    [3.3, second, 'bad_date'],
    [10.1, first, 'bad_date'],
    [2.2, second, 'bad_date'],
    // not dates
    ['abc', second, 'bad_date'],
    ['', second, 'bad_date'],
    [null, second, 'bad_date'],
    [true, second, 'bad_date'],
    [3, second, 'bad_date'],
    [2026, second, 'bad_date'],
    [19999, noTerm, 'bad_date'],
    [73051, noTerm, 'bad_date'],
    [13.5, second, 'bad_date'],
    [3.456, second, 'bad_date'],
    [-46089, noTerm, 'bad_date'],
    [202603, noTerm, 'bad_date'],
    ['2026年3月', noTerm, 'bad_date'],
    ['26/3/8', noTerm, 'bad_date'],
    ['2026-3/8', noTerm, 'bad_date'],
    ['8日', second, 'bad_date'],
    ['下周三', second, 'bad_date'],
    [cell('1899-12-30', '10:30:00'), noTerm, 'bad_date'],
  ])('%j (%j) → %s', (v, ctx, code) => {
    expect(parseDate(v, ctx)).toEqual(fail(code));
  });
});
