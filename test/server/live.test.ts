/**
 * Live data: the dashboard serves a copy of the fixtures, a workbook is saved with a new
 * budget (the figures change), then half-written (the last good figures stay and a banner
 * names the problem), then saved whole again (the banner goes).
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MetricsResult } from '../../src/metrics/index.ts';
import { FIXTURES, NOW, TODAY } from './fixture-metrics.ts';
import { pick, startServer, type Running } from './server.ts';

const FUNDS = '经费台账.xlsx';
let dir: string;
let srv: Running;

/** A clock that moves on a minute each time it is read, so each read has its own time. */
function tickingClock() {
  let t = NOW.getTime();
  return { now: () => new Date((t += 60_000)), today: () => TODAY };
}

async function until<T>(what: string, probe: () => Promise<T | null>, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== null) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const budgetWithin = async () => {
  const m = (await (await fetch(`${srv.url}/api/metrics`)).json()) as MetricsResult;
  return m.targets.find((t) => t.id === 'budget_within')!.value;
};
const health = async () => (await (await fetch(`${srv.url}/healthz`)).json()) as { status: string; generation: number; sources: { last_good_ingest: string; last_read_ok: boolean }[] };
const overview = async () => (await fetch(`${srv.url}/`)).text();
const budgetCard = (html: string) => pick(html, /data-target="budget_within"[\s\S]*?<span class="value">([^<]*)<\/span>/);

/** Saves the funds workbook as Excel does: a temporary file renamed over the old one. */
async function saveBudget(amount: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(FIXTURES, FUNDS));
  const ws = wb.getWorksheet('预算')!;
  ws.getCell('B4').value = amount; // 文体活动支出 (30000 in the fixtures)
  ws.getCell('B9').value = 110_000 - 30_000 + amount; // 合计
  const tmp = join(dir, '.saving.xlsx');
  await wb.xlsx.writeFile(tmp);
  const bytes = readFileSync(tmp);
  renameSync(tmp, join(dir, FUNDS));
  return bytes;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'union-dash-live-'));
  for (const f of readdirSync(FIXTURES)) if (f.endsWith('.xlsx')) copyFileSync(join(FIXTURES, f), join(dir, f));
  srv = await startServer({ sources: [dir], watch: true, debounceMs: 300, clock: tickingClock() });
});
afterAll(async () => {
  await srv.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('a source rewritten while serving', () => {
  it('a valid save swaps in the new figures; a half-written one keeps them and shows a banner; a good save clears it', async () => {
    expect(await budgetWithin()).toBeCloseTo(35_900 / 30_000, 9);
    expect(budgetCard(await overview())).toBe('119.7%');
    const first = await health();

    // 1. A valid save with a larger budget for 文体活动支出.
    const good = await saveBudget(40_000);
    await until('the new budget', async () => ((await budgetWithin()) === 0.8975 ? true : null));
    const page = await overview();
    expect(budgetCard(page)).toBe('89.8%');
    expect(page).not.toContain('class="banner"');
    const second = await health();
    expect(second.generation).toBeGreaterThan(first.generation);
    expect(second.sources[0]!.last_good_ingest > first.sources[0]!.last_good_ingest).toBe(true);

    // 2. The same file half-written (a save in progress, or a copy cut short).
    writeFileSync(join(dir, FUNDS), good.subarray(0, Math.floor(good.length / 2)));
    const stale = await until('the failed read', async () => {
      const h = await health();
      return h.status === 'stale' ? h : null;
    });
    expect(stale.generation).toBe(second.generation);
    expect(stale.sources[0]).toEqual({ ...second.sources[0], last_read_ok: false });
    expect(await budgetWithin()).toBe(0.8975);
    const banner = await overview();
    expect(budgetCard(banner)).toBe('89.8%');
    expect(banner).toMatch(/<div class="banner" role="alert">[\s\S]*重新读取台账失败，页面仍显示上次成功读取的数据/);
    expect(banner).toContain('<li>“经费台账.xlsx”已损坏或未保存完整');
    expect(banner).toMatch(/当前显示的是 2026年11月22日 \d\d:\d\d 读取的数据/);
    for (const path of ['/funds', '/quality', '/month/2026-05']) expect(await (await fetch(`${srv.url}${path}`)).text()).toContain('class="banner"');

    // 3. Saved whole again.
    await saveBudget(36_000);
    await until('the repaired read', async () => ((await health()).status === 'ok' ? true : null));
    expect(await budgetWithin()).toBeCloseTo(35_900 / 36_000, 9);
    expect(await overview()).not.toContain('class="banner"');
  });
});
