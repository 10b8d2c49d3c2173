/** Users for server tests, written as `union-dash user add` writes them (the real users file and hashes). */
import { join } from 'node:path';
import { hashPassword, newStamp, newUsersFile, readUsersFile, USERS_FILE, withUser, writeUsersFile, type Role } from '../../src/access/index.ts';

export const PASSWORD = 'correct-horse-9';

export async function addUser(dir: string, name: string, role: Role, password = PASSWORD): Promise<void> {
  const path = join(dir, USERS_FILE);
  const read = await readUsersFile(path);
  if (!read.ok) throw new Error(read.reason);
  const file = read.file ?? newUsersFile();
  await writeUsersFile(path, withUser(file, { name, role, hash: await hashPassword(password), stamp: newStamp(), created: new Date().toISOString() }));
}

/** Logs in through the login form; returns the session cookie (name=value). */
export async function login(url: string, name: string, password = PASSWORD): Promise<string> {
  const res = await fetch(`${url}/login`, { method: 'POST', body: new URLSearchParams({ name, password, next: '/' }), headers: { origin: url }, redirect: 'manual' });
  if (res.status !== 303) throw new Error(`login of ${name} answered ${res.status}`);
  const set = res.headers.getSetCookie().find((c) => c.startsWith('ud_session='));
  if (!set) throw new Error('no session cookie');
  return set.split(';')[0]!;
}
