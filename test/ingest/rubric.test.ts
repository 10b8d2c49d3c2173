/** The upper union's assessment rubric (考核细则): read like every other ledger, rules typed, bad cells warned where they are. */
import { rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import { parseRubricRule } from '../../src/ingest/values/index.ts';
import { tempDir, writeWorkbook } from '../helpers/workbook.ts';
import { account, kinds, problems } from '../helpers/ingest-result.ts';

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('the 考核细则 sheet', () => {
  it('reads a title row, synonyms, a 一级指标 merged down over its items, a heading row and a 合计 row', async () => {
    const path = await writeWorkbook(dir, '区教育工会考核.xlsx', [
      {
        name: '考评细则',
        rows: [
          ['2025-2026学年学校工会工作考核评分细则'],
          ['考核项目', '二级指标', '标准分', '考核依据', '指标类型', '计分规则', '对应指标', '自评得分', '考评得分'],
          ['自身建设（30分）'],
          ['自身建设', '台帐资料齐全，并定期装订归档', 5, '查台账', '基本', null, '资料归档清单', null, null],
          [null, '工会干部每月参加业务培训', '4分', null, null, '工会干部每月业务培训：每月一次', null, null, null],
          ['履行职能', '文体活动参与率高', 6, '参与率85%以上满分', '基本', '≥85%得满分，每低1%扣0.5分', '文体活动参与率', 5.5, 5],
          [null, '教职工满意度', 4, null, null, '≥90:4;70-89:2;60-69:1;<60:0', '满意度', null, null],
          [null, '满意度低于60%', null, '“<60% 不获奖”', '一票否决', '否决:<60%', '满意度', null, null],
          [null, '创建模范职工之家', 3, '获评区级以上', '加分项', null, null, 2, null],
          ['合计', null, 22],
        ],
        merges: ['A4:A5', 'A6:A10'],
      },
    ]);
    const res = await ingest([path], { today: '2026-06-30' });
    expect(problems(res)).toEqual([]);
    expect(kinds(res)).toEqual({ 考评细则: 'rubric' });
    expect(res.records.rubric.map((x) => [x.dimension, x.item, x.max, x.type, x.rule?.kind ?? null, x.source, x.selfScore, x.reviewScore])).toEqual([
      ['自身建设', '台帐资料齐全，并定期装订归档', 5, 'basic', 'share', '资料归档清单', null, null],
      ['自身建设', '工会干部每月参加业务培训', 4, 'basic', 'monthly', '工会干部每月业务培训', null, null],
      ['履行职能', '文体活动参与率高', 6, 'basic', 'threshold', '文体活动参与率', 5.5, 5],
      ['履行职能', '教职工满意度', 4, 'basic', 'bands', '满意度', null, null],
      ['履行职能', '满意度低于60%', 0, 'veto', 'veto', '满意度', null, null],
      ['履行职能', '创建模范职工之家', 3, 'bonus', null, null, 2, null],
    ]);
    expect(res.records.rubric[2]).toMatchObject({
      ref: { file: '区教育工会考核.xlsx', sheet: '考评细则', cell: 'B6' },
      rule: { kind: 'threshold', full: 0.85, step: 0.01, deduct: 0.5 },
      selfScoreRef: { cell: 'H6' },
    });
    // title, header, heading row, 合计: skipped; six items used
    expect(account(res, '考评细则')).toEqual([10, 6, 4, 0]);
  });

  it('an unreadable rule, 分值 or 类型 is a warning at its cell, and the item stays to be scored by hand; a 自评分 above 分值 is capped', async () => {
    const path = await writeWorkbook(dir, '工作台账.xlsx', [
      {
        name: '考核细则',
        rows: [
          ['一级指标', '考核内容', '分值', '类型', '计分方式', '自评分'],
          ['民主管理', '教代会提案办理', 5, '基本', '≥85%得满分，每低扣分', null],
          ['民主管理', '校务公开', '五分', '基本', null, 4],
          ['民主管理', '职代会召开', 4, '重点', null, 6],
          ['民主管理', '厂务公开', 2, null, null, '优'],
        ],
      },
    ]);
    const res = await ingest([path], { today: '2026-06-30' });
    expect(kinds(res)).toEqual({ 考核细则: 'rubric' });
    expect(problems(res)).toEqual([
      { severity: 'warning', file: '工作台账.xlsx', sheet: '考核细则', cell: 'E2', code: 'bad_rubric_rule' },
      { severity: 'warning', file: '工作台账.xlsx', sheet: '考核细则', cell: 'C3', code: 'bad_rubric_max' },
      { severity: 'warning', file: '工作台账.xlsx', sheet: '考核细则', cell: 'D4', code: 'bad_rubric_type' },
      { severity: 'warning', file: '工作台账.xlsx', sheet: '考核细则', cell: 'F4', code: 'self_score_over_max' },
      { severity: 'warning', file: '工作台账.xlsx', sheet: '考核细则', cell: 'F5', code: 'bad_self_score' },
    ]);
    expect(res.issues.find((i) => i.code === 'bad_rubric_rule')?.message).toContain('≥85%得满分，每低扣分');
    expect(res.records.rubric.map((x) => [x.item, x.max, x.type, x.rule, x.selfScore])).toEqual([
      ['教代会提案办理', 5, 'basic', null, null],
      ['校务公开', null, 'basic', null, 4],
      ['职代会召开', 4, 'basic', null, 4],
      ['厂务公开', 2, 'basic', null, null],
    ]);
    expect(account(res, '考核细则')).toEqual([5, 4, 1, 0]);
  });

  it('a school’s own 绩效考核 sheet that is no rubric is left alone, not refused as one', async () => {
    const path = await writeWorkbook(dir, '学校台账.xlsx', [{ name: '教师绩效考核', rows: [['姓名', '教学', '科研'], ['张三', 90, 80]] }]);
    const res = await ingest([path], { today: '2026-06-30' });
    expect(problems(res)).toEqual([]);
    expect(kinds(res)).toEqual({ 教师绩效考核: null });
  });

  it('the work ledger beside it stays a work ledger', async () => {
    const path = await writeWorkbook(dir, '工作台账.xlsx', [
      { name: '工作台账', rows: [['工作事项', '负责人', '截止日期', '完成情况'], ['制定学期工作计划', '张三', '2026-02-28', '已完成']] },
      { name: '考核细则', rows: [['考核内容', '分值', '计分方式'], ['台帐资料齐全', 5, '资料归档清单']] },
    ]);
    const res = await ingest([path], { today: '2026-06-30' });
    expect(kinds(res)).toEqual({ 工作台账: 'tasks', 考核细则: 'rubric' });
    expect(res.records.tasks).toHaveLength(1);
    expect(res.records.rubric).toHaveLength(1);
  });
});

describe('parseRubricRule', () => {
  it.each([
    ['≥85%得满分，每低1%扣0.5分', { rule: { kind: 'threshold', full: 0.85, step: 0.01, deduct: 0.5 }, source: null }],
    ['达到90%得满分,每降低2个百分点扣1分', { rule: { kind: 'threshold', full: 0.9, step: 0.02, deduct: 1 }, source: null }],
    [
      '≥90:4;70-89:2;60-69:1;<60:0',
      {
        rule: {
          kind: 'bands',
          bands: [
            { min: 0.9, strict: false, score: 4 },
            { min: 0.7, strict: false, score: 2 },
            { min: 0.6, strict: false, score: 1 },
            { min: null, strict: false, score: 0 },
          ],
        },
        source: null,
      },
    ],
    ['90%以上得3分；60%以下得0分', { rule: { kind: 'bands', bands: [{ min: 0.9, strict: false, score: 3 }, { min: null, strict: false, score: 0 }] }, source: null }],
    ['每月一次', { rule: { kind: 'monthly', perMissing: null }, source: null }],
    ['每月至少开展一次，每缺1个月扣1分', { rule: { kind: 'monthly', perMissing: 1 }, source: null }],
    ['否决:<60%', { rule: { kind: 'veto', below: 0.6, inclusive: false }, source: null }],
    ['一票否决：低于60%', { rule: { kind: 'veto', below: 0.6, inclusive: false }, source: null }],
    ['资料归档清单', { rule: { kind: 'share' }, source: '资料归档清单' }],
    ['文体活动参与率：≥85%得满分，每低1%扣0.5分', { rule: { kind: 'threshold', full: 0.85, step: 0.01, deduct: 0.5 }, source: '文体活动参与率' }],
    ['', { rule: null, source: null }],
    ['人工评分', { rule: null, source: null }],
  ])('%s', (text, expected) => {
    expect(parseRubricRule(text)).toEqual({ ok: true, value: expected });
  });

  it.each(['≥85%得满分，每低扣分', '90:4', '否决:很多', '满意度：每周两次', '按完成情况酌情扣1-3分'])('%s cannot be read', (text) => {
    expect(parseRubricRule(text)).toEqual({ ok: false, code: 'bad_rubric_rule' });
  });
});
