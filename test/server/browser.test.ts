/**
 * The overview and the month view in the system Chromium: no console error, no failed or
 * outside request, and every server-rendered chart replaced by a live ECharts instance.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_FLAGS } from '../../src/report/pdf/index.ts';
import { requireBrowser } from '../helpers/browser.ts';
import { startServer, type Running } from './server.ts';

let srv: Running;
let browser: Browser | null = null;
let profile: string | null = null;

beforeAll(async () => {
  srv = await startServer();
});
afterAll(async () => {
  await browser?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
  await srv.stop();
});

async function open(executablePath: string): Promise<Browser> {
  profile ??= mkdtempSync(join(tmpdir(), 'union-dash-browser-'));
  browser ??= await puppeteer.launch({ executablePath, headless: true, userDataDir: profile, args: [...BROWSER_FLAGS] });
  return browser;
}

describe.each([
  ['/', 1366, 768, 11],
  ['/month/2026-04', 1280, 720, 1],
  ['/funds', 1366, 768, 4],
])('%s in Chromium', (path, width, height, minCharts) => {
  it('loads without console errors or failed requests, from this server only, and its charts come alive', async (ctx) => {
    const b = await open(requireBrowser(ctx));
    const page = await b.newPage();
    const problems: string[] = [];
    const requested: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warn') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${(e as Error).message}`));
    page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
    page.on('request', (r) => requested.push(r.url()));
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    await page.setViewport({ width, height });
    await page.goto(`${srv.url}${path}`, { waitUntil: 'networkidle2' });

    // (A string: the test is compiled without the DOM's types.)
    const charts = (await page.evaluate(`[...document.querySelectorAll('[data-chart]')].map((el) => ({
      id: el.id,
      live: el.classList.contains('live'),
      instance: window.echarts?.getInstanceByDom(el) != null,
      // ECharts' own wrapper <div> holding the SVG it drew (the server's SVG was a direct child).
      drawn: el.querySelector(':scope > div svg') !== null,
    }))`)) as { id: string; live: boolean; instance: boolean; drawn: boolean }[];
    expect(problems).toEqual([]);
    expect(requested.every((u) => u.startsWith(srv.url) || u.startsWith('data:'))).toBe(true);
    expect(charts.length).toBeGreaterThanOrEqual(minCharts);
    for (const c of charts) expect(c, c.id).toEqual({ id: c.id, live: true, instance: true, drawn: true });
    await page.close();
  });
});

it('the month view fits one 1280×720 screen and reads at projector size', async (ctx) => {
  const b = await open(requireBrowser(ctx));
  const page = await b.newPage();
  await page.setViewport({ width: 1280, height: 720 });
  await page.goto(`${srv.url}/month/2026-05`, { waitUntil: 'networkidle2' });
  const m = (await page.evaluate(`({
    scrollHeight: document.documentElement.scrollHeight,
    scrollWidth: document.documentElement.scrollWidth,
    listFont: parseFloat(getComputedStyle(document.querySelector('.mlist .main')).fontSize),
    tileFont: parseFloat(getComputedStyle(document.querySelector('.tile-value')).fontSize),
  })`)) as { scrollHeight: number; scrollWidth: number; listFont: number; tileFont: number };
  expect(m.scrollHeight).toBeLessThanOrEqual(720);
  expect(m.scrollWidth).toBeLessThanOrEqual(1280);
  expect(m.listFont).toBeGreaterThanOrEqual(18);
  expect(m.tileFont).toBeGreaterThanOrEqual(30);
  await page.close();
});

it.for(['/', '/funds', '/participation', '/offices', '/month/2026-04', '/quality'])('%s on a 390 px phone: the page itself never scrolls sideways, and its charts keep a readable width', async (path, ctx) => {
  const b = await open(requireBrowser(ctx));
  const page = await b.newPage();
  await page.setViewport({ width: 390, height: 844, isMobile: true });
  await page.goto(`${srv.url}${path}`, { waitUntil: 'networkidle2' });
  const m = (await page.evaluate(`({
    scrollWidth: document.documentElement.scrollWidth,
    charts: [...document.querySelectorAll('.chart:not(.compact) .chart-box')].filter((el) => !el.closest('.mchart')).map((el) => el.getBoundingClientRect().width),
  })`)) as { scrollWidth: number; charts: number[] };
  expect(m.scrollWidth).toBeLessThanOrEqual(390);
  for (const w of m.charts) expect(w).toBeGreaterThanOrEqual(540);
  await page.close();
});

it('the /offices tooltips show each office’s total, not a template', async (ctx) => {
  const b = await open(requireBrowser(ctx));
  const page = await b.newPage();
  await page.setViewport({ width: 1366, height: 900 });
  await page.goto(`${srv.url}/offices`, { waitUntil: 'networkidle2' });
  const tips = (await page.evaluate(`(async () => {
    const out = [];
    for (const id of ['offices-pass-rate', 'offices-heatmap']) {
      const chart = window.echarts.getInstanceByDom(document.getElementById(id));
      const series = chart.getOption().series.length - 1;
      chart.dispatchAction({ type: 'showTip', seriesIndex: series, dataIndex: 0 });
      await new Promise((r) => setTimeout(r, 300));
      out.push(document.getElementById(id).innerText);
    }
    return out;
  })()`)) as string[];
  for (const t of tips) {
    expect(t).not.toContain('{@');
    expect(t).toMatch(/\d+/);
  }
  expect(tips[0]).toMatch(/办公室：\d+(\.\d+)? 分/);
  expect(tips[1]).toMatch(/总分 \d+/);
  await page.close();
});
