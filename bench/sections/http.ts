/**
 * The dashboard under load: the overview page and a static file of the same server (its
 * stylesheet), each for a few seconds at 20 concurrent connections (autocannon, in its own
 * process; the server in another). Goals: overview p50 within 2× of the static file's, and
 * ≥ 1000 requests/s. The overview is rendered once per read of the ledgers, so this measures
 * serving, not computing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { runJsonChild } from '../child.ts';
import type { BenchContext, Figure, Goal, Section } from './section.ts';
import { previousTermId, termIdContaining, termIdString } from '../../src/term/term.ts';

const CONNECTIONS = 20;
const SECONDS = 5;
const MIN_RPS = 1000;
const MAX_P50_RATIO = 2;
/** The server reads in a worker thread: its event loop must keep answering during a re-read. */
const MAX_HEALTHZ_P99_MS = 50;

interface Load {
  readonly p50: number;
  readonly p99: number;
  readonly rps: number;
  readonly requests: number;
  readonly non2xx: number;
  readonly errors: number;
  readonly bytes: number;
}

interface AutocannonJson {
  latency: { p50: number; p99: number };
  requests: { average: number; total: number };
  throughput: { average: number };
  non2xx: number;
  errors: number;
}

function startServer(ctx: BenchContext): Promise<{ child: ChildProcess; port: number; seconds: number }> {
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), join(ctx.root, 'bench', 'http-server.ts'), ctx.asOf, ctx.workbook.out], {
    cwd: ctx.root,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) {
        const { port, seconds } = JSON.parse(line) as { port: number; seconds: number };
        resolve({ child, port, seconds });
      }
    });
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${err.trim().split('\n').pop() ?? ''}`)));
  });
}

async function load(ctx: BenchContext, url: string): Promise<Load> {
  const cli = createRequire(import.meta.url).resolve('autocannon/autocannon.js');
  const r = await runJsonChild<AutocannonJson>(process.execPath, [cli, '-c', String(CONNECTIONS), '-d', String(SECONDS), '--json', url], ctx.root);
  if (!r.ok) throw new Error(`autocannon: ${r.error}`);
  const j = r.value;
  return { p50: j.latency.p50, p99: j.latency.p99, rps: j.requests.average, requests: j.requests.total, non2xx: j.non2xx, errors: j.errors, bytes: j.throughput.average };
}

/** /healthz asked one after another while `work` runs: each answer's wait, in ms, and how long the work took. */
async function healthzDuring(base: string, work: () => Promise<void>): Promise<{ waits: number[]; workSeconds: number }> {
  const waits: number[] = [];
  let done = false;
  const started = performance.now();
  const working = work().finally(() => (done = true));
  while (!done) {
    const t = performance.now();
    await (await fetch(`${base}/healthz`)).arrayBuffer();
    waits.push(performance.now() - t);
  }
  await working;
  return { waits, workSeconds: (performance.now() - started) / 1000 };
}

/** 刷新 (a form: it needs the page's CSRF token and its session cookie, when there is one), which re-reads the district workbook. */
async function refresh(base: string): Promise<void> {
  const page = await fetch(`${base}/`);
  const cookie = page.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const token = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1];
  if (token === undefined) throw new Error('bench: the overview page has no 刷新 form (no _csrf token)');
  const r = await fetch(`${base}/refresh`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...(cookie ? { Cookie: cookie } : {}) },
    body: new URLSearchParams({ _csrf: token, back: '/' }).toString(),
  });
  await r.arrayBuffer();
  if (r.status !== 303) throw new Error(`bench: 刷新 answered ${r.status}, not 303: nothing was re-read`);
}

/** The overview of a view not computed yet (the term before as-of's), whose metrics are computed on this request. */
async function otherTerm(base: string, term: string): Promise<void> {
  const r = await fetch(`${base}/?term=${term}`);
  await r.arrayBuffer();
  if (r.status !== 200) throw new Error(`bench: /?term=${term} answered ${r.status}`);
}

const percentile = (values: readonly number[], p: number) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN;
};

const describe = (l: Load) => `p50 ${l.p50} ms, p99 ${l.p99} ms, ${Math.round(l.rps)} req/s (${l.requests} requests, ${(l.bytes / 2 ** 20).toFixed(1)} MiB/s${l.non2xx || l.errors ? `, ${l.non2xx} non-2xx, ${l.errors} errors` : ''})`;

export const httpSection: Section = {
  id: 'http',
  async run(ctx) {
    const { child, port, seconds } = await startServer(ctx);
    try {
      const base = `http://127.0.0.1:${port}`;
      const page = await (await fetch(`${base}/`)).text();
      const css = /<link rel="stylesheet" href="([^"]+)"/.exec(page)?.[1];
      if (!css) throw new Error('the overview links no stylesheet');
      const staticFile = await load(ctx, `${base}${css}`);
      const overview = await load(ctx, `${base}/`);
      const during = await healthzDuring(base, () => refresh(base));
      const healthP99 = percentile(during.waits, 99);
      const previousTerm = termIdString(previousTermId(termIdContaining(ctx.asOf)));
      const other = await healthzDuring(base, () => otherTerm(base, previousTerm));
      const waits = (w: { waits: number[] }) => `p50 ${percentile(w.waits, 50).toFixed(1)} ms, p99 ${percentile(w.waits, 99).toFixed(1)} ms, max ${Math.max(...w.waits).toFixed(1)} ms`;

      const figures: Figure[] = [
        { label: 'server start (read + metrics)', value: `${seconds.toFixed(2)} s` },
        { label: `static file (${css.split('?')[0]}, ${SECONDS} s × ${CONNECTIONS} conn.)`, value: describe(staticFile) },
        { label: `overview / (${(Buffer.byteLength(page) / 1024).toFixed(0)} KiB)`, value: describe(overview) },
        {
          label: '/healthz during 刷新',
          value: `${waits(during)} (${during.waits.length} requests while the ${during.workSeconds.toFixed(2)} s re-read ran)`,
        },
        { label: `/healthz during /?term=${previousTerm}`, value: `${waits(other)} (${other.waits.length} requests while that page's ${other.workSeconds.toFixed(2)} s first render ran)` },
      ];
      // autocannon reports whole milliseconds: a 0 ms static p50 is read as 1 ms.
      const ratio = overview.p50 / Math.max(1, staticFile.p50);
      const clean = overview.non2xx === 0 && overview.errors === 0 && staticFile.non2xx === 0 && staticFile.errors === 0;
      const goals: Goal[] = [
        { label: `overview p50 ≤ ${MAX_P50_RATIO}× static p50`, verdict: clean && ratio <= MAX_P50_RATIO ? 'PASS' : 'FAIL', detail: `${overview.p50} ms vs ${staticFile.p50} ms (×${ratio.toFixed(2)})` },
        { label: `overview ≥ ${MIN_RPS} req/s`, verdict: clean && overview.rps >= MIN_RPS ? 'PASS' : 'FAIL', detail: `${Math.round(overview.rps)} req/s` },
        { label: `/healthz p99 during 刷新 ≤ ${MAX_HEALTHZ_P99_MS} ms`, verdict: healthP99 <= MAX_HEALTHZ_P99_MS ? 'PASS' : 'FAIL', detail: `${healthP99.toFixed(1)} ms` },
      ];
      return { id: 'http', title: `HTTP (district workbook, as of ${ctx.asOf})`, figures, goals, data: { serverSeconds: seconds, staticFile, overview, healthzDuringRefresh: during, healthzDuringOtherTerm: other, connections: CONNECTIONS, seconds: SECONDS } };
    } finally {
      child.stdin!.end();
      child.kill();
    }
  },
};
