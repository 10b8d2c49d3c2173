/**
 * Every view of a generation comes from one read of the sources: with watching off, a
 * ledger deleted from disk stays in every (term, as_of) view until the sources are read
 * again, and the page and /healthz say which read that is.
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { MetricsResult } from '../../src/metrics/index.ts';
import { FIXTURES } from './fixture-metrics.ts';
import { pressRefresh, startServer, type Running } from './server.ts';

let dir: string;
let srv: Running;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'union-dash-one-read-'));
  for (const f of readdirSync(FIXTURES)) if (f.endsWith('.xlsx')) copyFileSync(join(FIXTURES, f), join(dir, f));
  srv = await startServer({ sources: [dir], watch: false });
  rmSync(join(dir, '经费台账.xlsx'));
});
afterAll(async () => {
  await srv.stop();
  rmSync(dir, { recursive: true, force: true });
});

const metrics = async (query = '') => (await (await fetch(`${srv.url}/api/metrics${query}`)).json()) as MetricsResult;
const budget = (m: MetricsResult) => m.targets.find((t) => t.id === 'budget_within')!;

it('another as_of or term after the file is gone still shows the read that had it', async () => {
  expect((await metrics()).funds.total_spent).toBe(75640.5);
  const june = await metrics('?as_of=2026-06-29');
  expect(june.funds.total_spent).toBeGreaterThan(0);
  expect(june.funds.total_spent).toBeLessThanOrEqual(75640.5);
  expect(budget(june).status).not.toBe('no_data');
  const term = await metrics('?term=2025-2026-2&as_of=2026-05-31');
  expect(term.funds.total_spent).toBeGreaterThan(0);
});

it('pages and /healthz name the read they come from, and only 刷新 reads again', async () => {
  const health = async () => ((await (await fetch(`${srv.url}/healthz`)).json()) as { generation: number; status: string });
  expect(await health()).toMatchObject({ generation: 1, status: 'ok' });
  expect(await (await fetch(`${srv.url}/funds?as_of=2026-04-30`)).text()).toContain('data-generation="1"');
  await pressRefresh(srv.url); // 刷新: the chair confirms the file is gone
  expect((await health()).generation).toBe(2);
  expect((await metrics('?as_of=2026-06-29')).funds.total_spent).toBe(0);
  expect(await (await fetch(`${srv.url}/funds?as_of=2026-04-30`)).text()).toContain('data-generation="2"');
});
