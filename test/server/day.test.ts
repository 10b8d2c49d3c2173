/** A server left running overnight reads the ledgers again on the first request of a new day. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { MetricsResult } from '../../src/metrics/index.ts';
import { NOW } from './fixture-metrics.ts';
import { startServer, type Running } from './server.ts';

let today = '2026-05-15';
let srv: Running;
beforeAll(async () => {
  srv = await startServer({ clock: { now: () => NOW, today: () => today } });
});
afterAll(() => srv.stop());

it('the default as-of date follows the calendar', async () => {
  const asOf = async () => ((await (await fetch(`${srv.url}/api/metrics`)).json()) as MetricsResult).as_of;
  expect(await asOf()).toBe('2026-05-15');
  today = '2026-05-16';
  await fetch(`${srv.url}/healthz`); // any request notices the new day and starts a read
  for (let i = 0; i < 100 && srv.dash.store.current().generation!.today !== today; i++) await new Promise((r) => setTimeout(r, 100));
  expect(await asOf()).toBe('2026-05-16');
  expect(srv.dash.store.current().generation!.id).toBe(2);
});
