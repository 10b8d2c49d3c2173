/** metrics.participation: the 文体活动 participation_rate counts, split by department, and who has not taken part. */
import { afterAll, describe, expect, it } from 'vitest';
import { metricsFor, removeLedgers, settings, targetOf, type Ledgers } from '../helpers/union-workbook.ts';

afterAll(removeLedgers);

/** In service: 张敏, 李强 (blank status), 王丽 (no department), 孙浩, 周红. Retired 赵刚; 钱芳 has left. */
const ROSTER = [
  ['姓名', '性别', '出生日期', '部门', '状态'],
  ['张敏', '女', '1980-03-01', '语文组', '在职'],
  ['李强', '男', '1995-05-01', '数学组', null],
  ['王丽', '女', '1990-01-01', null, '在职'],
  ['赵刚', '男', '1960-01-01', '语文组', '退休'],
  ['钱芳', '女', '1985-01-01', '数学组', '调离'],
  ['孙浩', '男', '1985-06-01', '体艺组', '在职'],
  ['周红', '女', '1988-01-01', '体艺组', '在职'],
];

/** Ledger order is not date order: 数学组登山 comes first in the ledger, 三八健步走 first by date. */
const ACTIVITIES = [
  ['活动名称', '日期', '类别', '参加范围'],
  ['数学组登山', '2026-04-10', '文体活动', '数学组'],
  ['羽毛球赛', '2026-03-10', '文体活动', '全体'],
  ['三八健步走', '2026-03-08', '文体活动', '女教职工'],
  ['退休茶话会', '2026-04-20', '文体活动', '退休教职工'],
  ['跳绳比赛', '2026-05-05', '文体活动', '全体'],
  ['理论学习', '2026-03-05', '理论学习', '全体'],
  ['趣味运动会', '2026-07-10', '文体活动', '全体'],
];

const SIGN_IN = [
  ['活动名称', '日期', '姓名', '签到'],
  // 数学组登山 (数学组 in service: 李强): absent.
  ['数学组登山', '2026-04-10', '李强', '×'],
  // 羽毛球赛 (全体: 张敏 李强 王丽 孙浩 周红): 张敏 孙浩 present, 李强 excused, 王丽 absent, 周红 no record;
  // a visitor and 钱芳 (left) are not eligible.
  ['羽毛球赛', '2026-03-10', '张敏', '√'],
  ['羽毛球赛', '2026-03-10', '李强', '请假'],
  ['羽毛球赛', '2026-03-10', '王丽', '×'],
  ['羽毛球赛', '2026-03-10', '孙浩', '√'],
  ['羽毛球赛', '2026-03-10', '陈外', '√'],
  ['羽毛球赛', '2026-03-10', '钱芳', '√'],
  // 三八健步走 (女 in service: 张敏 王丽 周红): 张敏 present; 王丽 absent then present (present wins); 周红 excused.
  ['三八健步走', '2026-03-08', '张敏', '√'],
  ['三八健步走', '2026-03-08', '王丽', '×'],
  ['三八健步走', '2026-03-08', '王丽', '√'],
  ['三八健步走', '2026-03-08', '周红', '请假'],
  // 退休茶话会 (retired: 赵刚): present.
  ['退休茶话会', '2026-04-20', '赵刚', '√'],
  // Not 文体活动: never counted.
  ['理论学习', '2026-03-05', '周红', '√'],
  // After asOf 2026-06-30.
  ['趣味运动会', '2026-07-10', '周红', '√'],
  ['趣味运动会', '2026-07-10', '李强', '√'],
];

const LEDGERS: Ledgers = { 设置: settings(), 教职工名册: ROSTER, 活动台账: ACTIVITIES, 活动签到: SIGN_IN };

describe('participation by department and absentees', () => {
  it('splits the counted (activity, person) pairs by department, in order of first appearance in the ledger', async () => {
    const { metrics } = await metricsFor(LEDGERS, { asOf: '2026-06-30' });
    // By hand: 数学组 李强 ×2 (登山 absent, 羽毛球 excused); 语文组 张敏 ×2 + 赵刚 all present;
    // no department 王丽 (羽毛球 absent, 健步走 present); 体艺组 孙浩 present, 周红 ×2 (none, excused).
    // 跳绳比赛 has no sign-in, 趣味运动会 is after asOf: neither counts.
    expect(metrics.participation.by_department).toEqual([
      { department: '数学组', eligible: 2, present: 0, rate: 0, people: 1 },
      { department: '语文组', eligible: 3, present: 3, rate: 1, people: 2 },
      { department: null, eligible: 2, present: 1, rate: 0.5, people: 1 },
      { department: '体艺组', eligible: 3, present: 1, rate: expect.closeTo(1 / 3, 10), people: 2 },
    ]);
    // The departments add up to the target's own totals.
    expect(targetOf(metrics, 'participation_rate').detail).toMatchObject({ eligible: 10, present: 5 });
  });

  it('lists in roster order the eligible staff present at none of the counted activities', async () => {
    const { metrics } = await metricsFor(LEDGERS, { asOf: '2026-06-30' });
    expect(metrics.participation.absentees).toEqual([
      { name: '李强', department: '数学组', eligible: 2, excused: 1 },
      { name: '周红', department: '体艺组', eligible: 2, excused: 1 },
    ]);
  });

  it('takes in later activities as asOf moves on: both absentees came to 趣味运动会', async () => {
    const { metrics } = await metricsFor(LEDGERS, { asOf: '2026-07-20' });
    expect(metrics.participation.absentees).toEqual([]);
    // 趣味运动会 (全体, 5 eligible): 李强 and 周红 present.
    expect(metrics.participation.by_department).toEqual([
      { department: '数学组', eligible: 3, present: 1, rate: expect.closeTo(1 / 3, 10), people: 1 },
      { department: '语文组', eligible: 4, present: 3, rate: 0.75, people: 2 },
      { department: null, eligible: 3, present: 1, rate: expect.closeTo(1 / 3, 10), people: 1 },
      { department: '体艺组', eligible: 5, present: 2, rate: 0.4, people: 2 },
    ]);
  });

  it('is empty without sign-in records', async () => {
    const { metrics } = await metricsFor({ 设置: settings(), 教职工名册: ROSTER, 活动台账: ACTIVITIES });
    expect(metrics.participation).toEqual({ by_department: [], absentees: [] });
  });
});
