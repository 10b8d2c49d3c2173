/**
 * 投影放映 in Chromium, on a copy of the fixtures with a chair logged in: at 1280×720 and
 * 1920×1080 every slide fits the screen (nothing scrolls, nothing is cut off in its box), the
 * stamp is on screen, there is no navigation, and no roster name is shown although a chair
 * sees names elsewhere; → ← move, the slides move on by themselves, Esc leaves. Screenshots of
 * every slide go to /tmp/present-shots/.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BROWSER_FLAGS } from '../../src/report/pdf/index.ts';
import { PRESENT_SECONDS } from '../../src/server/query.ts';
import { requireBrowser } from '../helpers/browser.ts';
import { FIXTURES, rosterNames } from './fixture-metrics.ts';
import { startServer, type Running } from './server.ts';
import { addUser, PASSWORD } from './users.ts';

const SHOTS = '/tmp/present-shots';
const CONFIG = 'union-dash.config.json';
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;
/** The as-of month (July: the holiday, short lists) and the busiest month of the fixtures' term. */
const PATHS = ['/present?seconds=300', '/present?seconds=300&month=2026-05'];

let dir: string;
let profile: string;
let srv: Running;
let browser: Browser | null = null;
let roster: string[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'union-dash-present-'));
  profile = mkdtempSync(join(tmpdir(), 'union-dash-present-profile-'));
  cpSync(FIXTURES, dir, { recursive: true });
  await addUser(dir, '张主席', 'chair');
  roster = await rosterNames(dir);
  srv = await startServer({ sources: [dir] });
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await srv.stop();
  rmSync(dir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
});

interface Fit {
  readonly slide: number;
  readonly page: { scrollWidth: number; scrollHeight: number; innerWidth: number; innerHeight: number };
  /** Elements outside the screen or outside a box that clips them: `tag.class "text"`. */
  readonly outside: string[];
  readonly stamp: { top: number; bottom: number; left: number; right: number; text: string } | null;
  /** Whether the banner is on screen above the slide; null without one. */
  readonly banner: boolean | null;
  readonly text: string;
}

/** Runs in the page: how the slide on screen sits in the viewport. */
const MEASURE = `(() => {
  const slide = document.querySelector('.slide:not([hidden])');
  const se = document.scrollingElement;
  const inside = (r, b) => r.left >= b.left - 1 && r.right <= b.right + 1 && r.top >= b.top - 1 && r.bottom <= b.bottom + 1;
  const screen = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
  const name = (el) => el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').join('.') : '') + ' "' + (el.textContent || '').trim().slice(0, 30) + '"';
  const outside = [];
  for (const el of slide.querySelectorAll('*')) {
    if (el.closest('.sr-only') || (el.closest('svg') && el.tagName.toLowerCase() !== 'svg') || el.tagName === 'SCRIPT') continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (!inside(r, screen)) { outside.push('screen: ' + name(el)); continue; }
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      const s = getComputedStyle(a);
      if ((s.overflowX !== 'visible' || s.overflowY !== 'visible') && !inside(r, a.getBoundingClientRect())) { outside.push('clipped by ' + name(a).slice(0, 40) + ': ' + name(el)); break; }
    }
  }
  const b = document.querySelector('.banner');
  const br = b && b.getBoundingClientRect();
  const p = document.querySelector('.stamp .provenance');
  const r = p && p.getBoundingClientRect();
  return {
    slide: Number(document.body.getAttribute('data-slide')),
    page: { scrollWidth: se.scrollWidth, scrollHeight: se.scrollHeight, innerWidth, innerHeight },
    outside,
    stamp: r && getComputedStyle(p).visibility === 'visible' ? { top: r.top, bottom: r.bottom, left: r.left, right: r.right, text: p.textContent } : null,
    banner: br ? inside(br, screen) && inside(br, { left: 0, top: 0, right: innerWidth, bottom: slide.getBoundingClientRect().top + 1 }) : null,
    text: document.body.innerText,
  };
})()`;

const slideCount = (page: Page) => page.evaluate(`document.querySelectorAll('.slide').length`) as Promise<number>;
const shownSlide = (page: Page) => page.evaluate(`Number(document.body.getAttribute('data-slide'))`) as Promise<number>;

async function logIn(page: Page): Promise<void> {
  await page.goto(`${srv.url}/present`, { waitUntil: 'domcontentloaded' });
  expect(new URL(page.url()).pathname).toBe('/login');
  await page.type('input[name="name"]', '张主席');
  await page.type('input[name="password"]', PASSWORD);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('.login-form button[type="submit"]')]);
  expect(new URL(page.url()).pathname).toBe('/present');
}

