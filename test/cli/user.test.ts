/** `union-dash user`: the users file it writes, and what it refuses. Run in-process and once as the real command. */
import { execFileSync } from 'node:child_process';
import { readFile, rm, stat, writeFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readUsersFile, verifyPassword, USERS_FILE } from '../../src/access/index.ts';
import { main } from '../../src/cli/main.ts';
import type { CliIO } from '../../src/cli/io.ts';
import { tempDir } from '../helpers/workbook.ts';

let dir: string;
beforeEach(async () => {
  dir = await tempDir('union-dash-user-');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function run(argv: string[], answers: { stdin?: string; typed?: string[] } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const typed = [...(answers.typed ?? [])];
  const io: CliIO = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    cwd: dir,
    env: {},
    today: () => '2026-12-03',
    readStdin: async () => answers.stdin ?? '',
    readSecret: async () => typed.shift() ?? '',
  };
  return main(['user', ...argv], io).then((code) => ({ code, out: out.join('\n'), err: err.join('\n') }));
}

describe('union-dash user', () => {
  it('adds a user with a scrypt hash, never the password, in a file only its owner reads', async () => {
    const r = await run(['add', '张主席', '--role', 'chair', dir], { typed: ['chair-pass-1', 'chair-pass-1'] });
    expect(r.code).toBe(0);
    expect(r.out).toContain('已添加用户 张主席（主席）');
    const raw = await readFile(join(dir, USERS_FILE), 'utf8');
    expect(raw).not.toContain('chair-pass-1');
    expect((await stat(join(dir, USERS_FILE))).mode & 0o777).toBe(0o600);
    const read = await readUsersFile(join(dir, USERS_FILE));
    if (!read.ok || !read.file) throw new Error('unreadable');
    expect(await verifyPassword('chair-pass-1', read.file.users[0]!.hash)).toBe(true);
    expect(await verifyPassword('chair-pass-2', read.file.users[0]!.hash)).toBe(false);
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses two different typed passwords, a short one, a bad role and a name twice', async () => {
    expect((await run(['add', '李委员', '--role', 'committee', dir], { typed: ['abcdefgh1', 'abcdefgh2'] })).err).toContain('两次输入的密码不一致');
    expect((await run(['add', '李委员', '--role', 'committee', dir, '--password-stdin'], { stdin: 'short\n' })).err).toContain('密码至少 8 位');
    expect((await run(['add', '李委员', '--role', 'admin', dir, '--password-stdin'], { stdin: 'long-enough\n' })).err).toContain('角色“admin”无效');
    await run(['add', '李委员', '--role', 'committee', dir, '--password-stdin'], { stdin: 'long-enough\n' });
    const again = await run(['add', '李委员', '--role', 'viewer', dir, '--password-stdin'], { stdin: 'long-enough\n' });
    expect(again.code).toBe(2);
    expect(again.err).toContain('已存在');
  });

  it('passwd gives a new stamp (old sessions end); remove keeps the last chair while others remain', async () => {
    await run(['add', '张主席', '--role', 'chair', dir, '--password-stdin'], { stdin: 'chair-pass-1\n' });
    await run(['add', '王查看', '--role', 'viewer', dir, '--password-stdin'], { stdin: 'viewer-pass\n' });
    const stampOf = async (name: string) => {
      const r = await readUsersFile(join(dir, USERS_FILE));
      return r.ok ? r.file?.users.find((u) => u.name === name)?.stamp : undefined;
    };
    const before = await stampOf('王查看');
    expect((await run(['passwd', '王查看', dir, '--password-stdin'], { stdin: 'viewer-pass-2\n' })).code).toBe(0);
    expect(await stampOf('王查看')).not.toBe(before);
    const refused = await run(['remove', '张主席', dir]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('最后一位主席');
    expect((await run(['remove', '王查看', dir])).out).toContain('已删除用户 王查看');
    expect((await run(['remove', '无此人', dir])).err).toContain('没有用户“无此人”。现有用户：张主席');
    const list = await run(['list', dir]);
    expect(list.out).toContain('张主席\t主席');
    expect(list.out).not.toContain('scrypt');
  });

  it('a hand-edited file (plain password, bad JSON) gives one Chinese line, exit 2, and is left as it was', async () => {
    const edited = JSON.stringify({ version: 1, secret: 'x'.repeat(43), users: [{ name: '张主席', role: 'chair', hash: '123456', stamp: 'abcdefghij', created: '2026-12-01' }] });
    await writeFile(join(dir, USERS_FILE), edited);
    const r = await run(['add', '李委员', '--role', 'committee', dir, '--password-stdin'], { stdin: 'long-enough\n' });
    expect(r.code).toBe(2);
    expect(r.err).toContain('密码不是加密保存的');
    expect(await readFile(join(dir, USERS_FILE), 'utf8')).toBe(edited);
    await writeFile(join(dir, USERS_FILE), '{"version": 1,');
    expect((await run(['list', dir])).err).toContain('不是有效的 JSON');
  });

  it('works as the real command with --password-stdin', () => {
    const bin = join(import.meta.dirname, '../../bin/union-dash.js');
    const out = execFileSync(process.execPath, [bin, 'user', 'add', '张主席', '--role', 'chair', dir, '--password-stdin'], {
      input: 'from-stdin-1\n',
      env: { ...process.env, UNION_DASH_FROM_SOURCE: '1' },
      encoding: 'utf8',
    });
    expect(out).toContain('已添加用户 张主席（主席）');
    expect(execFileSync(process.execPath, [bin, 'user', 'list', dir], { env: { ...process.env, UNION_DASH_FROM_SOURCE: '1' }, encoding: 'utf8' })).toContain('张主席');
  });
});
