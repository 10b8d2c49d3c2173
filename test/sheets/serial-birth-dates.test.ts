/**
 * Google Sheets hands every date over as its serial number, with no format to say it is a
 * date. A retiree's 1950 birth date is serial 18386: it must read as it does from Excel.
 */
import { expect, it } from 'vitest';
import { GridBuilder } from '../../src/ingest/grid.ts';
import { readWorkbooks } from '../../src/ingest/index.ts';
import { IssueLog } from '../../src/ingest/issues.ts';

it('reads old birth dates given as serials, as the Excel adapter reads the date cell', () => {
  const grid = new GridBuilder('花名册');
  const rows: (string | number)[][] = [
    ['姓名', '性别', '出生日期', '状态'],
    ['王建国', '男', 18386, '退休'], // 1950-05-03
    ['李青', '女', 33000, '在职'], // 1990-05-07
  ];
  rows.forEach((row, r) => row.forEach((v, c) => grid.setValue(r, c, v)));
  const result = readWorkbooks([{ file: '名册（Google 表格）', sheets: [grid.build()] }], [], new IssueLog(), [], { today: '2026-03-01' });
  expect(result.records.staff.map((s) => s.birthDate)).toEqual(['1950-05-03', '1990-05-07']);
  expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
});
