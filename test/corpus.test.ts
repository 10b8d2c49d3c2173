/**
 * Real people's workbooks (shared/corpus/real-world): each finishes with its expected exit
 * code and exactly the expected row accounts (test/corpus-expected.ts), and the rosters
 * among them are read as rosters.
 */
import { readdirSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.ts';
import { CORPUS_EXPECTED } from './corpus-expected.ts';

const CORPUS = join(import.meta.dirname, '../../shared/corpus/real-world');
const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => /\.xlsx?$/.test(f)).sort() : [];

interface CheckJson {
  sources: { sheet: string; kind: string | null; rows_read: number; rows_used: number; rows_skipped: number; rows_rejected: number }[];
  issues: { severity: string; code: string; message: string; file: string }[];
}

describe('real-world corpus', () => {
  it('is present beside the project', () => {
    expect(files.length).toBeGreaterThanOrEqual(28);
  });

  it('has an expectation for every workbook', () => {
    expect(files).toEqual(Object.keys(CORPUS_EXPECTED).sort());
  });

  it.each(files)('%s: its exit code and exactly its row accounts, sheet by sheet', async (file) => {
    const run = await runCli(['check', '--json', join(CORPUS, file)]);
    const expected = CORPUS_EXPECTED[file]!;
    expect(run.code).toBe(expected.exit);
    const json = JSON.parse(run.stdout) as CheckJson;
    expect(json.sources.map((s) => [s.sheet, s.kind, s.rows_read, s.rows_used, s.rows_skipped, s.rows_rejected])).toEqual(expected.sheets);
    for (const i of json.issues) expect(i.message).toMatch(/[\u4e00-\u9fff]/u);
    if (run.code === 2) expect(json.issues.some((i) => i.severity === 'error')).toBe(true);
  });

  it.each([
    ['roster-花名册.xlsx', 5],
    ['rostertool-花名册.xlsx', 1],
    ['assistant-原始名单.xlsx', 1],
    ['roster-员工档案导入模板.xlsx', 1],
  ])('%s: rosters are recognised as rosters', async (file, atLeast) => {
    const run = await runCli(['check', '--json', join(CORPUS, file)]);
    const json = JSON.parse(run.stdout) as CheckJson;
    expect(json.sources.filter((s) => s.kind === 'roster').length).toBeGreaterThanOrEqual(atLeast);
  });

  it('reads the .xls file and classifies its sheet, no refusal and no stack trace', async () => {
    const path = join(CORPUS, 'easyexcel-t01.xls');
    const run = spawnSync(process.execPath, ['bin/union-dash.js', 'check', '--json', path], {
      cwd: join(import.meta.dirname, '..'),
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const json = JSON.parse(run.stdout) as CheckJson;
    // a fastener product import template: read (title, header and one example row), not a union ledger
    expect(json.sources).toMatchObject([{ sheet: '产品数据', kind: null, rows_read: 3, rows_used: 0, rows_skipped: 3, rows_rejected: 0 }]);
    expect(json.issues.map((i) => [i.file, i.code])).toEqual([['easyexcel-t01.xls', 'sheet_unrecognised']]);
    // the same cells as any other reader sees them: the merged title, then the header's first columns
    const { readWorkbookFile } = await import('../src/ingest/read-file.ts');
    const { DEFAULT_LIMITS } = await import('../src/ingest/excel/limits.ts');
    const [sheet] = (await readWorkbookFile(path, DEFAULT_LIMITS)).workbook.sheets;
    expect(sheet!.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 17 }]);
    expect([sheet!.cell(1, 0).value, sheet!.cell(1, 2).value, sheet!.cell(2, 12).value]).toEqual(['材质*', '标准号*', 200]);
  });

  it('reads a sheet with phonetic guides as the visible text (序号, not 序号xu\'hao)', async () => {
    const run = await runCli(['check', '--json', join(CORPUS, 'tancle-签到表.xlsx')]);
    expect(run.stdout).not.toMatch(/xu'hao/);
  });
});
