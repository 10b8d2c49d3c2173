import { describe, expect, it } from 'vitest';
import { DEFAULT_POLL_INTERVAL_MS, minPollInterval, pollInterval, READS_PER_MINUTE_PER_USER, REQUESTS_PER_REFRESH } from './poll.ts';

/** Reads per minute when every request of every refresh is retried to the limit (4 attempts). */
const worstReadsPerMinute = (spreadsheets: number, intervalMs: number) => (spreadsheets * REQUESTS_PER_REFRESH * 4 * 60_000) / intervalMs;

describe('polling within the read quota', () => {
  it('defaults to 5 minutes', () => expect(DEFAULT_POLL_INTERVAL_MS).toBe(300_000));

  it.each([1, 3, 9, 40])('keeps %i spreadsheets within half the per-user quota, retries included', (n) => {
    expect(worstReadsPerMinute(n, minPollInterval(n))).toBeLessThanOrEqual(READS_PER_MINUTE_PER_USER / 2);
  });

  it('keeps the configured interval when it is slow enough, raises it when not', () => {
    expect(pollInterval(1, 60_000)).toBe(60_000);
    expect(pollInterval(1, 1_000)).toBe(minPollInterval(1));
    expect(pollInterval(40)).toBe(minPollInterval(40));
    expect(minPollInterval(40)).toBeGreaterThan(DEFAULT_POLL_INTERVAL_MS);
  });
});
