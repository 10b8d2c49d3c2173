/** 统计周期 on the dashboard: a page, its links and its downloads for a school year or a calendar year. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { requireBrowser } from '../helpers/browser.ts';
import { startServer, type Running } from './server.ts';

let running: Running;
beforeAll(async () => {
  running = await startServer();
});
afterAll(() => running.stop());

const get = (path: string) => fetch(`${running.url}${path}`);

it('?period=学年 shows the school year: its label, the 学年 choice selected, and links and downloads that keep it', async () => {
  const res = await get(`/?period=${encodeURIComponent('学年')}&as_of=2026-07-31`);
  expect(res.status).toBe(200);
  const page = (await res.text()).replaceAll('&#x3D;', '=').replaceAll('&amp;', '&');
  expect(page).toContain('2025-2026学年工作目标总览');
  expect(page).toMatch(/<option value="school-year" selected>学年<\/option>/);
  expect(page).toContain('<h2 id="eval-h">学年总评</h2>');
  expect(page).toContain('>学年总评（PDF）</a>');
  // the downloads and the area links keep the period (in its ASCII form)
  expect(page).toContain('/report/term.pdf?as_of=2026-07-31&period=school-year');
  expect(page).toContain('/participation?as_of=2026-07-31&period=school-year');
  // the plain term view is another page, not a cached copy of the year's
  expect(await (await get('/?as_of=2026-07-31')).text()).toContain('2025-2026学年第二学期工作目标总览');
});

it('the summary workbook of a calendar year is named and titled for it', async () => {
  const res = await get('/report/term.xlsx?period=year&as_of=2026-12-03');
  expect(res.status).toBe(200);
  expect(decodeURIComponent(res.headers.get('content-disposition')!)).toContain('2026年度年度总评汇总表.xlsx');
});

it('the evidence pack stays boxed by term: a year page’s pack is as-of’s term', async (ctx) => {
  requireBrowser(ctx);
  const res = await get('/report/pack.pdf?period=school-year&as_of=2026-07-31');
  expect(res.status).toBe(200);
  expect(decodeURIComponent(res.headers.get('content-disposition')!)).toContain('2025-2026学年第二学期台账资料.pdf');
}, 60_000);

it('a month view stays the month’s own term whatever the period', async () => {
  const page = await (await get('/month/2026-05?period=school-year')).text();
  expect(page).toContain('2025-2026学年第二学期');
});

it('an unknown period is a Chinese 400 page', async () => {
  const res = await get(`/?period=${encodeURIComponent('财年')}`);
  expect(res.status).toBe(400);
  expect(await res.text()).toContain('统计周期“财年”无效');
});
