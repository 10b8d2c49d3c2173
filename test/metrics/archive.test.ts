import { afterAll, describe, expect, it } from 'vitest';
import { metricsFor, removeLedgers, settings, targetOf } from '../helpers/union-workbook.ts';

afterAll(removeLedgers);

const ACTIVITIES = [
  ['活动名称', '日期', '类别'],
  ['羽毛球赛', '2026-03-10', '文体活动'],
  ['三八健步走', '2026-03-08', '文体活动'],
  ['青年拓展', '2026-04-11', '文体活动'],
  ['退休教师茶话会', '2026-04-20', '关爱慰问'],
  ['师德承诺', '2026-05-06', '师德建设'],
  ['趣味运动会', '2026-07-10', '文体活动'],
];

const ARCHIVE = [
  ['活动名称', '日期', '方案', '签到表', '照片', '总结'],
  ['羽毛球赛', '2026-03-10', '√', '√', '√', '√'],
  ['三八健步走', '3月8日', '√', '不适用', '√', '有'],
  ['青年拓展', '2026-04-11', '√', '√', null, '√'],
  ['退休教师茶话会', '2026-04-20', '√', '缺', '/', '√'],
  ['趣味运动会', '2026-07-10', '√', null, null, null],
  ['上学期总结会', '2026-01-10', '√', null, null, null],
];

describe('archive_completion', () => {
  it('counts listed activities dated up to asOf whose every required material is present', async () => {
    const { metrics } = await metricsFor({ 设置: settings(), 活动台账: ACTIVITIES, 资料归档: ARCHIVE }, { asOf: '2026-06-30' });
    const t = targetOf(metrics, 'archive_completion');
    // Listed in [2026-02-01, 2026-06-30]: 羽毛球赛, 三八健步走 (不适用 is not missing), 青年拓展 (照片 blank),
    // 退休教师茶话会 (签到表 缺): 2 of 4 complete. 趣味运动会 is after asOf, 上学期总结会 in the last term.
    expect(t.value).toBeCloseTo(2 / 4, 10);
    expect(t.status).toBe('not_met');
    expect(t.detail).toMatchObject({
      listed: 4,
      incomplete: ['青年拓展', '退休教师茶话会'],
      missing: [
        { name: '青年拓展', date: '2026-04-11', materials: ['照片'] },
        { name: '退休教师茶话会', date: '2026-04-20', materials: ['签到表'] },
      ],
      // In the activities ledger up to asOf but not in the checklist.
      not_listed: [{ name: '师德承诺', date: '2026-05-06' }],
    });
  });

  it('has no data without an archive checklist', async () => {
    const { metrics } = await metricsFor({ 设置: settings(), 活动台账: ACTIVITIES }, { asOf: '2026-06-30' });
    const t = targetOf(metrics, 'archive_completion');
    expect(t).toMatchObject({ value: null, status: 'no_data' });
    expect(t.detail.reason).toContain('资料归档清单');
  });

  it('has no data when nothing in the checklist is dated up to asOf', async () => {
    const { metrics } = await metricsFor({ 设置: settings(), 活动台账: ACTIVITIES, 资料归档: ARCHIVE }, { asOf: '2026-03-01' });
    expect(targetOf(metrics, 'archive_completion').status).toBe('no_data');
  });
});
