/**
 * The 考核细则 scored from a small school's ledgers, every figure worked by hand: 10 staff,
 * 8 at the one 文体活动 (80%); 2 of 2 archive rows listed, 1 complete (50%); 7 of 10 survey
 * answers satisfied (70%); 干部培训 in March and May of the five working months Feb–Jun (2 of 5).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { computeMetrics, redact } from '../../src/metrics/index.ts';
import { roleVisibility } from '../../src/access/visibility.ts';
import { metricsFor, removeLedgers, settings, type Rows } from '../helpers/union-workbook.ts';

afterAll(removeLedgers);

const STAFF = ['张敏', '李强', '王丽', '赵刚', '钱芳', '孙浩', '周红', '吴军', '郑爽', '冯雪'];

const school = (survey: Rows, rubric: Rows | null) => ({
  设置: settings(),
  教职工名册: [['姓名', '部门', '状态'], ...STAFF.map((n) => [n, '语文组', '在职'])],
  活动台账: [
    ['活动名称', '日期', '类别', '参加范围'],
    ['工会干部培训一', '2026-03-05', '干部培训', '全体'],
    ['教职工气排球赛', '2026-03-10', '文体活动', '全体'],
    ['工会干部培训二', '2026-05-06', '干部培训', '全体'],
  ],
  活动签到: [['活动名称', '日期', '姓名', '签到'], ...STAFF.map((n, i) => ['教职工气排球赛', '2026-03-10', n, i < 8 ? '√' : '×'])],
  资料归档: [
    ['活动名称', '日期', '方案', '签到表', '照片'],
    ['教职工气排球赛', '2026-03-10', '√', '√', '√'],
    ['工会干部培训一', '2026-03-05', '√', null, '√'],
  ],
  满意度测评: survey,
  ...(rubric ? { 考核细则: rubric } : {}),
});

/** 5 respondents × 2 items; `satisfied` of the 10 answers are 满意 or 非常满意, the rest 不满意. */
const survey = (satisfied: number): Rows => [
  ['序号', '工会服务', '活动组织'],
  ...[0, 1, 2, 3, 4].map((i) => [i + 1, 2 * i < satisfied ? '非常满意' : '不满意', 2 * i + 1 < satisfied ? '满意' : '不满意']),
];

const HEADER = ['一级指标', '考核内容', '分值', '类型', '计分方式', '数据来源', '自评分'];
const RUBRIC: Rows = [
  HEADER,
  ['自身建设', '台帐资料齐全，并定期装订归档', 5, '基本', null, '资料归档清单', null],
  ['自身建设', '工会干部每月参加业务培训', 4, '基本', '每月一次', '干部培训', null],
  ['自身建设', '干部培训缺月扣分', 5, '基本', '每月一次，每缺1个月扣1分', '工会干部每月业务培训', null],
  ['履行职能', '文体活动教职工参与面广', 6, '基本', '文体活动参与率：≥85%得满分，每低1%扣0.5分', null, null],
  ['履行职能', '教职工满意度', 4, '基本', '≥90:4;70-89:2;60-69:1;<60:0', '满意度', null],
  ['履行职能', '满意度低于60%不获奖', null, '否决', '否决:<60%', '满意度', null],
  ['民主管理', '校务公开', 3, '基本', null, null, null],
  ['民主管理', '教代会规范召开', 4, '基本', null, null, 3.5],
  ['民主管理', '参与率复核', 6, '基本', '≥85%得满分，每低1%扣0.5分', '文体活动参与率', 8],
  ['民主管理', '人气指数', 2, '基本', '人气指数', null, null],
  ['加分项目', '创建模范职工之家', 3, '加分', null, null, 2],
  ['加分项目', '工作创新', 2, '加分', '资料归档清单', null, null],
];

