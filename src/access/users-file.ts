/**
 * union-dash.users.json, beside union-dash.config.json: the users, their roles and password
 * hashes, and the secret session cookies are signed with. Read strictly (a hand-edited file
 * that is not exactly right is refused with one Chinese reason) and written atomically.
 */
import { randomBytes } from 'node:crypto';
import { open, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as v from 'valibot';
import { usersText } from '../messages/users.ts';
import { HASH_FORMAT } from './password.ts';
import { ROLES, type Role } from './roles.ts';

export const USERS_FILE = 'union-dash.users.json';

export const usersPath = (configPath: string): string => join(dirname(configPath), USERS_FILE);

export interface UserEntry {
  readonly name: string;
  readonly role: Role;
  readonly hash: string;
  /** Changes with the password: sessions signed with another stamp end. */
  readonly stamp: string;
  readonly created: string;
}

export interface UsersFile {
  readonly version: 1;
  readonly secret: string;
  readonly users: readonly UserEntry[];
}

export type UsersRead = { readonly ok: true; readonly file: UsersFile | null } | { readonly ok: false; readonly reason: string };

const NAME = /^[^\s\p{Cc}](?:[^\p{Cc}]{0,30}[^\s\p{Cc}])?$/u;
export const validName = (name: string): boolean => NAME.test(name) && [...name].length <= 32;
const key = (name: string) => name.normalize('NFKC');

const User = v.strictObject({
  name: v.pipe(v.string(), v.check(validName)),
  role: v.picklist(ROLES),
  hash: v.pipe(v.string(), v.regex(HASH_FORMAT)),
  stamp: v.pipe(v.string(), v.minLength(8)),
  created: v.string(),
});
const File = v.strictObject({ version: v.literal(1), secret: v.pipe(v.string(), v.minLength(32)), users: v.array(User) });

export async function readUsersFile(path: string): Promise<UsersRead> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? { ok: true, file: null } : { ok: false, reason: usersText.unreadable(code ?? String(e)) };
  }
  return parseUsers(raw.replace(/^\uFEFF/, ''));
}

export function parseUsers(text: string): UsersRead {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: usersText.notJson };
  }
  const r = v.safeParse(File, json);
  if (!r.success) return { ok: false, reason: explain(r.issues[0], json) };
  const seen = new Set<string>();
  for (const u of r.output.users) {
    if (seen.has(key(u.name))) return { ok: false, reason: usersText.duplicate(u.name) };
    seen.add(key(u.name));
  }
  return { ok: true, file: r.output as UsersFile };
}

function explain(issue: v.BaseIssue<unknown>, json: unknown): string {
  const path = (issue.path ?? []).map((p) => p.key as string | number);
  if (path[0] === 'users' && typeof path[1] === 'number') {
    const field = path[2];
    const user = (json as { users: { name?: unknown }[] }).users[path[1]];
    const who = usersText.nth(path[1] + 1, typeof user?.name === 'string' ? user.name : null);
    if (issue.type === 'strict_object' && issue.expected === 'never') return usersText.unknownKey(who, String(path[path.length - 1]));
    if (field === 'role') return usersText.badRoleIn(who, String(issue.input));
    if (field === 'hash') return usersText.badHash(who);
    return usersText.badField(who, String(field ?? ''));
  }
  if (issue.type === 'strict_object' && issue.expected === 'never') return usersText.unknownKey(null, String(path[path.length - 1]));
  return usersText.badTop(String(path[0] ?? ''));
}

/** Writes the whole file at once: a half-written users file never exists under its name. */
export async function writeUsersFile(path: string, file: UsersFile): Promise<void> {
  const tmp = join(dirname(path), `.${USERS_FILE}.${randomBytes(6).toString('hex')}.tmp`);
  const h = await open(tmp, 'w', 0o600);
  try {
    await h.writeFile(`${JSON.stringify(file, null, 2)}\n`, 'utf8');
    await h.sync();
  } finally {
    await h.close();
  }
  try {
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

export const newStamp = (): string => randomBytes(9).toString('base64url');

export const newUsersFile = (): UsersFile => ({ version: 1, secret: randomBytes(32).toString('base64url'), users: [] });

export const findUser = (file: UsersFile, name: string): UserEntry | undefined => file.users.find((u) => key(u.name) === key(name.trim()));

export const withUser = (file: UsersFile, entry: UserEntry): UsersFile => ({ ...file, users: [...file.users, entry] });

export const withoutUser = (file: UsersFile, name: string): UsersFile => ({ ...file, users: file.users.filter((u) => key(u.name) !== key(name)) });

export const withPassword = (file: UsersFile, name: string, hash: string): UsersFile => ({
  ...file,
  users: file.users.map((u) => (key(u.name) === key(name) ? { ...u, hash, stamp: newStamp() } : u)),
});
