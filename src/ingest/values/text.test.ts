import { describe, expect, it } from 'vitest';
import type { Scalar } from '../model.ts';
import { cellText, isBlank, normalizeHeader, normalizeName } from './text.ts';

describe('cellText', () => {
  it.each<[Scalar, string]>([
    ['  活动名称 ', '活动名称'],
    ['\u3000张三\u3000', '张三'],
    ['\u00a0备注\n', '备注'],
    [3.5, '3.5'],
    [1200, '1200'],
    [0.1 + 0.2, '0.3'],
    [-42.75, '-42.75'],
    [1e21, '1000000000000000000000'],
    [{ kind: 'date', date: '2026-03-08' }, '2026-03-08'],
    [{ kind: 'date', date: '2026-06-20', time: '10:11:12' }, '2026-06-20'],
    [true, 'TRUE'],
    [false, 'FALSE'],
    [null, ''],
  ])('%j → %j', (v, expected) => {
    expect(cellText(v)).toBe(expected);
  });
});

describe('isBlank', () => {
  it.each<[Scalar, boolean]>([
    [null, true],
    ['', true],
    ['   ', true],
    ['\u3000\u3000', true],
    ['\u00a0', true],
    ['\n\t', true],
    ['\u200b', true],
    ['0', false],
    [0, false],
    [false, false],
    ['√', false],
    [{ kind: 'date', date: '2026-03-08' }, false],
  ])('%j → %s', (v, expected) => {
    expect(isBlank(v)).toBe(expected);
  });
});

describe('normalizeName', () => {
  it.each<[string, string]>([
    ['张三', '张三'],
    ['张　三', '张三'],
    ['张 三', '张三'],
    [' 张\n三 ', '张三'],
    ['张\u00a0三', '张三'],
    ['ＡＢＣ１２', 'ABC12'],
    ['欧阳\u200b娜娜', '欧阳娜娜'],
  ])('%j → %j', (text, expected) => {
    expect(normalizeName(text)).toBe(expected);
  });
});

describe('normalizeHeader', () => {
  it.each<[string, string]>([
    ['金额（元）', '金额'],
    ['金额(元)', '金额'],
    ['金额 （ 元 ）', '金额'],
    ['预算金额/元', '预算金额'],
    ['预算金额（万元）', '预算金额'],
    ['类别\n（发展经营类/民生类）', '类别'],
    ['实事项目类别\n（发展经营类/民生类/…）', '实事项目类别'],
    ['*姓名', '姓名'],
    ['＊姓名', '姓名'],
    ['姓名：', '姓名'],
    ['姓名:', '姓名'],
    ['*金额（元）：', '金额'],
    ['教职工 姓名', '教职工姓名'],
    ['日期【必填】', '日期'],
    ['得分[满分100]', '得分'],
    ['活动名称（含（分会场））', '活动名称'],
    ['１、您对工会活动组织是否满意？', '1、您对工会活动组织是否满意?'],
    ['姓名_real_name', '姓名'],
    ['出生年月_birth_date', '出生年月'],
    ['staff_id', 'staff_id'],
    // dates and wholly bracketed text are not notes
    ['羽毛球赛3/6', '羽毛球赛3/6'],
    ['（备注）', '(备注)'],
    ['金额(元', '金额(元'],
  ])('%j → %j', (text, expected) => {
    expect(normalizeHeader(text)).toBe(expected);
  });
});