/** Opens `path` and goes through every slide with →: what does not fit, which roster names show; a screenshot of each. */
async function walk(page: Page, size: { width: number; height: number }, path: string, tag: string, banner: boolean): Promise<{ problems: string[]; seen: string[] }> {
  const problems: string[] = [];
  const seen: string[] = [];
  await page.goto(`${srv.url}${path}`, { waitUntil: 'load' });
  const html = await page.content();
  seen.push(...roster.filter((n) => html.includes(n)).map((n) => `${path}: ${n}`));
  const chrome = await page.evaluate(`document.querySelectorAll('nav, header.top, .toolbar, .account, form, select, input, .foot').length`);
  expect(chrome, path).toBe(0);
  const n = await slideCount(page);
  // the month, the warnings, eight areas
  expect(n, path).toBe(10);
  for (let i = 0; i < n; i++) {
    if (i > 0) await page.keyboard.press('ArrowRight');
    const fit = (await page.evaluate(MEASURE)) as Fit;
    const where = `${size.width}×${size.height} ${path} slide ${i + 1}`;
    expect(fit.slide, where).toBe(i);
    if (fit.page.scrollHeight > fit.page.innerHeight || fit.page.scrollWidth > fit.page.innerWidth) problems.push(`${where}: page scrolls ${JSON.stringify(fit.page)}`);
    problems.push(...fit.outside.map((o) => `${where}: ${o}`));
    expect(fit.stamp, where).not.toBeNull();
    expect(fit.stamp!.text, where).toMatch(/^数据截至 2026年7月31日 · 来源 .+ · 更新于 2026年11月22日 10:00$/);
    expect(fit.stamp!.top >= 0 && fit.stamp!.bottom <= size.height && fit.stamp!.left >= 0 && fit.stamp!.right <= size.width, where).toBe(true);
    expect(fit.banner, where).toBe(banner ? true : null);
    seen.push(...roster.filter((r) => fit.text.includes(r)).map((r) => `${where}: ${r}`));
    const id = (await page.evaluate(`document.querySelector('.slide:not([hidden])').id`)) as string;
    await page.screenshot({ path: `${SHOTS}/${size.width}x${size.height}-${tag}-${String(i + 1).padStart(2, '0')}-${id}.png` });
  }
  return { problems, seen };
}

it('every slide fits 1280×720 and 1920×1080 with the stamp on screen, no navigation and no roster name, for a chair', async (ctx) => {
  const executablePath = requireBrowser(ctx);
  browser = await puppeteer.launch({ executablePath, headless: true, userDataDir: profile, args: [...BROWSER_FLAGS] });
  expect(roster.length).toBeGreaterThan(70);
  const page = await browser.newPage();
  await logIn(page);

  // the chair does see names on an ordinary page: the projector is what hides them
  await page.goto(`${srv.url}/participation`, { waitUntil: 'domcontentloaded' });
  const participation = await page.content();
  expect(roster.filter((n) => participation.includes(n)).length).toBeGreaterThan(0);

  const problems: string[] = [];
  const seen: string[] = [];
  for (const size of SIZES) {
    await page.setViewport({ ...size, deviceScaleFactor: 1 });
    for (const [p, path] of PATHS.entries()) {
      const walked = await walk(page, size, path, p === 0 ? 'asof' : 'may', false);
      problems.push(...walked.problems);
      seen.push(...walked.seen);
      // → after the last slide comes round to the first; ← goes back
      await page.keyboard.press('ArrowRight');
      expect(await shownSlide(page)).toBe(0);
      await page.keyboard.press('ArrowLeft');
      expect(await shownSlide(page)).toBe(9);
      await page.keyboard.press(' ');
      expect(await shownSlide(page)).toBe(0);
    }
  }
  expect(problems).toEqual([]);
  expect(seen).toEqual([]);
}, 180_000);

it(`moves on by itself every ?seconds=${PRESENT_SECONDS.min}, keeps its slide when a re-read swaps the page in, and Esc leaves for the overview`, async (ctx) => {
  requireBrowser(ctx);
  const page = await browser!.newPage();
  await page.setViewport({ width: 1280, height: 720 });
  await page.goto(`${srv.url}/present?seconds=${PRESENT_SECONDS.min}`, { waitUntil: 'load' });
  expect(new URL(page.url()).pathname).toBe('/present');
  const start = Date.now();
  expect(await shownSlide(page)).toBe(0);
  await page.waitForFunction(`document.body.getAttribute('data-slide') === '1'`, { timeout: PRESENT_SECONDS.min * 1000 + 3000, polling: 100 });
  const took = Date.now() - start;
  expect(took).toBeGreaterThan(PRESENT_SECONDS.min * 1000 - 1000);

  // a re-read: /events tells the page, dashboard.js swaps in the new page, the slide on screen stays
  await page.goto(`${srv.url}/present?seconds=300`, { waitUntil: 'load' });
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  const version = Number(await page.evaluate(`document.body.getAttribute('data-version')`));
  await srv.dash.store.reload({ confirmed: true });
  await page.waitForFunction(`Number(document.body.getAttribute('data-version')) > ${version}`, { timeout: 10_000, polling: 100 });
  expect(await shownSlide(page)).toBe(3);
  expect(await page.evaluate(`[...document.querySelectorAll('.slide')].filter((s) => !s.hidden).map((s) => s.id)`)).toEqual(['area-offices']);
  await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.keyboard.press('Escape')]);
  expect(new URL(page.url()).pathname).toBe('/');
  await page.close();
}, 60_000);

it('a failed read: the banner stays above every slide, which still fit, with the stamp of the read shown', async (ctx) => {
  requireBrowser(ctx);
  const page = await browser!.newPage();
  await writeFile(join(dir, CONFIG), JSON.stringify({ serve: { presentSecond: 20 } }));
  try {
    await srv.dash.store.reload({ confirmed: true });
    expect(srv.dash.store.current().failure).not.toBeNull();
    const problems: string[] = [];
    for (const size of SIZES) {
      await page.setViewport({ ...size, deviceScaleFactor: 1 });
      problems.push(...(await walk(page, size, '/present?seconds=300&month=2026-05', 'failed', true)).problems);
    }
    expect(problems).toEqual([]);
  } finally {
    await rm(join(dir, CONFIG), { force: true });
    await srv.dash.store.reload({ confirmed: true });
    await page.close();
  }
}, 120_000);
