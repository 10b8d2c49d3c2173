/** Participation marks: present, absent, or excused (on leave). */
import type { Scalar } from '../model.ts';
import type { Mark } from '../records.ts';
import { lookupKey, wordTable } from './lookup.ts';
import { fail, ok, type Parsed } from './result.ts';

const MARKS = wordTable<Mark>([
  ['present', ['√', '✓', '✔', '☑', '〇', '○', '1', '是', '到', '已到', '参加', '已参加', '签到', '已签到', '出席', 'Y']],
  ['absent', ['', '×', '✗', '✘', '✕', 'X', '0', '否', '缺', '缺席', '缺勤', '未到', '未签到', '未参加', 'N']],
  ['excused', ['请假', '假', '公假', '病假', '事假', '婚假', '产假', '丧假', '调休']],
]);

/** The three readings, made once: a sign-in sheet has a mark in every cell. */
const READ: Readonly<Record<Mark, Parsed<Mark>>> = { present: ok('present'), absent: ok('absent'), excused: ok('excused') };

/** Blank is absent; anything ending in 假 (陪产假, 年假 …) is excused. */
export function parseMark(v: Scalar): Parsed<Mark> {
  if (typeof v === 'boolean') return READ[v ? 'present' : 'absent'];
  const key = lookupKey(v);
  const mark = MARKS.get(key) ?? (key.endsWith('假') ? 'excused' : undefined);
  return mark === undefined ? fail('bad_mark') : READ[mark];
}
