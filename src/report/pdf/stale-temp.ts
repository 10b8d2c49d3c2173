/**
 * Temp folders of printers whose process was killed (kill -9, a power cut) outlive it: each
 * launch marks its folder with the owner's pid and removes the folders of owners gone.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const TEMP_PREFIX = 'union-dash-pdf-';
const OWNER = 'owner.pid';

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: alive, but someone else's
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Marks a fresh folder as this process's. */
export const markOwner = (root: string): Promise<void> => writeFile(join(root, OWNER), String(process.pid));

/** Removes the printer folders in `parent` whose owner has gone; an unmarked one is left alone (it may be being made). */
export async function removeStale(parent: string): Promise<number> {
  let removed = 0;
  for (const name of await readdir(parent).catch(() => [] as string[])) {
    if (!name.startsWith(TEMP_PREFIX)) continue;
    const dir = join(parent, name);
    const pid = Number(await readFile(join(dir, OWNER), 'utf8').catch(() => ''));
    if (!Number.isInteger(pid) || pid <= 0 || alive(pid)) continue;
    await rm(dir, { recursive: true, force: true, maxRetries: 3 }).catch(() => {});
    removed++;
  }
  return removed;
}
