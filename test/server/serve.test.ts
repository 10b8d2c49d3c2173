/** `union-dash serve`: binds 127.0.0.1 by default, warns when opened wider, stops cleanly, and refuses bad usage. */
import { cp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runServe } from '../../src/cli/serve.ts';
import { serveText } from '../../src/messages/serve.ts';
import { authText } from '../../src/messages/auth.ts';
import { addUser } from './users.ts';
import { tempDir } from '../helpers/workbook.ts';
import { FIXED_CLOCK, FIXTURES, TODAY } from './fixture-metrics.ts';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t), cwd: process.cwd(), env: process.env, today: () => TODAY } };
}

async function serveUntilFetched(args: string[]) {
  const { out, err, io: cli } = io();
  const stop = new AbortController();
  let url = '';
  let status = 0;
  let body = '';
  const code = await runServe(args, cli, {
    signal: stop.signal,
    clock: FIXED_CLOCK,
    onListening: (u) => {
      url = u;
      void fetch(u)
        .then(async (r) => {
          status = r.status;
          body = await r.text();
        })
        .finally(() => stop.abort());
    },
  });
  return { code, out, err, url, status, body };
}

describe('union-dash serve', () => {
  it('serves the dashboard on 127.0.0.1, prints the URL, and stops with exit 0', async () => {
    const r = await serveUntilFetched([FIXTURES, '--port', '0']);
    expect(r.code).toBe(0);
    expect(r.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(r.status).toBe(200);
    expect(r.body).toContain('工作目标总览');
    expect(r.out.join('\n')).toContain(`工会工作看板已启动：${r.url}`);
    expect(r.err.join('\n')).not.toContain('教职工姓名');
  });

  it('refuses to open the dashboard to the LAN with no users, with one Chinese line and exit 2', async () => {
    const { err, out, io: cli } = io();
    expect(await runServe([FIXTURES, '--port', '0', '--host', '0.0.0.0'], cli, { clock: FIXED_CLOCK })).toBe(2);
    expect(err).toEqual([authText.hostNeedsUsers('0.0.0.0')]);
    expect(err[0]).toContain('union-dash user add');
    expect(out.join('\n')).not.toContain('已启动');
  });

  it('opens to the LAN once a user exists, and then every page asks for a login', async () => {
    const dir = await tempDir();
    try {
      await cp(FIXTURES, dir, { recursive: true });
      await addUser(dir, '张主席', 'chair');
      const r = await serveUntilFetched([dir, '--port', '0', '--host', '0.0.0.0']);
      expect(r.code).toBe(0);
      // fetch follows the redirect to the login page
      expect(r.status).toBe(200);
      expect(r.body).toContain('action="/login"');
      expect(r.body).not.toContain('工作目标总览');
      expect(r.err.join('\n')).toContain('需要登录（1 个用户）');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a damaged users file keeps the dashboard shut rather than open to everyone', async () => {
    const dir = await tempDir();
    try {
      await cp(FIXTURES, dir, { recursive: true });
      await writeFile(join(dir, 'union-dash.users.json'), '{"version":1,"secret":"x","users":[{"name":"张主席","role":"chair","hash":"123456"}]');
      const { err, io: cli } = io();
      expect(await runServe([dir, '--port', '0'], cli, { clock: FIXED_CLOCK })).toBe(2);
      expect(err.join('\n')).toContain('用户文件无法使用，看板暂不开放');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it.each([
    [['--port', 'abc'], '端口“abc”无效'],
    [['--port', '70000'], '端口“70000”无效'],
    [['--bogus'], '不认识的选项“--bogus”'],
  ])('refuses %s with exit 2 and one Chinese line', async (args, message) => {
    const { err, io: cli } = io();
    expect(await runServe([FIXTURES, ...args], cli, { clock: FIXED_CLOCK })).toBe(2);
    expect(err.join('\n')).toContain(message);
  });

  it('a source that cannot be read at all stops it before listening, with exit 2 and the reason', async () => {
    const { err, out, io: cli } = io();
    expect(await runServe(['/no/such/folder', '--port', '0'], cli, { clock: FIXED_CLOCK })).toBe(2);
    expect(err.join('\n')).toContain('台账读取失败，看板没有启动');
    expect(err.join('\n')).toContain('找不到“/no/such/folder”');
    expect(out.join('\n')).not.toContain('已启动');
  });
});

describe('serve settings in union-dash.config.json', () => {
  it('serve.poll and serve.pollSeconds make it look at the folder every so many seconds instead of watching it', async () => {
    const dir = await tempDir();
    try {
      await cp(FIXTURES, dir, { recursive: true });
      await writeFile(join(dir, 'union-dash.config.json'), JSON.stringify({ serve: { poll: true, pollSeconds: 2 } }));
      const r = await serveUntilFetched([dir, '--port', '0']);
      expect(r.status).toBe(200);
      expect([...r.out, ...r.err].join('\n')).toContain(`每 2 秒检查一次“${dir}”是否有表格保存`);
      const plain = await serveUntilFetched([FIXTURES, '--port', '0']);
      expect([...plain.out, ...plain.err].join('\n')).not.toContain('秒检查一次');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('a port already in use', () => {
  it('is one Chinese line and exit 2, never 已启动', async () => {
    const { createServer } = await import('node:net');
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const { out, err, io: cli } = io();
      expect(await runServe([FIXTURES, '--port', String(port)], cli, { clock: FIXED_CLOCK })).toBe(2);
      expect(out.join('\n')).not.toContain('已启动');
      expect(err).toEqual([serveText.portInUse(port)]);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });
});
