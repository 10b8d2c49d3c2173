/**
 * What a chair waits for at the command line: the wall time of the compiled `union-dash`
 * (dist/, built first) for `--help`, `check fixtures`, `metrics fixtures`, and `serve fixtures`
 * until its first page is served — each a fresh process, as she runs it.
 */
import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { median } from '../child.ts';
import type { BenchContext, Figure, Goal, Section } from './section.ts';

interface Command {
  readonly label: string;
  readonly args: readonly string[];
  /** Exit codes that mean it worked (check exits 1 on the fixtures' deliberate errors). */
  readonly ok: readonly number[];
  /** Goal: median wall seconds. */
  readonly limit: number;
}

const COMMANDS: readonly Command[] = [
  { label: '--help', args: ['--help'], ok: [0], limit: 0.5 },
  { label: 'check fixtures', args: ['check', 'fixtures', '--as-of', '2026-04-30'], ok: [0, 1], limit: 1.5 },
  { label: 'metrics fixtures', args: ['metrics', 'fixtures', '--as-of', '2026-04-30'], ok: [0, 1], limit: 2 },
];
const FIRST_PAGE_LIMIT = 3;

/** The compiled command, never the TypeScript sources. */
const env = (): NodeJS.ProcessEnv => {
  const e = { ...process.env };
  delete e['UNION_DASH_FROM_SOURCE'];
  return e;
};

function timed(root: string, args: readonly string[]): Promise<{ seconds: number; code: number | null }> {
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'union-dash.js'), ...args], { cwd: root, env: env(), stdio: 'ignore' });
    child.on('close', (code) => done({ seconds: (performance.now() - started) / 1000, code }));
  });
}

/** Seconds from spawning `serve fixtures --port 0` to the first 200 of `/`. */
function firstPage(root: string): Promise<number> {
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'union-dash.js'), 'serve', 'fixtures', '--port', '0'], { cwd: root, env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', async (d: string) => {
      out += d;
      const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (!m) return;
      child.stdout.removeAllListeners('data');
      try {
        const res = await fetch(`http://127.0.0.1:${m[1]}/`);
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`GET / answered ${res.status}`);
        done((performance.now() - started) / 1000);
      } catch (e) {
        fail(e);
      } finally {
        child.kill();
      }
    });
    child.on('exit', (code) => fail(new Error(`serve exited ${code} before serving: ${out}`)));
  });
}

export const startupSection: Section = {
  id: 'startup',
  async run(ctx: BenchContext) {
    execFileSync(process.execPath, [join(ctx.root, 'scripts', 'build.mjs')], { cwd: ctx.root, stdio: 'ignore' });
    const figures: Figure[] = [];
    const goals: Goal[] = [];
    const data: Record<string, number[]> = {};
    for (const c of COMMANDS) {
      const runs: number[] = [];
      let failed: number | null = null;
      for (let i = 0; i < ctx.runs; i++) {
        const r = await timed(ctx.root, c.args);
        if (!c.ok.includes(r.code ?? -1)) failed = r.code;
        runs.push(r.seconds);
      }
      data[c.label] = runs;
      const m = median(runs);
      figures.push({ label: c.label, value: `${m.toFixed(2)} s (runs ${runs.map((s) => s.toFixed(2)).join(', ')})` });
      const label = `${c.label} < ${c.limit} s`;
      goals.push(failed !== null ? { label, verdict: 'FAIL', detail: `exit ${failed}` } : { label, verdict: m < c.limit ? 'PASS' : 'FAIL', detail: `${m.toFixed(2)} s` });
    }
    const pages: number[] = [];
    for (let i = 0; i < ctx.runs; i++) pages.push(await firstPage(ctx.root));
    data['serve first page'] = pages;
    const m = median(pages);
    figures.push({ label: 'serve fixtures → first page', value: `${m.toFixed(2)} s (runs ${pages.map((s) => s.toFixed(2)).join(', ')})` });
    goals.push({ label: `first page after serve < ${FIRST_PAGE_LIMIT} s`, verdict: m < FIRST_PAGE_LIMIT ? 'PASS' : 'FAIL', detail: `${m.toFixed(2)} s` });
    return { id: 'startup', title: `Startup, compiled (${ctx.runs} runs each, fixtures)`, figures, goals, data };
  },
};
