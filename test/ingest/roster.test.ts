/** The staff roster: names, departments, status, birth dates, duplicates. */
import { rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import { date, tempDir, writeWorkbook } from '../helpers/workbook.ts';
import { account, problems } from '../helpers/ingest-result.ts';

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const FILE = '教职工名册.xlsx';

describe('the staff roster', () => {
  it('reads each person with normalised name, status (blank = 在职), birth date and young-teacher flag', async () => {
    const path = await writeWorkbook(dir, FILE, [
      {
        name: '花名册',
        rows: [
          ['工号', '姓名', '性别', '出生日期', '部门', '状态', '是否青年教师'],
          [1001, '李 明', '男', date('1990-05-03'), '语文组', null, '否'],
          [1002, '刘　洋', '女', '1995.5.3', '数学组', '在职', '是'],
          [1003, '陈秀英', '女', '1962年7月12日', '退休', '退休', null],
          [1004, '孙浩然', '男', '1993.05', '英语组', '调离', '是'],
          [1005, '周凯', '男', '1991年2月', '理化生组', '借调', '否'],
          [1006, '吴敏', '女', 19900101, '体艺组', '病休', '否'],
        ],
      },
    ]);
    const res = await ingest([path], { today: '2026-06-30' });
    expect(res.records.staff.map((s) => [s.staffId, s.name, s.displayName, s.gender, s.birthDate, s.department, s.status, s.young])).toEqual([
      ['1001', '李明', '李 明', '男', '1990-05-03', '语文组', '在职', false],
      ['1002', '刘洋', '刘　洋', '女', '1995-05-03', '数学组', '在职', true],
      ['1003', '陈秀英', '陈秀英', '女', '1962-07-12', '退休', '退休', null],
      ['1004', '孙浩然', '孙浩然', '男', '1993-05-01', '英语组', '调离', true],
      ['1005', '周凯', '周凯', '男', '1991-02-01', '理化生组', '借调', false],
      ['1006', '吴敏', '吴敏', '女', '1990-01-01', '体艺组', '病休', false],
    ]);
    expect(problems(res)).toEqual([]);
    expect(account(res, '花名册')).toEqual([7, 6, 1, 0]);
  });

  it('an unreadable status or gender is a warning and the person is kept; an impossible birth date rejects the row', async () => {
    const path = await writeWorkbook(dir, FILE, [
      {
        name: '花名册',
        rows: [
          ['姓名', '性别', '出生日期', '部门', '状态'],
          ['张三', '男', '1980-01-01', '语文组', '休假中'],
          ['李四', '未知', '1985-02-03', '数学组', null],
          ['王五', '男', '1985-02-30', '数学组', null],
        ],
      },
    ]);
    const res = await ingest([path], { today: '2026-06-30' });
    expect(problems(res)).toEqual([
      { severity: 'warning', file: FILE, sheet: '花名册', cell: 'E2', code: 'bad_status' },
      { severity: 'warning', file: FILE, sheet: '花名册', cell: 'B3', code: 'bad_gender' },
      { severity: 'error', file: FILE, sheet: '花名册', cell: 'C4', code: 'invalid_date' },
    ]);
    expect(res.records.staff.map((s) => [s.name, s.status, s.gender])).toEqual([
      ['张三', '在职', '男'],
      ['李四', '在职', null],
    ]);
    expect(account(res, '花名册')).toEqual([4, 2, 1, 1]);
  });

  it('the same name twice in one department is a warning; in two departments it is two people', async () => {
    const path = await writeWorkbook(dir, FILE, [
      {
        name: '花名册',
        rows: [
          ['姓名', '部门'],
          ['王芳', '语文组'],
          ['王芳', '英语组'],
          ['王 芳', '语文组'],
        ],
      },
    ]);
    const res = await ingest([path], { today: '2026-06-30' });
    expect(problems(res)).toEqual([{ severity: 'warning', file: FILE, sheet: '花名册', cell: 'A4', code: 'duplicate_staff' }]);
    expect(res.issues.find((i) => i.code === 'duplicate_staff')!.message).toContain('A2');
    expect(res.records.staff).toHaveLength(3);
  });
});
