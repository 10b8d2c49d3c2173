/**
 * Ledgers on a shared drive (共享盘): fs.watch sees no change another computer makes there, so
 * such folders, and folders fs.watch cannot watch, are polled (listing, size and mtime).
 * Polling is forced on a local temp folder here; which paths count as network shares is
 * tested with a stand-in machine (platform, real paths, /proc/mounts).
 */
import { mkdir, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isNetworkPath, watchSources, type PathProbe, type Watching } from '../../src/server/watch.ts';
import { tempDir } from '../helpers/workbook.ts';

let dir: string;
let watching: Watching | null = null;
let changes = 0;
let logs: string[] = [];
const logger = { info: (m: string) => logs.push(m), warn: (m: string) => logs.push(m), error: (m: string) => logs.push(m) };

beforeEach(async () => {
  dir = await tempDir();
  changes = 0;
  logs = [];
});
afterEach(async () => {
  watching?.close();
  watching = null;
  await rm(dir, { recursive: true, force: true });
});

const POLL_SECONDS = 0.1;
/** Long enough for a few looks and the debounce (longer than a look, so one save is one change). */
const settle = () => new Promise((r) => setTimeout(r, 700));

function poll(sources: string[], extra: Partial<Parameters<typeof watchSources>[0]> = {}): void {
  watching = watchSources({ sources, debounceMs: 150, pollSeconds: POLL_SECONDS, forcePolling: true, onChange: () => changes++, logger, ...extra });
}

describe('polling a folder', () => {
  it('picks up a new workbook, a save over one (same size, new time), a removal, and a new config file; not lock files or other files', async () => {
    await writeFile(join(dir, '名册.xlsx'), 'one');
    poll([dir]);
    await settle();
    expect(changes).toBe(0);
    expect(logs.join('\n')).toContain(`每 ${POLL_SECONDS} 秒检查一次`);

    for (const other of ['~$名册.xlsx', '说明.docx', '.名册.xlsx']) await writeFile(join(dir, other), 'x');
    await settle();
    expect(changes).toBe(0);

    await writeFile(join(dir, '经费.xlsx'), 'new');
    await settle();
    expect(changes).toBe(1);

    const before = await stat(join(dir, '名册.xlsx'));
    await writeFile(join(dir, '名册.xlsx'), 'two');
    await utimes(join(dir, '名册.xlsx'), before.atime, new Date(before.mtimeMs + 5000));
    await settle();
    expect(changes).toBe(2);

    await rm(join(dir, '经费.xlsx'));
    await settle();
    expect(changes).toBe(3);

    await writeFile(join(dir, 'union-dash.config.json'), '{}');
    await settle();
    expect(changes).toBe(4);
  });

  it('a file source: only that file (and the config file) counts, not its neighbours', async () => {
    const file = join(dir, '名册.xlsx');
    await writeFile(file, 'one');
    poll([file]);
    await settle();
    await writeFile(join(dir, '经费.xlsx'), 'x');
    await settle();
    expect(changes).toBe(0);
    await writeFile(file, 'longer now');
    await settle();
    expect(changes).toBe(1);
  });

  it('a share that goes away and comes back triggers a read each time', async () => {
    const share = join(dir, 'share');
    await mkdir(share);
    await writeFile(join(share, '名册.xlsx'), 'one');
    poll([share]);
    await settle();
    await rm(share, { recursive: true });
    await settle();
    expect(changes).toBe(1);
    // back in one step, as a reconnected drive is
    await mkdir(`${share}-back`);
    await writeFile(join(`${share}-back`, '名册.xlsx'), 'one');
    await rename(`${share}-back`, share);
    await settle();
    expect(changes).toBe(2);
  });

  it('stops when closed', async () => {
    poll([dir]);
    watching!.close();
    await writeFile(join(dir, '名册.xlsx'), 'x');
    await settle();
    expect(changes).toBe(0);
  });
});

