import { describe, expect, it } from 'vitest';
import { schoolDate, schoolDateTime, zonedInstant, zonedStamp } from './school-clock.ts';

describe('the school clock', () => {
  // Tests run in America/Anchorage: these instants fall on another day there.
  it('reads an instant as the school office does, in Asia/Shanghai', () => {
    expect(schoolDate(new Date('2026-11-21T17:30:00Z'))).toBe('2026-11-22');
    expect(schoolDateTime(new Date('2026-03-07T23:05:00Z'))).toBe('2026年3月8日 07:05');
  });

  it('stamps a snapshot on the spreadsheet’s own zone, the school’s when the zone is unknown', () => {
    expect(zonedStamp(new Date('2026-06-30T16:30:00Z'), 'Europe/London')).toBe('2026-06-30 17:30');
    expect(zonedStamp(new Date('2026-06-30T16:30:00Z'), 'Mars/Olympus')).toBe('2026-07-01 00:30');
    expect(zonedStamp(new Date('2026-06-30T16:30:00Z'), null)).toBe('2026-07-01 00:30');
  });

  it('turns a school wall time back into its instant, whatever the machine’s zone', () => {
    expect(zonedInstant('2026-12-29', 8, 0).toISOString()).toBe('2026-12-29T00:00:00.000Z');
    expect(zonedInstant('2027-01-01', 7, 30).toISOString()).toBe('2026-12-31T23:30:00.000Z');
    expect(zonedInstant('2026-03-08', 0, 0).toISOString()).toBe('2026-03-07T16:00:00.000Z');
    expect(zonedInstant('2026-06-30', 17, 30, 'Europe/London').toISOString()).toBe('2026-06-30T16:30:00.000Z');
  });
});
