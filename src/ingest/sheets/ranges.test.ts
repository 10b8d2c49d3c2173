import { describe, expect, it } from 'vitest';
import { parseEchoedRange, quoteSheetTitle } from './ranges.ts';

describe('quoteSheetTitle', () => {
  it.each([
    ['3月签到', "'3月签到'"],
    ['Sheet1', "'Sheet1'"],
    ["It's", "'It''s'"],
  ])('%s → %s', (title, quoted) => expect(quoteSheetTitle(title)).toBe(quoted));
});

describe('parseEchoedRange', () => {
  it.each([
    ['Sheet1!A1:Z1000', { title: 'Sheet1', row: 0, col: 0 }],
    ["'Class Data'!A1:V101", { title: 'Class Data', row: 0, col: 0 }],
    ["'3月签到'!A1:Z1000", { title: '3月签到', row: 0, col: 0 }],
    ['3月签到!A1:Z1000', { title: '3月签到', row: 0, col: 0 }],
    ["'It''s 😀'!C5", { title: "It's 😀", row: 4, col: 2 }],
    ["'a!b'!AB12:AC13", { title: 'a!b', row: 11, col: 27 }],
    ['Sheet1!B:C', { title: 'Sheet1', row: 0, col: 1 }],
    ['Sheet1', { title: 'Sheet1', row: 0, col: 0 }],
  ])('%s', (text, expected) => expect(parseEchoedRange(text)).toEqual(expected));

  it('returns null for what is not a range', () => {
    expect(parseEchoedRange("'unterminated")).toBeNull();
    expect(parseEchoedRange('Sheet1!??')).toBeNull();
  });
});
