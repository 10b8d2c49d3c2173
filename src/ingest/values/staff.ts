/** Roster values: staff status, gender, and yes/no flags (是否青年教师). */
import type { Scalar } from '../model.ts';
import type { Gender, StaffStatus } from '../records.ts';
import { lookupKey, wordTable } from './lookup.ts';
import { fail, ok, type Parsed } from './result.ts';
import { isBlank } from './text.ts';

const STATUS = wordTable<StaffStatus>([
  ['在职', ['在职', '在岗']],
  ['退休', ['退休', '已退休']],
  ['离退休', ['离退休']],
  ['调离', ['调离', '已调离', '调出']],
  ['离职', ['离职', '已离职']],
  ['借调', ['借调']],
  ['病休', ['病休']],
]);

const GENDER = wordTable<Gender>([
  ['男', ['男', '男性']],
  ['女', ['女', '女性']],
]);

const YES_NO = wordTable<boolean>([
  [true, ['是', '√', '✓', '✔', 'Y', 'YES', '1', 'TRUE']],
  [false, ['否', '×', '✗', '✘', 'N', 'NO', '0', 'FALSE']],
]);

/** Blank → 在职. */
export function parseStatus(v: Scalar): Parsed<StaffStatus> {
  if (isBlank(v)) return ok('在职');
  const status = STATUS.get(lookupKey(v));
  return status === undefined ? fail('bad_status') : ok(status);
}

/** Blank → null. */
export function parseGender(v: Scalar): Parsed<Gender | null> {
  if (isBlank(v)) return ok(null);
  const gender = GENDER.get(lookupKey(v));
  return gender === undefined ? fail('bad_gender') : ok(gender);
}

/** Blank → null. */
export function parseYesNo(v: Scalar): Parsed<boolean | null> {
  if (isBlank(v)) return ok(null);
  if (typeof v === 'boolean') return ok(v);
  const flag = YES_NO.get(lookupKey(v));
  return flag === undefined ? fail('bad_flag') : ok(flag);
}
