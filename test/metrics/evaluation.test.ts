import { afterAll, describe, expect, it } from 'vitest';
import { metricsFor, removeLedgers, settings, type Ledgers } from '../helpers/union-workbook.ts';

afterAll(removeLedgers);

/**
 * Three targets with data: proposals 2 of 2 satisfied (met), tasks 1 of 2 done (not met),
 * archive 1 of 2 complete (not met). Every other target has no data.
 */
const LEDGERS: Ledgers = {
  教代会提案: [['提案号', '案由', '反馈意见'], ['1', '甲', '满意'], ['2', '乙', '基本满意']],
  工作台账: [
    ['工作事项', '负责人', '截止日期', '完成情况'],
    ['计划', '张敏', '2026-03-01', '已完成'],
    ['总结', '张敏', '2026-04-01', '进行中'],
    ['坏日期', '张敏', '2026-04-31', '进行中'],
  ],
  资料归档: [['活动名称', '日期', '方案', '照片'], ['学习会', '2026-03-05', '√', '√'], ['运动会', '2026-04-05', '√', '缺']],
  // This term only: answers 5, 4, 4, 2 → 3 of 4 satisfied.
  满意度测评: [['学期', '部门', '工会活动', '困难帮扶'], ['2025-2026-2', '语文组', 5, 4], ['2025-2026-2', '数学组', 4, 2]],
};

const WEIGHTS = [
  ['完成度权重', 40],
  ['规范性权重', '20%'],
  ['满意度权重', 20],
  ['创新性权重', 20],
];

describe('the term-end evaluation', () => {
  it('scores four dimensions with the weights from the settings', async () => {
    const rows = settings(...WEIGHTS, ['创新性', 80], ['创新说明', '首创“工会微课堂”']);
    const { metrics } = await metricsFor({ 设置: rows, ...LEDGERS }, { asOf: '2026-06-30' });
    // 完成度: 1 met of 3 with data = 33.33.
    // 规范性: mean of archive 50 and rows used 15 ÷ (15 + 1 rejected) = 93.75 → 71.875.
    //   Rows used: settings 7, proposals 2, tasks 2, archive 2, survey 2; rejected: the task due 4月31日.
    // 满意度: 75. 创新性: 80.
    expect(metrics.evaluation.dimensions).toEqual([
      { id: 'completion', label: '完成度', score: 33.33, weight: 40, detail: { met: 1, counted: 3 } },
      { id: 'compliance', label: '规范性', score: 71.88, weight: 20, detail: { archive_completion: 0.5, rows_used: 15, rows_rejected: 1 } },
      { id: 'satisfaction', label: '满意度', score: 75, weight: 20, detail: { s_this: 0.75 } },
      { id: 'innovation', label: '创新性', score: 80, weight: 20, detail: { notes: '首创“工会微课堂”' } },
    ]);
    // (100/3 × 40 + 71.875 × 20 + 75 × 20 + 80 × 20) ÷ 100 = 58.708…
    expect(metrics.evaluation.total).toBeCloseTo(58.71, 2);
  });

  it('re-weights the total over the scored dimensions when 创新性 is not given', async () => {
    const { metrics } = await metricsFor({ 设置: settings(), ...LEDGERS }, { asOf: '2026-06-30' });
    const innovation = metrics.evaluation.dimensions.find((d) => d.id === 'innovation')!;
    expect(innovation).toMatchObject({ score: null, weight: 25 });
    // Default weights 25 each. Rows used now 1 (settings) + 8 = 9 of 10 → 规范性 (50 + 90) ÷ 2 = 70.
    // (100/3 + 70 + 75) ÷ 3 = 59.44…
    expect(metrics.evaluation.total).toBeCloseTo((100 / 3 + 70 + 75) / 3, 2);
  });
});

describe('a term the ledgers cannot score', () => {
  it('names the dimensions it could not score and prints no total', async () => {
    // Tasks and proposals only: no survey, so 满意度 cannot be scored.
    const { 教代会提案, 工作台账 } = LEDGERS;
    const { metrics } = await metricsFor({ 设置: settings(), 教代会提案: 教代会提案!, 工作台账: 工作台账! }, { asOf: '2026-06-30' });
    expect(metrics.evaluation.unscored).toEqual(['satisfaction']);
    expect(metrics.evaluation.total).toBeNull();
  });

  it('a term with no rows at all has no total either', async () => {
    const { metrics } = await metricsFor({ 设置: settings(), ...LEDGERS }, { term: '2030-2031-1', today: '2030-12-01' });
    expect(metrics.evaluation.unscored).toEqual(expect.arrayContaining(['completion', 'satisfaction']));
    expect(metrics.evaluation.total).toBeNull();
  });
});