describe('when it polls instead of watching', () => {
  it('a folder on a network share is polled, and says so', async () => {
    poll([dir], { forcePolling: false, isNetworkPath: () => true });
    await settle();
    expect(logs.join('\n')).toContain('在网络共享盘上');
    await writeFile(join(dir, '名册.xlsx'), 'x');
    await settle();
    expect(changes).toBe(1);
  });

  it('a local folder is watched, not polled', async () => {
    poll([dir], { forcePolling: false, isNetworkPath: () => false });
    await settle();
    expect(logs.join('\n')).not.toContain('秒检查一次');
  });

  it('a folder fs.watch cannot watch (it does not exist yet) is polled, and found once it appears', async () => {
    const later = join(dir, '以后才有', '名册.xlsx');
    poll([later], { forcePolling: false, isNetworkPath: () => false });
    await settle();
    expect(logs.join('\n')).toContain('无法直接监视');
    await mkdir(join(dir, '以后才有'));
    await writeFile(later, 'x');
    await settle();
    expect(changes).toBeGreaterThanOrEqual(1);
  });
});

describe('isNetworkPath', () => {
  const linux = (mounts: string, realpath: (p: string) => string = (p) => p): PathProbe => ({ platform: 'linux', realpath, mounts: () => mounts });
  const MOUNTS = [
    '/dev/sda1 / ext4 rw,relatime 0 0',
    'proc /proc proc rw 0 0',
    '//nas/工会 /mnt/nas cifs rw,vers=3.0 0 0',
    'nas:/export /srv/ledgers nfs4 rw 0 0',
    '/dev/sdb1 /srv/ledgers/local ext4 rw 0 0',
    'me@host:/home /media/my\\040share fuse.sshfs rw 0 0',
  ].join('\n');

  it('UNC paths are shares on any system', () => {
    expect(isNetworkPath('\\\\server\\工会\\台账', linux(''))).toBe(true);
    expect(isNetworkPath('//server/工会/台账', linux(''))).toBe(true);
    expect(isNetworkPath('\\\\?\\C:\\台账', { platform: 'win32', realpath: (p) => p, mounts: () => null })).toBe(false);
  });

  it('on Windows a mapped drive is a share when its real path is a UNC path', () => {
    const win = (real: string): PathProbe => ({ platform: 'win32', realpath: () => real, mounts: () => null });
    expect(isNetworkPath('Z:\\台账', win('\\\\server\\工会\\台账'))).toBe(true);
    expect(isNetworkPath('D:\\台账', win('D:\\台账'))).toBe(false);
  });

  it('on Linux the longest mount point holding the path decides', () => {
    expect(isNetworkPath('/mnt/nas/台账', linux(MOUNTS))).toBe(true);
    expect(isNetworkPath('/srv/ledgers/2026', linux(MOUNTS))).toBe(true);
    expect(isNetworkPath('/srv/ledgers/local/2026', linux(MOUNTS))).toBe(false);
    expect(isNetworkPath('/home/chair/台账', linux(MOUNTS))).toBe(false);
    expect(isNetworkPath('/media/my share/台账', linux(MOUNTS))).toBe(true);
    expect(isNetworkPath('/mnt/nasty', linux(MOUNTS))).toBe(false);
  });

  it('judges by the real path (a symlink into a share), and a missing path by its nearest folder', () => {
    expect(isNetworkPath('/home/chair/台账', linux(MOUNTS, (p) => (p.startsWith('/home/chair/台账') ? p.replace('/home/chair', '/mnt/nas') : p)))).toBe(true);
    const missing = (p: string) => {
      if (p.startsWith('/mnt/nas/新')) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return p;
    };
    expect(isNetworkPath('/mnt/nas/新/名册.xlsx', linux(MOUNTS, missing))).toBe(true);
  });

  it('on this machine, a temp folder is local', () => {
    expect(isNetworkPath(dir)).toBe(false);
  });
});
