import { afterAll, describe, expect, it } from 'vitest';
import { metricsFor, removeLedgers, settings, targetOf } from '../helpers/union-workbook.ts';

afterAll(removeLedgers);

/** Ages at 2026-02-01. 是否青年教师 decides when filled; blank falls back to age < 35. */
const ROSTER = [
  ['姓名', '出生日期', '部门', '状态', '是否青年教师'],
  ['甲老师', '1995-01-01', '语文组', '在职', '是'], // young by the flag
  ['乙老师', '1996-01-01', '语文组', '在职', '否'], // 30 but flagged 否: not young
  ['丙老师', '1980-01-01', '数学组', '在职', '是'], // 46 but flagged 是: young
  ['丁 一', '1994-06-01', '数学组', null, null], // 31: young by age
  ['戊老师', '1992-01-01', '英语组', '调离', null], // young but no longer in service
  ['己老师', '1985-01-01', '英语组', '在职', null], // 41
  ['庚老师', '1993-06-01', '英语组', '病休', '是'], // not in service
];

const PAIRS = [
  ['青年教师', '指导教师'],
  ['甲老师', '己老师'],
  ['丙老师', null],
  ['乙老师', '己老师'],
  ['戊老师', '己老师'],
];

describe('mentoring_coverage', () => {
  it('counts young teachers in service paired with a mentor', async () => {
    const { metrics } = await metricsFor({ 设置: settings(), 教职工名册: ROSTER, 青蓝结对: PAIRS });
    const t = targetOf(metrics, 'mentoring_coverage');
    // Young in service: 甲, 丙, 丁一 = 3; paired: 甲 (丙's row names no mentor) → 1 of 3.
    expect(t.value).toBeCloseTo(1 / 3, 10);
    expect(t.detail).toMatchObject({ young: 3, paired: 1, unpaired: ['丙老师', '丁 一'] });
  });

  it('takes the age limit from 青年教师年龄', async () => {
    const { metrics } = await metricsFor({ 设置: settings(['青年教师年龄', 30]), 教职工名册: ROSTER, 青蓝结对: PAIRS });
    // 丁一 (31) is no longer young: 甲, 丙 → 1 of 2.
    expect(targetOf(metrics, 'mentoring_coverage').value).toBeCloseTo(1 / 2, 10);
  });

  it('has no data without the pairs sheet, naming it', async () => {
    const { metrics } = await metricsFor({ 设置: settings(), 教职工名册: ROSTER });
    const t = targetOf(metrics, 'mentoring_coverage');
    expect(t).toMatchObject({ value: null, status: 'no_data' });
    expect(t.detail.reason).toContain('青蓝结对');
  });
});
