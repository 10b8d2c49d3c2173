import { describe, expect, it } from 'vitest';
import { parseWorkingMonths } from './working-months.ts';

describe('parseWorkingMonths', () => {
  it.each([
    ['2,3,4,5,6', [2, 3, 4, 5, 6]],
    ['2月、3月、4月、5月、6月', [2, 3, 4, 5, 6]],
    ['９，１０，１１，１２，１', [9, 10, 11, 12, 1]],
    ['3-6月', [3, 4, 5, 6]],
    ['9月至1月', [9, 10, 11, 12, 1]],
    ['二月至六月', [2, 3, 4, 5, 6]],
    ['3 4 5', null],
    ['2,13', null],
    ['每月', null],
    ['', null],
  ])('%s → %j', (text, months) => {
    expect(parseWorkingMonths(text)).toEqual(months);
  });
});
