/**
 * @e965/xlsx is loaded only for .xls, .et and .ods: `check` on folders of .xlsx (and .csv)
 * files runs without it. Seen from outside, in a child process whose module hooks
 * (hooks/register.mjs) record every module resolved or loaded, with a .xls as the control.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeCsv } from '../../helpers/csv-file.ts';
import { tempDir } from '../../helpers/workbook.ts';

const ROOT = join(import.meta.dirname, '../../..');
const REGISTER = join(import.meta.dirname, 'hooks', 'register.mjs');

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** Runs `union-dash check ARGS` and returns what it exited with and the @e965 modules it touched. */
function check(...args: string[]): { status: number | null; stderr: string; e965: string[] } {
  const record = join(dir, `imports-${Math.random().toString(36).slice(2)}.txt`);
  const run = spawnSync(process.execPath, ['--import', REGISTER, 'bin/union-dash.js', 'check', '--as-of', '2026-04-30', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, UNION_DASH_RECORD_IMPORTS: record },
  });
  const e965 = existsSync(record) ? readFileSync(record, 'utf8').split('\n').filter(Boolean) : [];
  return { status: run.status, stderr: run.stderr, e965 };
}

describe('loading @e965/xlsx', () => {
  it('check on the fixtures (a folder of .xlsx files) never loads it', () => {
    const run = check('fixtures/');
    expect(run.status).toBe(1); // the fixtures' deliberate errors
    expect(run.e965).toEqual([]);
  });

  it('nor does a folder of .xlsx and .csv files', async () => {
    await copyFile(join(ROOT, 'fixtures', '教职工名册.xlsx'), join(dir, '教职工名册.xlsx'));
    await writeCsv(dir, '新进名册.csv', [['姓名', '部门'], ['钱九', '数学组']], { encoding: 'gbk' });
    const run = check(dir);
    expect(run.stderr).toBe('');
    expect(run.e965).toEqual([]);
  });

  it('a .xls does load it (the control: the hooks see the import)', () => {
    const run = check(join(import.meta.dirname, 'files', 'libreoffice.xls'));
    expect(run.status).toBe(1);
    expect(run.e965.some((line) => line.includes('@e965/xlsx/xlsx.mjs'))).toBe(true);
  });
});
