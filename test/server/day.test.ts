/**
 * A server left running overnight: the default as-of follows the calendar, computed from the
 * same read; only a day in another term reads the ledgers again (undated ledgers belong to
 * the term of the day they are read).
 */
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

const asOf = async () => ((await (await fetch(`${srv.url}/api/metrics`)).json()) as MetricsResult).as_of;

it('the default as-of date follows the calendar without reading the ledgers again', async () => {
  expect(await asOf()).toBe('2026-05-15');
  today = '2026-05-16';
  expect(await asOf()).toBe('2026-05-16');
  expect(srv.dash.store.current().generation!.id).toBe(1);
});

it('a day in the next term reads the ledgers again', async () => {
  today = '2026-08-03';
  await fetch(`${srv.url}/healthz`);
  await fetch(`${srv.url}/api/metrics`); // any page request notices the new term and starts a read
  for (let i = 0; i < 100 && srv.dash.store.current().generation!.readOn !== today; i++) await new Promise((r) => setTimeout(r, 100));
  expect(srv.dash.store.current().generation!.id).toBe(2);
});
