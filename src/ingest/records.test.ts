import { describe, expect, it } from 'vitest';
import { cellAt, participationRef, type ParticipationRecord } from './records.ts';

const sheetRef = { file: 'sign-in.xlsx', sheet: 'sheet1' };
const mark = (row: number, col: number): ParticipationRecord => ({ sheetRef, at: cellAt(row, col), activityKey: null, activityName: 'x', name: 'y', staffIndex: null, mark: 'present' });

describe('participationRef', () => {
  it.each([
    [0, 0, 'A1'],
    [1140, 37, 'AL1141'],
    [3, 16_383, 'XFD4'],
    [1_048_575, 16_383, 'XFD1048576'],
  ])('row %i, column %i is %s, the CellRef ingest gives any other record', (row, col, cell) => {
    expect(participationRef(mark(row, col))).toEqual({ file: 'sign-in.xlsx', sheet: 'sheet1', cell, row });
  });
});
