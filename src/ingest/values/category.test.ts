import { describe, expect, it } from 'vitest';
import type { Scalar } from '../model.ts';
import type { ActivityCategory, EligibleRange } from '../records.ts';
import { parseCategory, parseRange } from './category.ts';

describe('parseCategory', () => {
  it.each<[Scalar, ActivityCategory, boolean]>([
    ['理论学习', '理论学习', true],
    ['学习', '理论学习', true],
    ['政治学习', '理论学习', true],
    ['集中学习', '理论学习', true],
    ['专题学习', '理论学习', true],
    ['师德建设', '师德建设', true],
    ['师德', '师德建设', true],
    ['师德师风', '师德建设', true],
    ['主题活动', '主题活动', true],
    ['主题教育', '主题活动', true],
    ['文体活动', '文体活动', true],
    ['文体', '文体活动', true],
    ['体育活动', '文体活动', true],
    ['文艺活动', '文体活动', true],
    ['健身活动', '文体活动', true],
    ['文娱活动', '文体活动', true],
    ['干部培训', '干部培训', true],
    ['业务培训', '干部培训', true],
    ['工会干部培训', '干部培训', true],
    ['干部学习', '干部培训', true],
    ['民主管理', '民主管理', true],
    ['教代会', '民主管理', true],
    ['校务公开', '民主管理', true],
    ['民主评议', '民主管理', true],
    ['关爱慰问', '关爱慰问', true],
    ['慰问', '关爱慰问', true],
    ['送温暖', '关爱慰问', true],
    ['走访', '关爱慰问', true],
    ['榜样选树', '榜样选树', true],
    ['评选', '榜样选树', true],
    ['评优', '榜样选树', true],
    ['表彰', '榜样选树', true],
    ['其他', '其他', true],
    ['其它', '其他', true],
    // spelled loosely
    [' 文体 活动 ', '文体活动', true],
    ['文体活动（羽毛球）', '文体活动', true],
    ['羽毛球（文体活动）', '文体活动', true],
    ['工会干部培训班', '干部培训', true],
    ['师德师风建设', '师德建设', true],
    ['春节送温暖', '关爱慰问', true],
    ['教师集中学习', '理论学习', true],
    // blank, unknown or ambiguous → 其他, not known
    [null, '其他', false],
    ['', '其他', false],
    ['联谊会', '其他', false],
    ['师德学习', '其他', false],
    ['文体活动与主题活动', '其他', false],
    [42, '其他', false],
  ])('%j → %s (known %s)', (v, category, known) => {
    expect(parseCategory(v)).toEqual({ category, known });
  });
});

describe('parseRange', () => {
  const departments = ['语文组', '数学 组', '初三年级组', '后勤处（总务）'];
  it.each<[Scalar, EligibleRange, boolean]>([
    [null, { kind: 'all' }, true],
    ['', { kind: 'all' }, true],
    ['全体', { kind: 'all' }, true],
    ['全体教职工', { kind: 'all' }, true],
    ['全校教职工', { kind: 'all' }, true],
    ['全员', { kind: 'all' }, true],
    ['女教职工', { kind: 'female' }, true],
    ['女职工', { kind: 'female' }, true],
    ['女教师', { kind: 'female' }, true],
    ['女', { kind: 'female' }, true],
    ['全体女教职工', { kind: 'female' }, true],
    ['男教职工', { kind: 'male' }, true],
    ['男职工', { kind: 'male' }, true],
    ['男教师', { kind: 'male' }, true],
    ['男', { kind: 'male' }, true],
    ['青年教师', { kind: 'young' }, true],
    ['青年', { kind: 'young' }, true],
    ['退休教职工', { kind: 'retired' }, true],
    ['退休', { kind: 'retired' }, true],
    ['离退休', { kind: 'retired' }, true],
    ['全体教职工（自愿）', { kind: 'all' }, true],
    ['语文组', { kind: 'department', department: '语文组' }, true],
    ['语文 组', { kind: 'department', department: '语文组' }, true],
    ['数学组', { kind: 'department', department: '数学 组' }, true],
    ['初三年级组', { kind: 'department', department: '初三年级组' }, true],
    ['后勤处', { kind: 'department', department: '后勤处（总务）' }, true],
    ['英语组', { kind: 'all' }, false],
    ['部分教师', { kind: 'all' }, false],
  ])('%j → %j (known %s)', (v, range, known) => {
    expect(parseRange(v, departments)).toEqual({ range, known });
  });

  it('reads a department only when the roster has it', () => {
    expect(parseRange('语文组', [])).toEqual({ range: { kind: 'all' }, known: false });
  });
});
