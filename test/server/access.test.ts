/**
 * Login, roles and privacy over HTTP: every route is shut without a session, the session
 * cookie is what a browser must keep to itself, wrong passwords slow down, 刷新 needs its
 * token, the audit log records who did what, and each role sees only what it may.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readPdf, requireBrowser, requirePoppler } from '../helpers/browser.ts';
import { AUDIT_FILE } from '../../src/server/auth/audit.ts';
import { hashPassword, readUsersFile, USERS_FILE, withPassword, writeUsersFile } from '../../src/access/index.ts';
import { PAGES } from '../../src/server/pages.ts';
import { removeLedgers, writeLedgers } from '../helpers/union-workbook.ts';
import { SMALL_SCHOOL, STAFF } from '../helpers/small-school.ts';
import { csrfOf, pressRefresh, startServer, type Running } from './server.ts';
import { addUser, login } from './users.ts';

const NOW = new Date('2026-06-30T02:00:00.000Z');
const CLOCK = { now: () => NOW, today: () => '2026-06-30' };

let dir: string;
let srv: Running;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  dir = await writeLedgers(SMALL_SCHOOL);
  await addUser(dir, '张主席', 'chair');
  await addUser(dir, '李委员', 'committee');
  await addUser(dir, '王查看', 'viewer');
  srv = await startServer({ sources: [dir], clock: CLOCK });
  for (const name of ['张主席', '李委员', '王查看']) cookies[name] = await login(srv.url, name);
});
afterAll(async () => {
  await srv.stop();
  await removeLedgers();
});

const get = (path: string, cookie?: string, init: RequestInit = {}) =>
  fetch(`${srv.url}${path}`, { redirect: 'manual', ...init, headers: { ...(cookie ? { cookie } : {}), ...(init.headers as Record<string, string> | undefined) } });
const text = async (path: string, cookie?: string) => {
  const res = await get(path, cookie);
  expect(res.status, path).toBe(200);
  return res.text();
};
const auditLines = async () =>
  (await readFile(join(dir, AUDIT_FILE), 'utf8'))
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { event: string; user: string | null; role: string | null; path?: string });

const PATHS = [...PAGES.map((p) => p.path), '/month/2026-06', '/audit'];

describe('without a session', () => {
  it('every page sends the browser to the login page, and nothing of the data', async () => {
    for (const path of PATHS) {
      const res = await get(path);
      expect(res.status, path).toBe(302);
      expect(res.headers.get('location'), path).toBe(`/login?next=${encodeURIComponent(path)}`);
      expect(await res.text(), path).not.toMatch(/张敏|参与率/);
    }
  });

  it('the API, the downloads, the live updates and 刷新 answer 401', async () => {
    for (const path of ['/api/metrics', '/report/term.pdf', '/report/term.xlsx', '/report/month/2026-06.pdf', '/events']) {
      const res = await get(path);
      expect(res.status, path).toBe(401);
      expect(await res.text(), path).not.toContain('张敏');
    }
    const before = srv.dash.store.current().generation?.id;
    expect((await get('/refresh', undefined, { method: 'POST' })).status).toBe(401);
    expect(srv.dash.store.current().generation?.id).toBe(before);
  });

  it('a forged or altered cookie is no session', async () => {
    const [name, value] = cookies['王查看']!.split('=') as [string, string];
    const [payload, sig] = value.split('.') as [string, string];
    const forged = Buffer.from(Buffer.from(payload, 'base64url').toString().replace('王查看', '张主席')).toString('base64url');
    expect((await get('/', `${name}=${forged}.${sig}`)).status).toBe(302);
    expect((await get('/', `${name}=${payload}.${sig.slice(0, -2)}xx`)).status).toBe(302);
  });

  it('/healthz stays open and names nobody', async () => {
    const res = await get('/healthz');
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(STAFF.filter((n) => body.includes(n))).toEqual([]);
  });
});

describe('logging in', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie that lasts 8 hours', async () => {
    const res = await fetch(`${srv.url}/login`, { method: 'POST', body: new URLSearchParams({ name: '李委员', password: 'correct-horse-9', next: '/funds' }), headers: { origin: srv.url }, redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/funds');
    const set = res.headers.getSetCookie().find((c) => c.startsWith('ud_session='))!;
    expect(set).toContain('HttpOnly');
    expect(set).toContain('SameSite=Lax');
    expect(set).toContain('Max-Age=28800');
    expect(set).not.toContain('Secure'); // plain HTTP on the LAN; Secure is set when served over HTTPS
  });

  it('a wrong password says so in Chinese; after 5 the next try waits, even with the right password', async () => {
    const attempt = (password: string) =>
      fetch(`${srv.url}/login`, { method: 'POST', body: new URLSearchParams({ name: '王查看', password }), headers: { origin: srv.url, 'x-test': 'throttle' }, redirect: 'manual' });
    for (let i = 0; i < 5; i++) {
      const res = await attempt('wrong-password');
      expect(res.status).toBe(401);
      expect(await res.text()).toContain('用户名或密码不正确');
    }
    const late = await attempt('correct-horse-9');
    expect(late.status).toBe(429);
    expect(await late.text()).toMatch(/密码错误次数过多，请 \d+ 秒后再试/);
    // another user from the same address is not held up
    expect((await fetch(`${srv.url}/login`, { method: 'POST', body: new URLSearchParams({ name: '李委员', password: 'correct-horse-9' }), headers: { origin: srv.url }, redirect: 'manual' })).status).toBe(303);
    const lines = await auditLines();
    expect(lines.filter((l) => l.event === 'login_failed' && l.user === '王查看').length).toBeGreaterThanOrEqual(5);
    expect(lines.some((l) => l.event === 'login_delayed' && l.user === '王查看')).toBe(true);
  });

  it('an unknown name gets the same answer as a wrong password', async () => {
    const res = await fetch(`${srv.url}/login`, { method: 'POST', body: new URLSearchParams({ name: '不存在', password: 'whatever-123' }), headers: { origin: srv.url }, redirect: 'manual' });
    expect(res.status).toBe(401);
    expect(await res.text()).toContain('用户名或密码不正确');
  });

  it('a login form posted from another site is refused', async () => {
    const res = await fetch(`${srv.url}/login`, { method: 'POST', body: new URLSearchParams({ name: '张主席', password: 'correct-horse-9' }), headers: { origin: 'http://evil.example' }, redirect: 'manual' });
    expect(res.status).toBe(403);
  });

  it('a new password ends the sessions signed before it', async () => {
    const old = await login(srv.url, '李委员');
    expect((await get('/', old)).status).toBe(200);
    const path = join(dir, USERS_FILE);
    const read = await readUsersFile(path);
    if (!read.ok || !read.file) throw new Error('users file');
    await writeUsersFile(path, withPassword(read.file, '李委员', await hashPassword('correct-horse-9')));
    expect((await get('/', old)).status).toBe(302);
    cookies['李委员'] = await login(srv.url, '李委员');
  });

  it('logging out needs the token and ends the session', async () => {
    const c = await login(srv.url, '张主席');
    expect((await get('/logout', c, { method: 'POST', headers: { origin: srv.url } })).status).toBe(403);
    const token = await csrfOf(srv.url, '/', c);
    const out = await get('/logout', c, { method: 'POST', body: new URLSearchParams({ _csrf: token }), headers: { origin: srv.url } });
    expect(out.status).toBe(303);
    expect(out.headers.getSetCookie().some((s) => s.startsWith('ud_session=;') && s.includes('Max-Age=0'))).toBe(true);
  });
});

describe('刷新 and the audit log', () => {
  it('rejects 刷新 without the token, or with another session’s token', async () => {
    const chair = cookies['张主席']!;
    const before = srv.dash.store.current().generation?.id;
    expect((await get('/refresh', chair, { method: 'POST', headers: { origin: srv.url } })).status).toBe(403);
    const otherToken = await csrfOf(srv.url, '/', cookies['李委员']);
    expect((await get('/refresh', chair, { method: 'POST', body: new URLSearchParams({ _csrf: otherToken }), headers: { origin: srv.url } })).status).toBe(403);
    expect(srv.dash.store.current().generation?.id).toBe(before);
    expect((await pressRefresh(srv.url, '/', chair)).status).toBe(303);
    expect(srv.dash.store.current().generation?.id).toBe((before ?? 0) + 1);
  });

  it('records logins, downloads and refreshes as JSON lines the chair reads on /audit', async () => {
    expect((await get('/report/term.xlsx', cookies['张主席'])).status).toBe(200);
    // the line is appended as the download is sent: on a busy machine it may land a moment after the response
    await vi.waitFor(async () => {
      const lines = await auditLines();
      expect(lines.some((l) => l.event === 'login' && l.user === '张主席' && l.role === 'chair')).toBe(true);
      expect(lines.some((l) => l.event === 'download' && l.user === '张主席' && l.path === '/report/term.xlsx')).toBe(true);
      expect(lines.some((l) => l.event === 'refresh' && l.user === '张主席')).toBe(true);
    });
    const page = await text('/audit', cookies['张主席']);
    expect(page).toContain('访问记录');
    expect(page).toContain('/report/term.xlsx');
    expect((await get('/audit', cookies['李委员'])).status).toBe(403);
  });
});

describe('what each role sees', () => {
  const everyPage = async (cookie: string) => (await Promise.all(PAGES.map((p) => text(p.path, cookie)))).join('\n') + (await text('/month/2026-06', cookie));

  it('a viewer finds no staff name on any page, nor in the API', async () => {
    const all = await everyPage(cookies['王查看'] ?? (await login(srv.url, '王查看')));
    expect(STAFF.filter((n) => all.includes(n))).toEqual([]);
    expect(all).toContain('共 3 人（按权限不显示姓名）');
    const api = await text('/api/metrics', cookies['王查看']);
    expect(STAFF.filter((n) => api.includes(n))).toEqual([]);
    expect((await get('/report/term.xlsx', cookies['王查看'])).status).toBe(403);
    expect((await get('/report/pack.pdf', cookies['王查看'])).status).toBe(403);
  });

  it('the chair sees the absentees; the committee too, but no 慰问 details', async () => {
    const chair = await text('/participation', cookies['张主席']);
    expect(chair).toContain('蒋欣');
    expect(await text('/participation?present=0', cookies['张主席'])).toContain('慰问生病住院的周红老师');
    const committee = await everyPage(cookies['李委员']!);
    expect(committee).toContain('蒋欣');
    expect(committee).not.toContain('慰问生病住院');
    expect(await text('/api/metrics', cookies['李委员'])).not.toContain('慰问生病住院');
  });

  it('merges the 3-person 心理组 with the next smallest group for the committee, and says why', async () => {
    const page = await text('/participation', cookies['李委员']);
    // the breakdown by department (chart and table); the absentee list below may name a department
    const committee = page.slice(page.indexOf('participation-departments'), page.indexOf('id="none-h"'));
    expect(committee).toContain('语文组');
    expect(committee).not.toContain('心理组');
    expect(committee).not.toContain('数学组');
    expect(committee).toContain('其他 2 个部门（合并显示）');
    expect(committee).toContain('人数少于 5 人的组不单独显示');
    expect(await text('/participation', cookies['张主席'])).toContain('心理组');
  });

  it('投影模式 (?present=1) hides names for the chair on every page until switched off', async () => {
    const chair = cookies['张主席']!;
    const on = await get('/participation?present=1', chair);
    const setPresent = on.headers.getSetCookie().find((c) => c.startsWith('ud_present=1'))!;
    expect(setPresent).toBeDefined();
    const withPresent = `${chair}; ${setPresent.split(';')[0]}`;
    const all = await everyPage(withPresent);
    expect(STAFF.filter((n) => all.includes(n))).toEqual([]);
    expect(all).toContain('投影模式：姓名已隐藏');
    expect(await text('/participation?present=0', withPresent)).toContain('蒋欣');
  });

  it('a viewer’s PDF names nobody; the chair’s names the owner of the overdue task', async (ctx) => {
    requireBrowser(ctx);
    requirePoppler(ctx);
    const pdf = async (cookie: string) => {
      const res = await get('/report/term.pdf', cookie);
      expect(res.status).toBe(200);
      return readPdf(new Uint8Array(await res.arrayBuffer())).pageTexts.join('\n').replace(/\s+/g, '');
    };
    const chair = await pdf(cookies['张主席']!);
    expect(chair).toContain('王丽');
    const viewer = await pdf(cookies['王查看']!);
    expect(STAFF.filter((n) => viewer.includes(n))).toEqual([]);
    expect(viewer).toContain('（按权限不显示）');
    expect(await pdf(cookies['李委员']!)).not.toContain('慰问生病住院');
    const downloads = (await auditLines()).filter((l) => l.event === 'download' && l.path === '/report/term.pdf');
    expect(downloads.map((l) => l.role)).toEqual(['chair', 'viewer', 'committee']);
  }, 60_000);
});
