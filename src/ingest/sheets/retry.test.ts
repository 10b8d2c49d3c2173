import { describe, expect, it } from 'vitest';
import { backoffDelay, withRetry, type RetryPolicy } from './retry.ts';

const policy = (random: () => number, sleeps: number[]): RetryPolicy => ({
  attempts: 4,
  baseMs: 500,
  capMs: 8000,
  random,
  sleep: async (ms) => void sleeps.push(ms),
});

describe('backoffDelay (full jitter)', () => {
  it('grows exponentially from the base and never reaches the cap', () => {
    const top = { baseMs: 500, capMs: 8000, random: () => 0.999999 };
    expect([0, 1, 2, 3, 4, 5, 10].map((n) => backoffDelay(n, top))).toEqual([499, 999, 1999, 3999, 7999, 7999, 7999]);
  });
  it('can be anything down to zero', () => {
    expect(backoffDelay(3, { baseMs: 500, capMs: 8000, random: () => 0 })).toBe(0);
    expect(backoffDelay(2, { baseMs: 500, capMs: 8000, random: () => 0.5 })).toBe(1000);
  });
});

describe('withRetry', () => {
  it('retries a retryable failure until it succeeds', async () => {
    const sleeps: number[] = [];
    let calls = 0;
    const result = await withRetry(
      async () => {
        if (++calls < 3) throw new Error('busy');
        return 'ok';
      },
      () => true,
      policy(() => 0.5, sleeps),
    );
    expect(result).toBe('ok');
    expect(calls).toBe(3);
    expect(sleeps).toEqual([250, 500]);
  });

  it('stops after the last attempt and throws the last error', async () => {
    const sleeps: number[] = [];
    let calls = 0;
    const run = withRetry(
      async () => {
        throw new Error(`busy ${++calls}`);
      },
      () => true,
      policy(() => 0.5, sleeps),
    );
    await expect(run).rejects.toThrow('busy 4');
    expect(sleeps).toEqual([250, 500, 1000]);
  });

  it('never retries what the predicate refuses', async () => {
    const sleeps: number[] = [];
    let calls = 0;
    const run = withRetry(
      async () => {
        calls++;
        throw new Error('forbidden');
      },
      () => false,
      policy(() => 0.5, sleeps),
    );
    await expect(run).rejects.toThrow('forbidden');
    expect(calls).toBe(1);
    expect(sleeps).toEqual([]);
  });
});
