/**
 * The blank template `init` writes is read back by `check`: every sheet recognised, nothing
 * rejected, and its grey example rows recognised as examples: left out of the figures with
 * one reminder per sheet, so an untouched template is no data rather than a term's results.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { runCli } from './helpers/cli.ts';

const DATA_SHEETS = ['教职工名册', '活动台账', '活动签到', '文明办公室评比', '经费收支明细', '经费预算', '满意度测评', '教代会提案', '资料归档', '工作台账', '青蓝结对', '督办事项', '考核细则'];

interface CheckJson {
  sources: { sheet: string; kind: string | null; rows_read: number; rows_used: number; rows_skipped: number; rows_rejected: number }[];
  issues: { severity: string; sheet: string | null; code: string }[];
}

async function template(): Promise<string> {
  const dir = join(mkdtempSync(join(tmpdir(), 'ud-init-')), '台账');
  expect((await runCli(['init', dir], '2026-03-20')).code).toBe(0);
  return dir;
}

it("init → check: every sheet recognised, nothing rejected, and each sheet's examples recognised once", async () => {
  const dir = await template();
  const run = await runCli(['check', '--json', dir], '2026-03-20');
  expect(run.code).toBe(0);
  const json = JSON.parse(run.stdout) as CheckJson;
  expect(new Set(json.sources.filter((s) => s.kind !== null).map((s) => s.kind)).size).toBe(15);
  expect(json.sources.every((s) => s.rows_rejected === 0)).toBe(true);
  expect(json.issues.filter((i) => i.severity !== 'info').map((i) => [i.sheet, i.code])).toEqual(
    expect.arrayContaining(DATA_SHEETS.map((s) => [s, 'template_example_row'])),
  );
  expect(json.issues.filter((i) => i.severity !== 'info')).toHaveLength(DATA_SHEETS.length);
  for (const s of json.sources.filter((x) => DATA_SHEETS.includes(x.sheet))) expect([s.sheet, s.rows_used, s.rows_skipped]).toEqual([s.sheet, 0, 3]);
});

it('an untouched template gives no figures and no total, not a term’s results', async () => {
  const dir = await template();
  const m = JSON.parse((await runCli(['metrics', '--json', dir], '2026-03-20')).stdout) as {
    targets: { id: string; status: string }[];
    evaluation: { total: number | null };
  };
  expect(m.targets.filter((t) => t.status !== 'no_data')).toEqual([]);
  expect(m.evaluation.total).toBeNull();
});

it('a row the chair changed is hers: it counts', async () => {
  const dir = await template();
  const path = join(dir, '工会台账模板.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  wb.getWorksheet('教职工名册')!.getCell('B2').value = '王丽华';
  await wb.xlsx.writeFile(path);
  const json = JSON.parse((await runCli(['check', '--json', dir], '2026-03-20')).stdout) as CheckJson;
  expect(json.sources.find((s) => s.sheet === '教职工名册')).toMatchObject({ rows_used: 1, rows_skipped: 2 });
});