describe('the 考核细则 self-assessment', () => {
  it('scores every rule type from our figures, caps at 分值, takes the 自评分 over ours, sums by 一级指标, bonus apart', async () => {
    const { metrics } = await metricsFor(school(survey(7), RUBRIC), { asOf: '2026-06-30' });
    const r = metrics.rubric!;
    expect(r.items.map((x) => [x.item, x.status, x.score, x.computed, x.figure?.value ?? null])).toEqual([
      ['台帐资料齐全，并定期装订归档', 'computed', 2.5, 2.5, 0.5], // 0.5 × 5
      ['工会干部每月参加业务培训', 'computed', 1.6, 1.6, 0.4], // 2 of 5 months × 4
      ['干部培训缺月扣分', 'computed', 2, 2, 0.4], // 5 − 3 months missed × 1
      ['文体活动教职工参与面广', 'computed', 3.5, 3.5, 0.8], // 5 points below 85% × 0.5 = 2.5 off 6
      ['教职工满意度', 'computed', 2, 2, 0.7], // 70% is in 70–89 → 2
      ['满意度低于60%不获奖', 'computed', null, null, 0.7], // 70% ≥ 60%: no veto
      ['校务公开', 'manual', null, null, null],
      ['教代会规范召开', 'override', 3.5, null, null],
      ['参与率复核', 'override', 6, 3.5, 0.8], // 自评分 8 capped at 6
      ['人气指数', 'manual', null, null, null],
      ['创建模范职工之家', 'override', 2, null, null],
      ['工作创新', 'computed', 1, 1, 0.5],
    ]);
    expect(r.items.map((x) => x.manual_reason)).toEqual([null, null, null, null, null, null, 'no_rule', 'no_rule', null, 'unknown_source', 'no_rule', null]);
    expect(r.items[1]!.figure).toMatchObject({ id: 'cadre_training', numerator: 2, denominator: 5 });
    expect(r.items[3]!.figure).toMatchObject({ id: 'participation_rate', numerator: 8, denominator: 10 });
    expect(r.items[4]!.figure).toMatchObject({ id: 'satisfaction', numerator: 7, denominator: 10 });
    // Evidence: the two archive rows; the ten sign-ins, three shown; the 自评分 cell of a manual item.
    expect(r.items[0]!.evidence).toEqual({
      count: 2,
      cells: [
        { file: '工会台账.xlsx', sheet: '资料归档', cell: 'A2' },
        { file: '工会台账.xlsx', sheet: '资料归档', cell: 'A3' },
      ],
    });
    expect(r.items[3]!.evidence.count).toBe(10);
    expect(r.items[3]!.evidence.cells).toHaveLength(3);
    expect(r.items[3]!.evidence.cells[0]).toMatchObject({ sheet: '活动签到' });
    expect(r.items[7]!.evidence).toEqual({ count: 1, cells: [{ file: '工会台账.xlsx', sheet: '考核细则', cell: 'G9' }] });
    expect(r.items.every((x) => x.score === null || x.max === null || x.score <= x.max)).toBe(true);
    expect(r.dimensions).toEqual([
      { dimension: '自身建设', max: 14, score: 6.1 },
      { dimension: '履行职能', max: 10, score: 5.5 },
      { dimension: '民主管理', max: 15, score: 9.5 },
    ]);
    expect(r.basic).toEqual({ max: 39, score: 21.1, unscored: 2 });
    expect(r.bonus).toEqual({ max: 5, score: 3 });
    expect(r.total).toBe(24.1);
    expect(r.vetoed).toBe(false);
    // The unknown reference is a warning at its rule cell; the capped 自评分 one at its own.
    expect(metrics.issues.filter((i) => i.code === 'rubric_unknown_source' || i.code === 'self_score_over_max').map((i) => [i.code, i.cell])).toEqual([
      ['self_score_over_max', 'G10'],
      ['rubric_unknown_source', 'E11'],
    ]);
  });

  it('a veto below its line is triggered, and the bands and deduction follow the lower figure', async () => {
    const { metrics } = await metricsFor(school(survey(5), RUBRIC), { asOf: '2026-06-30' });
    const r = metrics.rubric!;
    const item = (name: string) => r.items.find((x) => x.item === name)!;
    expect(item('满意度低于60%不获奖')).toMatchObject({ veto_triggered: true, score: null });
    expect(item('教职工满意度').score).toBe(0); // 50% < 60% → 0
    expect(r.vetoed).toBe(true);
    expect(r.total).toBe(22.1); // 24.1 less the 2 points of the banded item
  });

  it('as of an earlier day the figures and scores are those of that day', async () => {
    // As of 2026-03-31: Feb (none) and Mar (one) counted → 1 of 2 months → 4 × 0.5 = 2; 5 − 1 = 4.
    const { metrics } = await metricsFor(school(survey(7), RUBRIC), { asOf: '2026-03-31' });
    const item = (name: string) => metrics.rubric!.items.find((x) => x.item === name)!;
    expect(item('工会干部每月参加业务培训').score).toBe(2);
    expect(item('干部培训缺月扣分').score).toBe(4);
  });

  it('without a 考核细则 sheet there is no rubric and the four dimensions are the evaluation, unchanged', async () => {
    // A rubric row without its 考核内容 is rejected; that is no ledger of the term's work, so 规范性 does not move.
    const withRubric = await metricsFor(school(survey(7), [...RUBRIC, [null, null, 2, '基本', '每月一次', null, null]]), { asOf: '2026-06-30' });
    expect(withRubric.ingest.sheets.find((x) => x.kind === 'rubric')?.rows_rejected).toBe(1);
    const without = await metricsFor(school(survey(7), null), { asOf: '2026-06-30' });
    expect(without.metrics.rubric).toBeNull();
    expect(without.metrics.evaluation.dimensions.map((d) => d.id)).toEqual(['completion', 'compliance', 'satisfaction', 'innovation']);
    expect(withRubric.metrics.evaluation.dimensions.map((d) => d.score)).toEqual(without.metrics.evaluation.dimensions.map((d) => d.score));
    // The same records give the same rubric when computed again.
    expect(computeMetrics(withRubric.ingest, { today: '2026-07-20', asOf: '2026-06-30' }).rubric).toEqual(withRubric.metrics.rubric);
  });

  it('roles that may not read the ledgers see the scores and how many cells, not which', async () => {
    const { metrics } = await metricsFor(school(survey(7), RUBRIC), { asOf: '2026-06-30' });
    const committee = redact(metrics, roleVisibility('committee')).rubric!;
    expect(committee.total).toBe(24.1);
    expect(committee.items[3]!.evidence).toEqual({ count: 10, cells: [] });
    expect(redact(metrics, roleVisibility('chair')).rubric!.items[3]!.evidence.cells).toHaveLength(3);
  });
});
