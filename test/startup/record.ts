/** Runs a command in a child node process under hooks/register.mjs and tells which packages it loaded. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const REGISTER = join(import.meta.dirname, 'hooks', 'register.mjs');

export interface RecordedRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Every module URL or path the process loaded. */
  readonly modules: readonly string[];
  /** The npm packages among them (`echarts`, `@uwdata/flechette`, …). */
  readonly packages: ReadonlySet<string>;
}

/** The package a module path or URL belongs to, from its last `node_modules/` segment. */
export function packageOf(module: string): string | null {
  const m = /.*node_modules[/\\]((?:@[^/\\]+[/\\])?[^/\\]+)/.exec(module);
  return m ? m[1]!.replace('\\', '/') : null;
}

export function runRecorded(script: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeout?: number }): RecordedRun {
  const dir = mkdtempSync(join(tmpdir(), 'union-dash-modules-'));
  const record = join(dir, 'modules.txt');
  try {
    const run = spawnSync(process.execPath, ['--import', REGISTER, script, ...args], {
      cwd: options.cwd,
      encoding: 'utf8',
      timeout: options.timeout ?? 60_000,
      env: { ...process.env, ...options.env, UNION_DASH_RECORD_MODULES: record },
    });
    const modules = existsSync(record) ? readFileSync(record, 'utf8').split('\n').filter(Boolean).map((l) => l.replace(/^\w+ /, '')) : [];
    const packages = new Set(modules.map(packageOf).filter((p): p is string => p !== null));
    return { status: run.status, stdout: run.stdout, stderr: run.stderr, modules, packages };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What `check` must never load: the charts, the browser driver and the web server. */
export const HEAVY = ['echarts', 'zrender', 'puppeteer-core', 'express'] as const;
