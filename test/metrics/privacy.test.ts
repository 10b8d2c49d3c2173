/**
 * What each role may see of a metrics result (src/metrics/privacy): names, 慰问 details,
 * cell contents, and small-group suppression that subtraction from the total cannot undo.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { redact, suppressSmallGroups, EVERYTHING, type Visibility } from '../../src/metrics/index.ts';
import { metricsFor, removeLedgers, settings, targetOf } from '../helpers/union-workbook.ts';
import { SMALL_SCHOOL as LEDGERS, STAFF as NAMES } from '../helpers/small-school.ts';

afterAll(removeLedgers);

const COMMITTEE: Visibility = { names: true, welfare: false, cells: false, suppressSmallGroups: true };
const VIEWER: Visibility = { names: false, welfare: false, cells: false, suppressSmallGroups: true };

const roster = (json: string) => NAMES.filter((n) => json.includes(n));

describe('small groups', () => {
  it('merges a small group with the next smallest, so the total minus the shown rows gives nothing away', () => {
    const rows = [{ g: 'a', people: 10 }, { g: 'b', people: 3 }, { g: 'c', people: 8 }, { g: 'd', people: 12 }];
    const { shown, merged } = suppressSmallGroups(rows, 5);
    expect(shown.map((r) => r.g)).toEqual(['a', 'd']);
    expect(merged.map((r) => r.g)).toEqual(['b', 'c']);
  });

  it('keeps two small groups merged alone when together they reach the threshold', () => {
    const { shown, merged } = suppressSmallGroups([{ g: 'a', people: 9 }, { g: 'b', people: 3 }, { g: 'c', people: 2 }], 5);
    expect(shown.map((r) => r.g)).toEqual(['a']);
    expect(merged.map((r) => r.g)).toEqual(['b', 'c']);
  });

  it('shows every group when none is small, and merges everything when all are', () => {
    const big = [{ people: 5 }, { people: 7 }];
    expect(suppressSmallGroups(big, 5)).toEqual({ shown: big, merged: [] });
    expect(suppressSmallGroups([{ people: 1 }, { people: 2 }], 5).shown).toEqual([]);
  });

  it('never leaves a hidden group recoverable, for any sizes', () => {
    for (let seed = 1; seed < 400; seed++) {
      const rows = Array.from({ length: 1 + (seed % 7) }, (_, i) => ({ people: 1 + ((seed * (i + 3) * 7919) % 13) }));
      const { shown, merged } = suppressSmallGroups(rows, 5);
      expect(shown.every((r) => r.people >= 5)).toBe(true);
      if (merged.length > 0 && shown.length > 0) {
        expect(merged.length).toBeGreaterThanOrEqual(2);
        expect(merged.reduce((n, r) => n + r.people, 0)).toBeGreaterThanOrEqual(5);
      }
    }
  });
});

describe('redact', () => {
  it('gives the chair everything, unchanged', async () => {
    const { metrics } = await metricsFor(LEDGERS, { asOf: '2026-06-30' });
    expect(redact(metrics, EVERYTHING)).toBe(metrics);
    expect(metrics.privacy).toBeUndefined();
  });

  it("merges 心理组 (3 people) with 数学组 for the committee, and the merged row adds up", async () => {
    const { metrics } = await metricsFor(LEDGERS, { asOf: '2026-06-30' });
    expect(metrics.participation.by_department.map((d) => [d.department, d.people])).toEqual([['语文组', 6], ['数学组', 5], ['心理组', 3]]);
    const r = redact(metrics, COMMITTEE);
    expect(r.participation.by_department).toEqual([
      { department: '语文组', eligible: 6, present: 6, rate: 1, people: 6 },
      { department: null, eligible: 8, present: 5, rate: 0.625, people: 8, merged: 2 },
    ]);
    expect(r.privacy).toMatchObject({ min_group: 5, hidden: { groups: 2 } });
    // the committee still sees who missed the match
    expect(r.participation.absentees.map((a) => a.name)).toEqual(['周红', '吴军', '蒋欣'].sort((a, b) => NAMES.indexOf(a) - NAMES.indexOf(b)));
  });

  it('takes the threshold from 最小分组人数 in 设置', async () => {
    const { metrics } = await metricsFor({ ...LEDGERS, 设置: settings(['最小分组人数', 3]) }, { asOf: '2026-06-30' });
    expect(metrics.min_group_size).toBe(3);
    expect(redact(metrics, COMMITTEE).participation.by_department.map((d) => d.department)).toEqual(['语文组', '数学组', '心理组']);
  });

  it('hides 慰问 details from the committee but keeps its amount and count', async () => {
    const { metrics } = await metricsFor(LEDGERS, { asOf: '2026-06-30' });
    expect(JSON.stringify(metrics)).toContain('慰问生病住院的周红老师');
    const r = redact(metrics, COMMITTEE);
    const json = JSON.stringify(r);
    expect(json).not.toContain('慰问生病住院');
    expect(r.funds.total_spent).toBe(metrics.funds.total_spent);
    expect(r.funds.categories).toEqual(metrics.funds.categories);
    expect(r.activities.filter((a) => a.category === '关爱慰问')).toHaveLength(1);
    expect(r.privacy?.hidden.welfare_activities).toBe(1);
  });

  it('leaves no roster name anywhere in what a viewer gets, and says how many were left out', async () => {
    const { metrics } = await metricsFor(LEDGERS, { asOf: '2026-06-30' });
    expect(roster(JSON.stringify(metrics)).length).toBeGreaterThan(3);
    const r = redact(metrics, VIEWER);
    expect(roster(JSON.stringify(r))).toEqual([]);
    expect(r.privacy?.hidden).toMatchObject({ absentees: 3, mentoring_pairs: 1 });
    // figures stay what they are
    expect(r.targets.map((t) => t.value)).toEqual(metrics.targets.map((t) => t.value));
    expect(targetOf(r, 'routine_completion').detail.open.map((t) => t.owner)).toEqual([null]);
  });

  it('keeps where a data problem is but not what the cell says, for anyone but the chair', async () => {
    const { metrics } = await metricsFor({ ...LEDGERS, 活动签到: [...LEDGERS['活动签到']!, ['教职工气排球赛', '2026-03-10', '外校人员甲', '√']] }, { asOf: '2026-06-30' });
    const issue = metrics.issues.find((i) => i.message.includes('外校人员甲'));
    expect(issue).toBeDefined();
    const r = redact(metrics, COMMITTEE);
    expect(JSON.stringify(r.issues)).not.toContain('外校人员甲');
    expect(r.issues.map((i) => [i.file, i.sheet, i.cell, i.code])).toEqual(metrics.issues.map((i) => [i.file, i.sheet, i.cell, i.code]));
  });
});
