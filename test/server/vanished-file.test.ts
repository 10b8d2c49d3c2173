/**
 * A ledger file that vanishes from the watched folder (deleted, moved away, or caught between
 * the steps of a save) is not a good read with that ledger empty: its last read stays on the
 * dashboard with a banner naming it, until it is back, the chair confirms with 刷新, or it has
 * stayed away for the configured time.
 */
import { copyFileSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { MetricsResult } from '../../src/metrics/index.ts';
import { FIXTURES, TODAY } from './fixture-metrics.ts';
import { pressRefresh, startServer, type Running } from './server.ts';

const FUNDS = '经费台账.xlsx';
const BUDGET = 35_900 / 30_000; // the fixtures' budget_within
const realClock = { now: () => new Date(), today: () => TODAY };

interface Health {
  status: string;
  generation: number;
  sources: { last_read_ok: boolean }[];
  missing_files: { file: string; since: string; until: string | null }[];
}

const stops: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

async function serveCopy(config?: object): Promise<{ dir: string; srv: Running }> {
  const dir = mkdtempSync(join(tmpdir(), 'union-dash-vanish-'));
  for (const f of readdirSync(FIXTURES)) if (f.endsWith('.xlsx')) copyFileSync(join(FIXTURES, f), join(dir, f));
  if (config) writeFileSync(join(dir, 'union-dash.config.json'), JSON.stringify(config));
  const srv = await startServer({ sources: [dir], watch: true, debounceMs: 100, clock: realClock });
  stops.push(() => rmSync(dir, { recursive: true, force: true }), () => srv.stop());
  return { dir, srv };
}

async function until<T>(what: string, probe: () => Promise<T | null>, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== null) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const health = async (srv: Running) => (await (await fetch(`${srv.url}/healthz`)).json()) as Health;
const budgetWithin = async (srv: Running) => {
  const m = (await (await fetch(`${srv.url}/api/metrics`)).json()) as MetricsResult;
  return m.targets.find((t) => t.id === 'budget_within')!;
};
const page = async (srv: Running, path = '/') => (await fetch(`${srv.url}${path}`)).text();
const whenHealth = (srv: Running, what: string, ok: (h: Health) => boolean) =>
  until(what, async () => {
    const h = await health(srv);
    return ok(h) ? h : null;
  });

describe('a ledger file gone from the watched folder', () => {
  it('keeps its last read with a banner naming it, and the banner goes when the file is back', async () => {
    const { dir, srv } = await serveCopy();
    expect((await budgetWithin(srv)).value).toBeCloseTo(BUDGET, 9);
    const before = await health(srv);

    rmSync(join(dir, FUNDS));
    const stale = await whenHealth(srv, 'the missing file', (h) => h.missing_files.length > 0);

    expect(stale.status).toBe('stale');
    expect(stale.generation).toBeGreaterThan(before.generation); // a new read, the other ledgers as they are now
    expect(stale.sources[0]!.last_read_ok).toBe(false);
    expect(stale.missing_files.map((m) => m.file)).toEqual([FUNDS]);
    expect(Date.parse(stale.missing_files[0]!.until!) - Date.parse(stale.missing_files[0]!.since)).toBe(30 * 60_000);
    expect((await budgetWithin(srv)).value).toBeCloseTo(BUDGET, 9); // not 无数据
    for (const path of ['/', '/funds', '/month/2026-11']) {
      const html = await page(srv, path);
      expect(html).toContain('有台账文件不在文件夹中了，页面暂时仍显示它上次读取的数据');
      expect(html).toMatch(/“经费台账\.xlsx”：2026年\d+月\d+日 \d\d:\d\d 起找不到（被删除、移走或改名）；到 2026年\d+月\d+日 \d\d:\d\d 仍找不到/);
      expect(html).toContain('请点“刷新”确认');
    }

    copyFileSync(join(FIXTURES, FUNDS), join(dir, FUNDS));
    const back = await whenHealth(srv, 'the file back', (h) => h.missing_files.length === 0);
    expect(back.status).toBe('ok');
    expect((await budgetWithin(srv)).value).toBeCloseTo(BUDGET, 9);
    expect(await page(srv)).not.toContain('class="banner"');
  });

  it('刷新 confirms the file is gone: its targets become 无数据 and the banner goes', async () => {
    const { dir, srv } = await serveCopy();
    rmSync(join(dir, FUNDS));
    await whenHealth(srv, 'the missing file', (h) => h.missing_files.length > 0);

    const res = await pressRefresh(srv.url, '/funds');
    expect(res.status).toBe(303);

    const h = await health(srv);
    expect(h).toMatchObject({ status: 'ok', missing_files: [] });
    expect((await budgetWithin(srv)).status).toBe('no_data');
    expect(await page(srv)).not.toContain('不在文件夹中了');
  });

  it('a renamed file is read under its new name, never counted twice beside its old read', async () => {
    const { dir, srv } = await serveCopy();
    const before = await health(srv);
    renameSync(join(dir, FUNDS), join(dir, '经费台账（2026秋）.xlsx'));
    const after = await whenHealth(srv, 'the renamed file read', (h) => h.generation > before.generation);

    expect(after).toMatchObject({ status: 'ok', missing_files: [] });
    expect((await budgetWithin(srv)).value).toBeCloseTo(BUDGET, 9);
    expect(await page(srv)).not.toContain('class="banner"');
  });

  it('after the configured time away the file is taken as gone without 刷新', async () => {
    const { dir, srv } = await serveCopy({ serve: { missingFileMinutes: 0.01 } }); // 0.6 s
    rmSync(join(dir, FUNDS));
    await whenHealth(srv, 'the missing file', (h) => h.missing_files.length > 0);
    await whenHealth(srv, 'the time to run out', (h) => h.status === 'ok' && h.missing_files.length === 0);

    expect((await budgetWithin(srv)).status).toBe('no_data');
    expect(await page(srv)).not.toContain('不在文件夹中了');
  });

  it('with missingFileMinutes 0 a vanished file is gone at once, as before', async () => {
    const { dir, srv } = await serveCopy({ serve: { missingFileMinutes: 0 } });
    const before = await health(srv);
    rmSync(join(dir, FUNDS));
    await whenHealth(srv, 'the next read', (h) => h.generation > before.generation);

    expect((await health(srv)).missing_files).toEqual([]);
    expect((await budgetWithin(srv)).status).toBe('no_data');
  });
});

describe('an internal error while reading', () => {
  it('puts a Chinese line in the banner, never the English error text (that goes to the log)', async () => {
    let calls = 0;
    const { ingest } = await import('../../src/ingest/index.ts');
    const srv = await startServer({
      ingest: async (sources, options) => {
        if (calls++ === 0) return ingest(sources, options);
        throw new TypeError("Cannot read properties of undefined (reading 'half')");
      },
    });
    stops.push(() => srv.stop());
    await pressRefresh(srv.url);

    const html = await page(srv);
    expect(html).toContain('读取台账时程序内部出错（不是表格的问题）');
    expect(html).not.toContain('Cannot read properties');
    expect(srv.logs.join('\n')).toContain("Cannot read properties of undefined (reading 'half')");
  });
});
