import { describe, expect, it } from 'vitest';
import { daysInMonth, isValidMonthDay, isValidYmd } from './calendar.ts';

describe('isValidYmd', () => {
  it.each<[number, number, number, boolean]>([
    [2026, 3, 8, true],
    [2026, 4, 30, true],
    [2026, 4, 31, false],
    [2026, 2, 28, true],
    [2026, 2, 29, false],
    [2028, 2, 29, true],
    [2000, 2, 29, true],
    [1900, 2, 29, false],
    [2026, 13, 1, false],
    [2026, 0, 1, false],
    [2026, 1, 0, false],
    [2026, 1, 1.5, false],
  ])('%d-%d-%d → %s', (y, m, d, expected) => {
    expect(isValidYmd(y, m, d)).toBe(expected);
  });

  it.each<[number, number, number]>([
    [2026, 1, 31],
    [2026, 2, 28],
    [2024, 2, 29],
    [2026, 9, 30],
    [2026, 12, 31],
  ])('daysInMonth(%d, %d) = %d', (y, m, days) => {
    expect(daysInMonth(y, m)).toBe(days);
  });

  it.each<[number, number, boolean]>([
    [2, 29, true],
    [2, 30, false],
    [4, 31, false],
    [12, 31, true],
  ])('isValidMonthDay(%d, %d) = %s', (m, d, expected) => {
    expect(isValidMonthDay(m, d)).toBe(expected);
  });
});
