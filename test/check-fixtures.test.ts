/** `union-dash check fixtures` lists exactly the fixtures' deliberate errors and warnings, with cells, and exits 1. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures');
interface Account {
  file: string;
  sheet: string;
  rows_read: number;
  rows_used: number;
  rows_skipped: number;
  rows_rejected: number;
}
/** Written by the fixtures' generator from its own rows' roles (title, header, data, total, note) and planned errors. */
const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected/check.json'), 'utf8')) as {
  sources: Account[];
  issues: { severity: string; file: string; sheet: string; cell: string; code: string }[];
};

const key = (i: { severity: string; file: string; sheet: string | null; cell: string | null; code: string }) =>
  `${i.severity} ${i.file} › ${i.sheet}!${i.cell} ${i.code}`;

describe('check on the bundled fixtures', () => {
  it('reports exactly the deliberate errors and warnings and exits 1', async () => {
    const run = await runCli(['check', '--json', FIXTURES]);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as { issues: Parameters<typeof key>[0][]; sources: unknown[] };
    const found = json.issues.filter((i) => i.severity !== 'info').map(key).sort();
    expect(found).toEqual(expected.issues.map(key).sort());
  });

  it('classifies every ledger sheet and reads, uses, skips and rejects exactly the rows the generator wrote as such', async () => {
    const run = await runCli(['check', '--json', FIXTURES]);
    const json = JSON.parse(run.stdout) as { sources: (Account & { kind: string | null })[] };
    const kinds = new Set(json.sources.map((s) => s.kind));
    for (const k of ['roster', 'activities', 'participation', 'offices', 'funds', 'budget', 'survey', 'proposals', 'archive', 'tasks', 'mentoring', 'targets', 'settings']) {
      expect(kinds, k).toContain(k);
    }
    const account = ({ file, sheet, rows_read, rows_used, rows_skipped, rows_rejected }: Account) => ({ file, sheet, rows_read, rows_used, rows_skipped, rows_rejected });
    const byPlace = (a: Account, b: Account) => `${a.file}/${a.sheet}`.localeCompare(`${b.file}/${b.sheet}`);
    expect(json.sources.map(account).sort(byPlace)).toEqual([...expected.sources].sort(byPlace));
  });

  it('prints one Chinese line per finding with file › sheet!cell, then a per-sheet summary', async () => {
    const run = await runCli(['check', FIXTURES]);
    expect(run.stdout).toContain('经费台账.xlsx › 收支明细!F30：金额“1,2OO”不是有效数字（该行未计入）');
    expect(run.stdout).toContain('工作台账.xlsx › 工作台账!C11：日期“2026.4.31”不存在（该行未计入）');
    expect(run.stdout).toMatch(/经费台账\.xlsx › 收支明细（经费收支明细）：读取 \d+ 行 = 采用 \d+ \+ 跳过 \d+/u);
    expect(run.stdout).toContain('4 个错误');
  });
});

describe('check contract', () => {
  it('exits 2 with one clear line for a missing source', async () => {
    const run = await runCli(['check', join(FIXTURES, '不存在.xlsx')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('找不到');
  });

  it('exits 2 on an unknown option', async () => {
    const run = await runCli(['check', '--jsn']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--jsn');
  });
});
