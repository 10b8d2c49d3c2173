import { describe, expect, it } from 'vitest';
import { ageOn } from './eligibility.ts';

describe('ageOn', () => {
  it.each([
    ['1991-02-01', '2026-02-01', 35],
    ['1991-02-02', '2026-02-01', 34],
    ['2000-02-29', '2026-02-28', 25],
    ['2000-02-29', '2026-03-01', 26],
    ['1990-12-31', '2026-02-01', 35],
  ])('born %s, on %s: %i', (birth, day, age) => {
    expect(ageOn(birth, day)).toBe(age);
  });
});
