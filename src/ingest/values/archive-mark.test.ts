import { describe, expect, it } from 'vitest';
import type { Scalar } from '../model.ts';
import type { ArchiveState } from '../records.ts';
import { parseArchiveMark } from './archive-mark.ts';
import { fail, ok } from './result.ts';

describe('parseArchiveMark', () => {
  it.each<[Scalar, ArchiveState]>([
    ['√', 'present'],
    ['✓', 'present'],
    ['✔', 'present'],
    ['有', 'present'],
    ['已归档', 'present'],
    ['已交', 'present'],
    ['是', 'present'],
    ['1', 'present'],
    [1, 'present'],
    ['Y', 'present'],
    ['y', 'present'],
    [true, 'present'],
    [null, 'missing'],
    ['', 'missing'],
    ['无', 'missing'],
    ['缺', 'missing'],
    ['缺少', 'missing'],
    ['未交', 'missing'],
    ['否', 'missing'],
    ['×', 'missing'],
    ['✗', 'missing'],
    ['0', 'missing'],
    [0, 'missing'],
    ['N', 'missing'],
    [false, 'missing'],
    ['不适用', 'not_required'],
    ['无需', 'not_required'],
    ['不需要', 'not_required'],
    ['/', 'not_required'],
    ['／', 'not_required'],
    ['—', 'not_required'],
    ['——', 'not_required'],
    ['-', 'not_required'],
    ['–', 'not_required'],
    ['N/A', 'not_required'],
  ])('%j → %s', (v, expected) => {
    expect(parseArchiveMark(v)).toEqual(ok(expected));
  });

  it.each<Scalar>(['abc', '待补', '2', 2, { kind: 'date', date: '2026-03-08' }])('%j → bad_archive_mark', (v) => {
    expect(parseArchiveMark(v)).toEqual(fail('bad_archive_mark'));
  });
});
