import { describe, expect, it } from 'vitest';
import { MAX_ATTEMPTS, retryDelayMs, shouldGiveUp } from './backoff.ts';

const MIN = 60_000;
const H = 60 * MIN;

describe('retryDelayMs', () => {
  it.each<[number, number]>([
    [1, 1 * MIN],
    [2, 5 * MIN],
    [3, 15 * MIN],
    [4, 1 * H],
    [5, 3 * H],
    [6, 3 * H],
    [11, 3 * H],
    [100, 3 * H], // capped
    [0, 1 * MIN], // a caller counting from 0 still waits the first step
    [2.5, 5 * MIN],
    [Number.NaN, 1 * MIN],
    [Infinity, 3 * H],
  ])('after failure %d waits %d ms', (attempt, ms) => {
    expect(retryDelayMs(attempt)).toBe(ms);
  });

  it('is the same every time (no jitter)', () => {
    expect(Array.from({ length: 5 }, () => retryDelayMs(3))).toEqual(Array(5).fill(15 * MIN));
  });
});

describe('shouldGiveUp', () => {
  const first = new Date('2026-12-29T00:00:00Z');
  const later = (ms: number) => new Date(first.getTime() + ms);

  it.each<[string, number, number, boolean]>([
    ['the first failure', 1, 0, false],
    ['the fifth failure, 4 h 21 min in: next at 7 h 21 min', 5, 4 * H + 21 * MIN, false],
    ['the eleventh, 19 h 21 min in: next at 22 h 21 min', 11, 19 * H + 21 * MIN, false],
    ['the twelfth, 22 h 21 min in: next would be 25 h 21 min', 12, 22 * H + 21 * MIN, true],
    ['a late try (the server slept) at 23 h: next would be 26 h', 6, 23 * H, true],
    ['a 1 h wait that lands exactly on 24 h', 4, 23 * H, false],
    ['a 1 h wait that lands just past 24 h', 4, 23 * H + 1, true],
    ['a clock that went backwards, twelve failures in', MAX_ATTEMPTS, -5 * H, true],
  ])('%s → %s', (_what, attempt, elapsed, expected) => {
    expect(shouldGiveUp(attempt, first, later(elapsed))).toBe(expected);
  });

  it('the timetable: twelve tries, the last starting 22 h 21 min after the first', () => {
    const starts = [0];
    for (let attempt = 1; !shouldGiveUp(attempt, first, later(starts.at(-1)!)); attempt++) starts.push(starts.at(-1)! + retryDelayMs(attempt));
    expect(starts.map((ms) => `${Math.floor(ms / H)}:${String((ms % H) / MIN).padStart(2, '0')}`)).toEqual([
      '0:00', '0:01', '0:06', '0:21', '1:21', '4:21', '7:21', '10:21', '13:21', '16:21', '19:21', '22:21',
    ]);
  });
});
