/**
 * /present over HTTP, on the small school with a chair and a viewer: a login is needed, the
 * page has no navigation, filters or account bar, the chair meets no staff name on it although
 * her month page names them, the stamp and the slides are there, ?seconds= and
 * serve.presentSeconds set the pace, ?kiosk=1 on a page opens it, and a failed read shows its banner.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeLedgers, writeLedgers } from '../helpers/union-workbook.ts';
import { SMALL_SCHOOL, STAFF } from '../helpers/small-school.ts';
import { startServer, type Running } from './server.ts';
import { addUser, login } from './users.ts';

const NOW = new Date('2026-06-30T02:00:00.000Z');
const CLOCK = { now: () => NOW, today: () => '2026-06-30' };
const CONFIG = 'union-dash.config.json';

let dir: string;
let srv: Running;
let chair: string;
let viewer: string;

beforeAll(async () => {
  dir = await writeLedgers(SMALL_SCHOOL);
  await writeFile(join(dir, CONFIG), JSON.stringify({ serve: { presentSeconds: 45 } }));
  await addUser(dir, '张主席', 'chair');
  await addUser(dir, '王查看', 'viewer');
  srv = await startServer({ sources: [dir], clock: CLOCK });
  chair = await login(srv.url, '张主席');
  viewer = await login(srv.url, '王查看');
});
afterAll(async () => {
  await srv.stop();
  await removeLedgers();
});

const get = (path: string, cookie?: string) => fetch(`${srv.url}${path}`, { redirect: 'manual', ...(cookie ? { headers: { cookie } } : {}) });
const page = async (path: string, cookie: string) => {
  const res = await get(path, cookie);
  expect(res.status, path).toBe(200);
  return res.text();
};
const slideIds = (html: string) => [...html.matchAll(/<section class="slide[^"]*" id="([^"]+)"/g)].map((m) => m[1]);

describe('/present', () => {
  it('needs a login when there are users, like every page', async () => {
    for (const path of ['/present', '/present?seconds=5&month=2026-04']) {
      const res = await get(path);
      expect(res.status, path).toBe(302);
      expect(res.headers.get('location'), path).toBe(`/login?next=${encodeURIComponent(path)}`);
      expect(await res.text(), path).not.toMatch(/王丽|月调度/);
    }
    expect((await get('/month/2026-04?kiosk=1')).headers.get('location')).toBe(`/login?next=${encodeURIComponent('/month/2026-04?kiosk=1')}`);
  });

  it('shows the month, the early warnings, then one slide per area of the overview, with the stamp and no navigation, filters or account bar', async () => {
    const html = await page('/present', chair);
    expect(slideIds(html)).toEqual([
      'month',
      'warnings',
      'area-participation',
      'area-offices',
      'area-funds',
      'area-satisfaction',
      'area-proposals',
      'area-tasks',
      'area-archive',
      'area-mentoring',
    ]);
    expect(html).toContain('<h1 id="month-h">2026年6月 月调度</h1>');
    expect(html).toContain('<h1 id="area-participation-h">工作目标 · 活动参与</h1>');
    expect(html).toContain('<p class="slide-count">10 / 10</p>');
    expect(html).toContain('<h1 id="warnings-h">预警：需要提前处理的事</h1>');
    // the one stamp, outside the slides, so on screen whichever is shown
    expect(html.match(/<p class="provenance">数据截至 2026年6月30日 · 来源 .+ · 更新于 2026年6月30日 10:00<\/p>/g)).toHaveLength(1);
    expect(html.indexOf('class="provenance"')).toBeGreaterThan(html.lastIndexOf('class="slide'));
    for (const chrome of ['<nav', 'class="top"', 'class="toolbar"', 'class="account"', '<form', '<select', '<input', 'class="foot"', '退出登录', '张主席']) expect(html, chrome).not.toContain(chrome);
    expect(html).toContain('<a class="present-leave" href="/">退出放映</a>');
    // links of the month view are left out: nothing is clicked on a projector
    expect(html).not.toContain('全部工作 →');
    expect(html).not.toContain('href="/offices');
    expect(html).toContain('/assets/present.js?v=');
    // every page's account bar links to it
    expect(await page('/participation', viewer)).toContain('<a href="/present" class="slideshow"');
  });

  it('names nobody, for the chair either, though her own month pages name the owner and the 慰问 visit', async () => {
    expect(await page('/month/2026-06', chair)).toContain('王丽');
    expect(await page('/month/2026-04', chair)).toContain('慰问生病住院的周红老师');
    for (const cookie of [chair, viewer]) {
      for (const path of ['/present', '/present?month=2026-04', '/present?month=2026-03&term=2025-2026-2']) {
        const html = await page(path, cookie);
        expect(STAFF.filter((n) => html.includes(n)), path).toEqual([]);
        expect(html, path).toContain('（按权限不显示）');
      }
    }
    // and it leaves the chair's other pages as they were: no projector cookie
    const res = await get('/present', chair);
    expect(res.headers.getSetCookie().filter((c) => c.startsWith('ud_present'))).toEqual([]);
    expect(await page('/participation', chair)).toContain('蒋欣');
  });

  it('moves on after serve.presentSeconds, or ?seconds= within 5 to 300; anything else is a 400 saying so', async () => {
    expect(await page('/present', chair)).toContain('data-seconds="45"');
    expect(await page('/present?seconds=5', chair)).toContain('data-seconds="5"');
    expect(await page('/present?seconds=300', chair)).toContain('data-seconds="300"');
    for (const bad of ['4', '301', '0', 'abc', '7.5', '-10']) {
      const res = await get(`/present?seconds=${bad}`, chair);
      expect(res.status, bad).toBe(400);
      expect(await res.text(), bad).toContain(`每页停留秒数“${bad}”无效，请写 5 至 300 之间的整数`);
    }
    expect((await get('/present?seconds=5&seconds=6', chair)).status).toBe(400);
    expect((await get('/present?month=2026-13', chair)).status).toBe(400);
  });

  it('?kiosk=1 on a page opens the projector on what the page shows', async () => {
    const cases: [string, string][] = [
      ['/?kiosk=1', '/present'],
      ['/participation?kiosk=1&term=2025-2026-2&as_of=2026-05-31', '/present?term=2025-2026-2&as_of=2026-05-31'],
      ['/month/2026-04?kiosk=1&seconds=30', '/present?seconds=30&month=2026-04'],
      ['/month?kiosk=1', '/present'],
    ];
    for (const [from, to] of cases) {
      const res = await get(from, chair);
      expect(res.status, from).toBe(302);
      expect(res.headers.get('location'), from).toBe(to);
    }
    expect((await get('/participation?kiosk=0', chair)).status).toBe(200);
    expect((await get('/api/metrics?kiosk=1', chair)).status).toBe(200);
  });

  it('a failed read shows its banner above the slides, and the stamp of the read still shown', async () => {
    await writeFile(join(dir, CONFIG), JSON.stringify({ serve: { presentSecond: 45 } }));
    try {
      await srv.dash.store.reload({ confirmed: true });
      const html = await page('/present', chair);
      const banner = html.indexOf('<div class="banner" role="alert">');
      expect(banner).toBeGreaterThan(0);
      expect(banner).toBeLessThan(html.indexOf('<main class="slides"'));
      expect(html).toContain('<p class="provenance">数据截至 2026年6月30日');
      expect(slideIds(html)).toHaveLength(10);
    } finally {
      await writeFile(join(dir, CONFIG), JSON.stringify({ serve: { presentSeconds: 45 } }));
      await srv.dash.store.reload({ confirmed: true });
    }
    expect(await page('/present', chair)).not.toContain('class="banner"');
  });
});
