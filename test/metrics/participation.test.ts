import { afterAll, describe, expect, it } from 'vitest';
import { date } from '../helpers/workbook.ts';
import { metricsFor, removeLedgers, settings, targetOf, type Ledgers } from '../helpers/union-workbook.ts';

afterAll(removeLedgers);

/**
 * In service (在职 or blank): 张敏, 李强, 王丽, 孙浩. Young at 2026-02-01 (< 35): 李强 (30),
 * 孙浩 (34, born 1991-02-02); 王丽 turns 35 on the day, so she is not. Retired: 赵刚, 周红.
 */
const ROSTER = [
  ['姓名', '性别', '出生日期', '部门', '状态'],
  ['张敏', '女', '1980-03-01', '语文组', '在职'],
  ['李 强', '男', '1995-05-01', '数学组', null],
  ['王丽', '女', date('1991-02-01'), '数学组', '在职'],
  ['赵刚', '男', '1960-01-01', '语文组', '退休'],
  ['钱芳', '女', '1985-01-01', '语文组', '调离'],
  ['孙浩', '男', '1991.2.2', '体艺组', '在职'],
  ['周红', '女', '1960年6月1日', '体艺组', '离退休'],
];

/** Year-less dates (3月10日) take their year from the term. */
const ACTIVITIES = [
  ['活动名称', '日期', '类别', '参加范围'],
  ['羽毛球赛', '3月10日', '文体', null],
  ['三八健步走', date('2026-03-08'), '文体活动', '女教职工'],
  ['理论学习', '2026-03-05', '理论学习', '全体'],
  ['青年拓展', '2026/4/11', '文体活动', '青年教师'],
  ['退休教师茶话会', '2026-04-20', '文娱活动', '退休教职工'],
  ['数学组登山', '2026年5月9日', '健身活动', '数学组'],
  ['男子篮球赛', '5.20', '体育活动', '男教职工'],
  ['端午包粽子', '2026-06-18', '文体活动', '全体'],
  ['趣味运动会', '7月10日', '文体活动', '全体'],
];

const SIGN_IN = [
  ['活动名称', '日期', '姓名', '签到'],
  // 羽毛球赛 (全体, eligible 4): present 张敏 李强; 王丽 excused; 孙浩 absent; retiree, 调离 and a visitor left out.
  ['羽毛球赛', '2026-03-10', '张敏', '√'],
  ['羽毛球赛', '2026-03-10', '李强', '√'],
  ['羽毛球赛', '2026-03-10', '王丽', '请假'],
  ['羽毛球赛', '2026-03-10', '孙浩', '×'],
  ['羽毛球赛', '2026-03-10', '赵刚', '√'],
  ['羽毛球赛', '2026-03-10', '钱芳', '√'],
  ['羽毛球赛', '2026-03-10', '陈外', '√'],
  // 三八健步走 (女, eligible 张敏 王丽): both present; 李强 is not in range.
  ['三八健步走', '2026-03-08', '张敏', '√'],
  ['三八健步走', '2026-03-08', '王丽', '○'],
  ['三八健步走', '2026-03-08', '李强', '√'],
  ['理论学习', '2026-03-05', '张敏', '√'],
  // 青年拓展 (young: 李强 孙浩): 李强 present, 孙浩 has no record.
  ['青年拓展', '2026-04-11', '李强', '√'],
  // 退休教师茶话会 (retired: 赵刚 周红): 赵刚 present, 周红 on sick leave.
  ['退休教师茶话会', '2026-04-20', '赵刚', '√'],
  ['退休教师茶话会', '2026-04-20', '周红', '病假'],
  // 数学组登山 (数学组 in service: 李强 王丽): 王丽 present.
  ['数学组登山', '2026-05-09', '王丽', '√'],
  ['数学组登山', '2026-05-09', '李强', '×'],
  // 男子篮球赛 (男 in service: 李强 孙浩): 孙浩 present, 李强 excused.
  ['男子篮球赛', '2026-05-20', '孙浩', '√'],
  ['男子篮球赛', '2026-05-20', '李强', '事假'],
  // After asOf 2026-06-30: not counted then.
  ['趣味运动会', '2026-07-10', '张敏', '√'],
  ['趣味运动会', '2026-07-10', '李强', '√'],
];

const LEDGERS: Ledgers = { 设置: settings(), 教职工名册: ROSTER, 活动台账: ACTIVITIES, 活动签到: SIGN_IN };

