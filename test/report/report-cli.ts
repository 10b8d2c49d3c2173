/**
 * Runs `union-dash report` in-process as the tests of its outputs do: a fixed today and
 * generation time, scratch folders and CHROME_PATH overrides undone after each test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach } from 'vitest';
import { runReport, type ReportDeps } from '../../src/cli/report.ts';
import type { CliIO } from '../../src/cli/io.ts';
import { GENERATED_AT } from './fixture-metrics.ts';

export const ROOT = resolve(import.meta.dirname, '../..');

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0).reverse()) c();
});

/** A fresh folder, removed after the test. */
export function scratch(prefix = 'union-dash-report-cli-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** CHROME_PATH for the rest of the test (the printer looks it up when it launches). */
export function chromePath(value: string): void {
  const before = process.env['CHROME_PATH'];
  process.env['CHROME_PATH'] = value;
  cleanups.push(() => {
    if (before === undefined) delete process.env['CHROME_PATH'];
    else process.env['CHROME_PATH'] = before;
  });
}

/** `union-dash report ARGS` in `cwd`, today 2026-11-22: its exit code and what it printed. */
export async function runReportCli(args: readonly string[], cwd = ROOT, deps: ReportDeps = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd, env: process.env, today: () => '2026-11-22' };
  const code = await runReport(args, io, { now: () => GENERATED_AT, ...deps });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}
