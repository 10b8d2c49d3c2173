/** metrics.archive: the checklist's activities archive_completion counts, as an activity × material matrix with counts. */
import { afterAll, describe, expect, it } from 'vitest';
import { metricsFor, removeLedgers, settings, targetOf, type Ledgers } from '../helpers/union-workbook.ts';

afterAll(removeLedgers);

/** Listed out of date order; blank = missing, 不适用 and / = not required. */
const ARCHIVE = [
  ['活动名称', '日期', '方案', '签到表', '照片', '总结'],
  ['羽毛球赛', '2026-03-10', '√', '√', '√', '√'],
  ['三八健步走', '2026-03-08', '√', '不适用', '√', '有'],
  ['青年拓展', '2026-04-11', '√', '√', null, '√'],
  ['退休教师茶话会', '2026-04-20', '√', '缺', '/', '√'],
  ['趣味运动会', '2026-07-10', '√', null, null, null],
  ['上学期总结会', '2026-01-10', '√', null, null, null],
  ['未填日期的活动', null, '√', null, null, null],
];

describe('the archive matrix', () => {
  it('lists the activities dated from the term start to asOf in date order, with every material’s state', async () => {
    const { metrics } = await metricsFor({ 设置: settings(), 资料归档: ARCHIVE }, { asOf: '2026-06-30' });
    // 趣味运动会 is after asOf, 上学期总结会 in the last term, the undated row cannot be placed.
    expect(metrics.archive.matrix).toEqual([
      { name: '三八健步走', date: '2026-03-08', cells: ['present', 'not_required', 'present', 'present'], complete: true },
      { name: '羽毛球赛', date: '2026-03-10', cells: ['present', 'present', 'present', 'present'], complete: true },
      { name: '青年拓展', date: '2026-04-11', cells: ['present', 'present', 'missing', 'present'], complete: false },
      { name: '退休教师茶话会', date: '2026-04-20', cells: ['present', 'missing', 'not_required', 'present'], complete: false },
    ]);
    // Per material, over those four: not required counts as neither.
    expect(metrics.archive.materials).toEqual([
      { material: '方案', present: 4, missing: 0 },
      { material: '签到表', present: 2, missing: 1 },
      { material: '照片', present: 2, missing: 1 },
      { material: '总结', present: 4, missing: 0 },
    ]);
    // The same activities as the target: complete rows ÷ rows.
    expect(targetOf(metrics, 'archive_completion').detail).toMatchObject({ listed: 4, complete: 2 });
  });

  it('merges a material written twice (missing wins) and leaves a cell empty where a sheet has no such column', async () => {
    const ledgers: Ledgers = {
      设置: settings(),
      资料归档: [
        ['活动名称', '日期', '方案', '照片', '总结', '照片'],
        ['羽毛球赛', '2026-03-10', '√', '√', '√', '缺'],
        ['三八健步走', '2026-03-08', '√', '/', '√', '√'],
      ],
      资料归档二: [
        ['活动名称', '日期', '方案', '视频'],
        ['篮球赛', '2026-04-08', '√', '缺'],
      ],
    };
    const { metrics } = await metricsFor(ledgers, { asOf: '2026-06-30' });
    expect(metrics.archive.matrix).toEqual([
      { name: '三八健步走', date: '2026-03-08', cells: ['present', 'present', 'present', null], complete: true },
      { name: '羽毛球赛', date: '2026-03-10', cells: ['present', 'missing', 'present', null], complete: false },
      { name: '篮球赛', date: '2026-04-08', cells: ['present', null, null, 'missing'], complete: false },
    ]);
    expect(metrics.archive.materials).toEqual([
      { material: '方案', present: 3, missing: 0 },
      { material: '照片', present: 1, missing: 1 },
      { material: '总结', present: 2, missing: 0 },
      { material: '视频', present: 0, missing: 1 },
    ]);
  });

  it('is empty without a checklist', async () => {
    const { metrics } = await metricsFor({ 设置: settings() });
    expect(metrics.archive).toEqual({ materials: [], matrix: [] });
  });
});
