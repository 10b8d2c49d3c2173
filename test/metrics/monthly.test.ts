import { afterAll, describe, expect, it } from 'vitest';
import { metricsFor, removeLedgers, settings, targetOf } from '../helpers/union-workbook.ts';

afterAll(removeLedgers);

/** Categories written as synonyms: 政治学习 = 理论学习, 师德师风 = 师德建设, 主题教育 = 主题活动, 业务培训 = 干部培训. */
const ACTIVITIES = [
  ['活动名称', '日期', '类别'],
  ['寒假集中学习', '2026-02-20', '政治学习'],
  ['工会干部培训一', '2026-03-05', '业务培训'],
  ['师德专题', '2026-03-12', '师德师风'],
  ['清明主题教育', '2026-04-10', '主题教育'],
  ['工会干部培训二', '2026-04-20', '干部培训'],
  ['羽毛球赛', '2026-05-10', '文体活动'],
];

const OFFICES = [
  ['办公室', '月份', '总分'],
  ['语文组', '3月', 90],
  ['数学组', '2026年4月', 91],
];

describe('monthly_study and cadre_training', () => {
  it('count working months ended by asOf, and the month in progress once it has such an activity', async () => {
    const { metrics } = await metricsFor({ 设置: settings(), 活动台账: ACTIVITIES }, { asOf: '2026-04-15' });
    // Working months 2–6 by default; Feb and Mar have ended by 2026-04-15, Apr is in progress.
    // Study: Feb 寒假集中学习, Mar 师德专题, and Apr already has 清明主题教育 → 3 of 3.
    const study = targetOf(metrics, 'monthly_study');
    expect(study).toMatchObject({ value: 1, status: 'met' });
    expect(study.detail).toMatchObject({ months: 3, months_without: [], months_in_progress: [] });
    // Training: none in Feb, Mar's 培训一; Apr's is on the 20th, after asOf: in progress, not missed → 1 of 2.
    const training = targetOf(metrics, 'cadre_training');
    expect(training.value).toBeCloseTo(1 / 2, 10);
    expect(training.detail).toMatchObject({ months: 2, months_without: ['2026-02'], months_in_progress: ['2026-04'] });
  });

  it('a month just begun is in progress, not missed', async () => {
    const { metrics } = await metricsFor({ 设置: settings(), 活动台账: ACTIVITIES }, { asOf: '2026-05-02' });
    // May has no training yet two days in: Feb missed, Mar and Apr held → 2 of 3, May in progress.
    expect(targetOf(metrics, 'cadre_training').detail).toMatchObject({ months: 3, months_without: ['2026-02'], months_in_progress: ['2026-05'] });
    const early = await metricsFor({ 设置: settings(), 活动台账: ACTIVITIES }, { asOf: '2026-02-05' });
    // The term's first month, five days in, without a training yet: nothing to count, not 0%.
    expect(targetOf(early.metrics, 'cadre_training')).toMatchObject({ value: null, status: 'no_data' });
    expect(targetOf(early.metrics, 'cadre_training').detail.months_in_progress).toEqual(['2026-02']);
  });

  it('take the working months from the settings', async () => {
    const { metrics } = await metricsFor({ 设置: settings(['工作月份', '3月、4月、5月、6月']), 活动台账: ACTIVITIES }, { asOf: '2026-04-15' });
    // Mar ended with a training; Apr is in progress without one yet → 1 of 1.
    expect(targetOf(metrics, 'cadre_training').value).toBeCloseTo(1, 10);
    expect(targetOf(metrics, 'cadre_training').detail).toMatchObject({ months_without: [], months_in_progress: ['2026-04'] });
  });

  it('have no data for a term with no activities at all, never 0%', async () => {
    const { metrics } = await metricsFor({ 设置: settings(), 活动台账: ACTIVITIES }, { term: '2030-2031-1', today: '2030-12-01' });
    expect(targetOf(metrics, 'monthly_study')).toMatchObject({ value: null, status: 'no_data' });
    expect(targetOf(metrics, 'cadre_training')).toMatchObject({ value: null, status: 'no_data' });
  });

  it('have no data without an activities ledger', async () => {
    const { metrics } = await metricsFor({ 设置: settings() }, { asOf: '2026-04-15' });
    expect(targetOf(metrics, 'monthly_study').detail.reason).toContain('活动台账');
    expect(targetOf(metrics, 'cadre_training').status).toBe('no_data');
  });
});

describe('office_monthly', () => {
  it('counts working months ended by asOf (and the month in progress once evaluated) that have office scores', async () => {
    const { metrics } = await metricsFor({ 设置: settings(), 文明办公室评比: OFFICES }, { asOf: '2026-05-03' });
    // Feb–Apr ended, scored Mar and Apr → 2 of 3; May has just begun.
    const t = targetOf(metrics, 'office_monthly');
    expect(t.value).toBeCloseTo(2 / 3, 10);
    expect(t.detail).toMatchObject({ months_without: ['2026-02'], months_in_progress: ['2026-05'] });
  });

  it('has no data without office scores', async () => {
    const { metrics } = await metricsFor({ 设置: settings() }, { asOf: '2026-05-03' });
    expect(targetOf(metrics, 'office_monthly').detail.reason).toContain('文明办公室评比');
  });
});
