/**
 * An open page keeps up by itself (in Chromium): a ledger saved while the overview is open
 * changes its figure within seconds, with no navigation; a half-written save shows the
 * banner on the open page, again without a reload.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BROWSER_FLAGS } from '../../src/report/pdf/index.ts';
import { requireBrowser } from '../helpers/browser.ts';
import { FIXTURES } from './fixture-metrics.ts';
import { startServer, type Running } from './server.ts';

const FUNDS = '经费台账.xlsx';
let dir: string;
let profile: string;
let srv: Running;
let browser: Browser | null = null;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'union-dash-live-page-'));
  profile = mkdtempSync(join(tmpdir(), 'union-dash-live-profile-'));
  for (const f of readdirSync(FIXTURES)) if (f.endsWith('.xlsx')) copyFileSync(join(FIXTURES, f), join(dir, f));
  srv = await startServer({ sources: [dir], watch: true, debounceMs: 200 });
});
afterAll(async () => {
  await browser?.close();
  await srv.stop();
  rmSync(dir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
});

/** Saves the budget of 文体活动支出 as Excel does: a temporary file renamed over the old one. */
async function saveBudget(amount: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(FIXTURES, FUNDS));
  const ws = wb.getWorksheet('预算')!;
  ws.getCell('B4').value = amount;
  ws.getCell('B9').value = 110_000 - 30_000 + amount;
  const tmp = join(dir, '.saving.xlsx');
  await wb.xlsx.writeFile(tmp);
  renameSync(tmp, join(dir, FUNDS));
  return readFileSync(join(dir, FUNDS));
}

it('a save changes the open page’s figure without navigation, and a broken save shows its banner there', async (ctx) => {
  const executablePath = requireBrowser(ctx);
  browser = await puppeteer.launch({ executablePath, headless: true, userDataDir: profile, args: [...BROWSER_FLAGS] });
  const page = await browser.newPage();
  let navigations = 0;
  page.on('framenavigated', (f) => {
    if (f === page.mainFrame()) navigations++;
  });
  await page.goto(`${srv.url}/`, { waitUntil: 'networkidle2' });
  const card = `document.querySelector('[data-target="budget_within"] .value').textContent`;
  expect(await page.evaluate(card)).toBe('119.7%');
  await page.evaluate('window.__stayed = true');
  const before = navigations;

  const good = await saveBudget(40_000);
  await page.waitForFunction(`${card} === '89.8%'`, { timeout: 10_000 });
  expect(await page.evaluate('window.__stayed')).toBe(true);
  expect(navigations).toBe(before);
  // the charts of the new content are live again
  expect(await page.evaluate(`window.echarts.getInstanceByDom(document.querySelector('[data-chart]')) != null`)).toBe(true);

  writeFileSync(join(dir, FUNDS), good.subarray(0, Math.floor(good.length / 2)));
  await page.waitForSelector('.banner', { timeout: 10_000 });
  expect(await page.evaluate(`document.querySelector('.banner').textContent`)).toContain('重新读取台账失败');
  expect(await page.evaluate('window.__stayed')).toBe(true);
  expect(navigations).toBe(before);
});
