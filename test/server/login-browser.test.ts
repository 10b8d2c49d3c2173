/**
 * Logging in as a person does, in Chromium, on a copy of the fixtures with three users: the
 * login page, a wrong password, a viewer walking every page without meeting one roster name,
 * 刷新 from the page (its token travels with the form) and a forged one refused, logout.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BROWSER_FLAGS } from '../../src/report/pdf/index.ts';
import { PAGES } from '../../src/server/pages.ts';
import { requireBrowser } from '../helpers/browser.ts';
import { FIXTURES, rosterNames } from './fixture-metrics.ts';
import { startServer, type Running } from './server.ts';
import { addUser, PASSWORD } from './users.ts';

let dir: string;
let profile: string;
let srv: Running;
let browser: Browser | null = null;
let roster: string[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'union-dash-login-'));
  profile = mkdtempSync(join(tmpdir(), 'union-dash-login-profile-'));
  cpSync(FIXTURES, dir, { recursive: true });
  await addUser(dir, '张主席', 'chair');
  await addUser(dir, '李委员', 'committee');
  await addUser(dir, '王查看', 'viewer');
  roster = await rosterNames(dir);
  srv = await startServer({ sources: [dir] });
});
afterAll(async () => {
  await browser?.close();
  await srv.stop();
  rmSync(dir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
});

async function logIn(page: Page, name: string, password: string): Promise<void> {
  await page.goto(`${srv.url}/`, { waitUntil: 'domcontentloaded' });
  expect(new URL(page.url()).pathname).toBe('/login');
  await page.type('input[name="name"]', name);
  await page.type('input[name="password"]', password);
  await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.click('.login-form button[type="submit"]')]);
}

const bodyText = (page: Page) => page.evaluate('document.body.innerText') as Promise<string>;

it('login, a wrong password, a viewer sees no roster name on any page, 刷新 with its token, logout', async (ctx) => {
  const executablePath = requireBrowser(ctx);
  browser = await puppeteer.launch({ executablePath, headless: true, userDataDir: profile, args: [...BROWSER_FLAGS] });
  expect(roster.length).toBeGreaterThan(70);

  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await logIn(page, '王查看', 'not-the-password');
  expect(new URL(page.url()).pathname).toBe('/login');
  expect(await bodyText(page)).toContain('用户名或密码不正确');

  await page.evaluate(`document.querySelector('input[name="name"]').value = ''`);
  await logIn(page, '王查看', PASSWORD);
  expect(new URL(page.url()).pathname).toBe('/');
  expect(await bodyText(page)).toContain('王查看（查看）');

  const seen: string[] = [];
  for (const path of [...PAGES.map((p) => p.path), '/month']) {
    await page.goto(`${srv.url}${path}`, { waitUntil: 'domcontentloaded' });
    const html = await page.content();
    seen.push(...roster.filter((n) => html.includes(n)).map((n) => `${path}: ${n}`));
  }
  expect(seen).toEqual([]);
  await page.goto(`${srv.url}/participation`, { waitUntil: 'domcontentloaded' });
  expect(await bodyText(page)).toContain('按权限不显示姓名');

  // 刷新 from the page reads again; the same post without the page's token is refused
  const generation = srv.dash.store.current().generation!.id;
  await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.click('form.refresh button')]);
  expect(new URL(page.url()).pathname).toBe('/participation');
  expect(srv.dash.store.current().generation!.id).toBe(generation + 1);
  const forged = await page.evaluate(`fetch('/refresh', { method: 'POST', body: new URLSearchParams({ back: '/' }) }).then((r) => r.status)`);
  expect(forged).toBe(403);
  expect(srv.dash.store.current().generation!.id).toBe(generation + 1);

  await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.click('form.logout button')]);
  expect(new URL(page.url()).pathname).toBe('/login');
  await page.goto(`${srv.url}/participation`, { waitUntil: 'domcontentloaded' });
  expect(new URL(page.url()).pathname).toBe('/login');
  await context.close();

  // the committee, in its own browser session, does see who has not taken part
  const committee = await (await browser.createBrowserContext()).newPage();
  await logIn(committee, '李委员', PASSWORD);
  await committee.goto(`${srv.url}/participation`, { waitUntil: 'domcontentloaded' });
  const text = await bodyText(committee);
  expect(roster.some((n) => text.includes(n))).toBe(true);
  expect(text).not.toContain('按权限不显示姓名');
}, 120_000);