describe('participation_rate', () => {
  it('counts eligible staff marked present over eligible staff, activity by activity', async () => {
    const { metrics } = await metricsFor(LEDGERS, { asOf: '2026-06-30' });
    const t = targetOf(metrics, 'participation_rate');
    // Counted by hand: present 2+2+1+1+1+1 = 8 of eligible 4+2+2+2+2+2 = 14.
    expect(t.value).toBeCloseTo(8 / 14, 10);
    expect(t.target).toBe(0.85);
    expect(t.status).toBe('not_met');
    expect(t.detail).toMatchObject({ present: 8, eligible: 14 });
    expect(t.detail.activities).toEqual([
      { name: '三八健步走', date: '2026-03-08', range: '女教职工', eligible: 2, present: 2, excused: 0, absent: 0, rate: 1 },
      { name: '羽毛球赛', date: '2026-03-10', range: '全体', eligible: 4, present: 2, excused: 1, absent: 1, rate: 0.5 },
      { name: '青年拓展', date: '2026-04-11', range: '青年教师', eligible: 2, present: 1, excused: 0, absent: 1, rate: 0.5 },
      { name: '退休教师茶话会', date: '2026-04-20', range: '退休教职工', eligible: 2, present: 1, excused: 1, absent: 0, rate: 0.5 },
      { name: '数学组登山', date: '2026-05-09', range: '数学组', eligible: 2, present: 1, excused: 0, absent: 1, rate: 0.5 },
      { name: '男子篮球赛', date: '2026-05-20', range: '男教职工', eligible: 2, present: 1, excused: 1, absent: 0, rate: 0.5 },
    ]);
  });

  it('leaves out an activity without any sign-in record instead of counting it as 0%', async () => {
    const { metrics } = await metricsFor(LEDGERS, { asOf: '2026-06-30' });
    const t = targetOf(metrics, 'participation_rate');
    expect(t.detail.excluded).toEqual([{ name: '端午包粽子', date: '2026-06-18', reason: 'no_signin' }]);
    expect(metrics.issues.some((i) => i.code === 'no_signin' && i.message.includes('端午包粽子'))).toBe(true);
    expect(metrics.issues.some((i) => i.code === 'unknown_name' && i.message.includes('陈外'))).toBe(true);
  });

  it('counts activities up to asOf only; asOf after the term is capped at its end', async () => {
    // today 2026-11-22, term from the settings: asOf becomes 2026-07-31 and 趣味运动会 (7-10) counts:
    // eligible 4 (全体), present 张敏 李强 → 8+2 = 10 of 14+4 = 18.
    const { metrics } = await metricsFor(LEDGERS, { today: '2026-11-22' });
    expect(metrics.as_of).toBe('2026-07-31');
    expect(metrics.term).toMatchObject({ id: '2025-2026-2', start: '2026-02-01', end: '2026-07-31' });
    expect(targetOf(metrics, 'participation_rate').value).toBeCloseTo(10 / 18, 10);
  });

  it('shows the trend as of each month end', async () => {
    const { metrics } = await metricsFor(LEDGERS, { asOf: '2026-06-30' });
    const trend = targetOf(metrics, 'participation_rate').trend.map((p) => [p.month, p.value]);
    // Feb: no 文体活动 yet; Mar: 4 of 6; Apr: 6 of 10; May and Jun: 8 of 14.
    expect(trend).toEqual([
      ['2026-02', null],
      ['2026-03', expect.closeTo(4 / 6, 10)],
      ['2026-04', expect.closeTo(6 / 10, 10)],
      ['2026-05', expect.closeTo(8 / 14, 10)],
      ['2026-06', expect.closeTo(8 / 14, 10)],
    ]);
  });

  it('counts a person marked on two sign-in sheets once, present over absent', async () => {
    const again = [['活动名称', '日期', '姓名', '签到'], ['羽毛球赛', '2026-03-10', '孙浩', '√'], ['羽毛球赛', '2026-03-10', '张敏', '√']];
    const { metrics } = await metricsFor({ ...LEDGERS, 补充签到: again }, { asOf: '2026-06-30' });
    const t = targetOf(metrics, 'participation_rate');
    // 羽毛球赛: 孙浩 now present (× on the first sheet), 张敏 still one person: 3 of 4. Total 9 of 14.
    expect(t.detail.activities).toContainEqual(expect.objectContaining({ name: '羽毛球赛', eligible: 4, present: 3, excused: 1 }));
    expect(t.value).toBeCloseTo(9 / 14, 10);
  });

  it('has no data without sign-in sheets, naming the missing ledger', async () => {
    const { metrics } = await metricsFor({ 设置: settings(), 教职工名册: ROSTER, 活动台账: ACTIVITIES }, { asOf: '2026-06-30' });
    const t = targetOf(metrics, 'participation_rate');
    expect(t).toMatchObject({ value: null, status: 'no_data' });
    expect(t.detail.reason).toContain('活动签到');
  });

  it('has no data when no 文体活动 is dated in the term up to asOf', async () => {
    const { metrics } = await metricsFor(LEDGERS, { asOf: '2026-03-07' });
    const t = targetOf(metrics, 'participation_rate');
    expect(t).toMatchObject({ value: null, status: 'no_data' });
    expect(t.detail.reason).toContain('活动台账');
  });
});
