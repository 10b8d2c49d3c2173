import { afterAll, describe, expect, it } from 'vitest';
import { date } from '../helpers/workbook.ts';
import { metricsFor, removeLedgers, targetOf, type Ledgers } from '../helpers/union-workbook.ts';

afterAll(removeLedgers);

const ACTIVITIES = [
  ['活动名称', '日期', '类别'],
  ['开学学习', '2026-02-10', '理论学习'],
  ['三月学习', '2026-03-10', '理论学习'],
  ['秋季学习', '2026-09-10', '理论学习'],
];

const withSettings = (...rows: (string | number | ReturnType<typeof date> | null)[][]): Ledgers => ({
  设置: [['项目', '值'], ...rows],
  活动台账: ACTIVITIES,
});

describe('the term and asOf', () => {
  it('takes the term from the settings when neither --term nor --as-of is given, and caps asOf at its end', async () => {
    const { metrics } = await metricsFor(withSettings(['学校名称', '青禾三中'], ['学期', '2025-2026学年第二学期']), { today: '2026-11-22' });
    expect(metrics.school).toBe('青禾三中');
    expect(metrics.term).toEqual({
      id: '2025-2026-2',
      label: '2025-2026学年第二学期',
      start: '2026-02-01',
      end: '2026-07-31',
      working_months: ['2026-02', '2026-03', '2026-04', '2026-05', '2026-06'],
      kind: 'term',
      term_ids: ['2025-2026-2'],
    });
    expect(metrics.as_of).toBe('2026-07-31');
  });

  it('follows --term over the settings, and --as-of picks the term containing it', async () => {
    const ledgers = withSettings(['学期', '2025-2026学年第二学期']);
    const byTerm = await metricsFor(ledgers, { term: '2026-2027-1', today: '2026-09-20' });
    expect(byTerm.metrics.term.id).toBe('2026-2027-1');
    expect(byTerm.metrics.as_of).toBe('2026-09-20');
    const byDate = await metricsFor(ledgers, { asOf: '2026-10-08', today: '2026-11-22' });
    expect(byDate.metrics.term).toMatchObject({ id: '2026-2027-1', start: '2026-08-01', end: '2027-01-31' });
    // Working months 9–1: Sep has ended with a study, Oct (in progress) has none yet → 1 of 1.
    expect(targetOf(byDate.metrics, 'monthly_study').value).toBeCloseTo(1, 10);
    expect(targetOf(byDate.metrics, 'monthly_study').detail.months_in_progress).toEqual(['2026-10']);
  });

  it('takes 学期开始 and 学期结束 from the settings', async () => {
    const ledgers = withSettings(['学期', '2025-2026-2'], ['学期开始', date('2026-02-16')], ['学期结束', '7月10日'], ['工作月份', '3,4,5,6']);
    const { metrics } = await metricsFor(ledgers, { today: '2026-11-22' });
    expect(metrics.term).toMatchObject({ start: '2026-02-16', end: '2026-07-10', working_months: ['2026-03', '2026-04', '2026-05', '2026-06'] });
    expect(metrics.as_of).toBe('2026-07-10');
    // 开学学习 (02-10) is before the term's start: not one of its activities.
    expect(metrics.activities.map((a) => a.name)).toEqual(['三月学习']);
  });

  it('reports a setting it cannot read, and one it does not know', async () => {
    const { metrics } = await metricsFor(withSettings(['学期', '2025-2026-2'], ['文明办公室达标分', '很高'], ['吉祥物', '熊猫']));
    expect(metrics.issues.filter((i) => i.sheet === '设置').map((i) => [i.severity, i.code, i.cell])).toEqual([
      ['error', 'bad_setting', 'B3'],
      ['info', 'unknown_setting', 'B4'],
    ]);
    expect(targetOf(metrics, 'office_pass_trend').status).toBe('no_data');
  });

  it('rejects a malformed term or date', async () => {
    await expect(metricsFor(withSettings(), { asOf: '2026-02-30' })).rejects.toThrow(RangeError);
    await expect(metricsFor(withSettings(), { term: '2026' })).rejects.toThrow(RangeError);
  });
});
