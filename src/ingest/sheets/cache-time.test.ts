import { describe, expect, it } from 'vitest';
import { formatCacheTime } from './cache-time.ts';

describe('formatCacheTime', () => {
  it("shows the instant on the spreadsheet's clock, whatever the machine's zone", () => {
    expect(formatCacheTime('2026-03-08T16:05:00.000Z', 'Asia/Shanghai')).toBe('2026-03-09 00:05');
    expect(formatCacheTime('2026-03-08T16:05:00.000Z', 'Europe/London')).toBe('2026-03-08 16:05');
  });
  it('falls back to China time for a missing or unknown zone', () => {
    expect(formatCacheTime('2026-03-08T01:02:00.000Z', undefined)).toBe('2026-03-08 09:02');
    expect(formatCacheTime('2026-03-08T01:02:00.000Z', 'Mars/Olympus')).toBe('2026-03-08 09:02');
  });
});
