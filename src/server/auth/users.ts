/**
 * The users file as the server sees it: read again whenever it changes on disk (so
 * `union-dash user add` works without a restart), and closed to everyone when it cannot
 * be read or is damaged, rather than open to everyone.
 */
import { stat } from 'node:fs/promises';
import { readUsersFile, type UsersFile } from '../../access/index.ts';

export type UsersState = { readonly ok: true; readonly file: UsersFile | null } | { readonly ok: false; readonly reason: string };

export class UsersSource {
  private seen: { key: string; state: UsersState } | null = null;

  constructor(readonly path: string) {}

  async current(): Promise<UsersState> {
    const info = await stat(this.path).catch(() => null);
    const key = info ? `${info.mtimeMs}|${info.size}|${info.ino}` : 'none';
    if (this.seen?.key === key) return this.seen.state;
    const state: UsersState = await readUsersFile(this.path);
    this.seen = { key, state };
    return state;
  }
}

/** Whether logging in is needed: some users exist (or the file is there but damaged: closed). */
export const loginRequired = (s: UsersState): boolean => !s.ok || (s.file !== null && s.file.users.length > 0);
