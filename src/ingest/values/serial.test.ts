import { describe, expect, it } from 'vitest';
import { dateToSerial, serialToDate } from './serial.ts';

describe('serialToDate / dateToSerial', () => {
  it.each<[number, string]>([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [60, '1900-02-29'], // Excel's phantom leap day
    [61, '1900-03-01'],
    [25569, '1970-01-01'],
    [36526, '2000-01-01'],
    [45658, '2025-01-01'],
    [46089, '2026-03-08'],
    [46082, '2026-03-01'],
    [46081, '2026-02-28'],
    [47177, '2029-02-28'],
    [2958465, '9999-12-31'],
  ])('%d ↔ %s', (serial, date) => {
    expect(serialToDate(serial)).toBe(date);
    expect(dateToSerial(date)).toBe(serial);
  });

  it.each<[number, string]>([
    [46089.5, '2026-03-08'],
    [46089.999, '2026-03-08'],
  ])('drops the time of day: %d → %s', (serial, date) => {
    expect(serialToDate(serial)).toBe(date);
  });

  it.each([0, -1, 2958466, Number.NaN, Number.POSITIVE_INFINITY])('rejects %d', (serial) => {
    expect(() => serialToDate(serial)).toThrow(RangeError);
  });

  it.each(['2026-02-29', '1899-12-31', '2026-3-8', 'abc'])('rejects %s', (date) => {
    expect(() => dateToSerial(date)).toThrow(RangeError);
  });
});
