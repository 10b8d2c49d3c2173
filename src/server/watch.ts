/**
 * Notices when the sources change: fs.watch on each file's folder (editors save by writing
 * a temporary file and renaming it over the old one, which a watch on the file itself would
 * lose) or on each source folder, debounced so one save triggers one read. Google
 * spreadsheets have no change events and are polled at the Sheets adapter's interval.
 *
 * fs.watch misses changes made by another computer on a network share (共享盘), so a folder
 * on one (a Windows UNC path or mapped drive, a Linux nfs/cifs/sshfs… mount), or one fs.watch
 * cannot watch (it throws, or reports an error later), is polled instead: every `pollSeconds`
 * its listing and each relevant file's size and modification time are compared with the last look.
 */
import { realpathSync, readFileSync, watch, statSync, type FSWatcher } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { DEFAULT_POLL_SECONDS } from '../config/load.ts';
import { CONFIG_FILE } from '../ingest/overrides.ts';
import { isWorkbookName } from '../ingest/sources.ts';
import { pollInterval } from '../ingest/sheets/poll.ts';
import type { Logger } from './clock.ts';
import { text } from '../messages/server.ts';


export interface WatchOptions {
  readonly sources: readonly string[];
  /** Quiet time after the last change before `onChange` runs. */
  readonly debounceMs: number;
  /** Interval for Google spreadsheets; default: the Sheets adapter's poll interval. */
  readonly pollMs?: number;
  /** Seconds between two looks at a polled folder (on a network share, or not watchable); default 10. */
  readonly pollSeconds?: number;
  /** Poll every local source instead of watching it (a share the checks below miss; tests). */
  readonly forcePolling?: boolean;
  /** Whether a path is on a network share; default: {@link isNetworkPath} on this machine. */
  readonly isNetworkPath?: (path: string) => boolean;
  readonly onChange: () => void;
  readonly logger: Logger;
}

export interface Watching {
  close(): void;
}

const isRemote = (s: string) => s.startsWith('gsheets:') || /^https?:\/\//i.test(s);

/** A change worth a re-read: a workbook (not an Office lock file or a hidden file) or the config file. */
function relevant(name: string | null, only?: string): boolean {
  if (name === null) return true;
  const n = basename(name);
  if (only !== undefined) return n === only || n === CONFIG_FILE;
  return isWorkbookName(n) || n === CONFIG_FILE;
}

/** What {@link isNetworkPath} asks of the machine. */
export interface PathProbe {
  readonly platform: NodeJS.Platform;
  /** The real path (on Windows, a mapped network drive resolves to its `\\server\share` path); throws when missing. */
  readonly realpath: (path: string) => string;
  /** The text of /proc/mounts, or null where there is none. */
  readonly mounts: () => string | null;
}

const systemProbe: PathProbe = {
  platform: process.platform,
  realpath: (p) => realpathSync.native(p),
  mounts: () => {
    try {
      return readFileSync('/proc/mounts', 'utf8');
    } catch {
      return null;
    }
  },
};

/** Network and host-shared filesystems, where fs.watch does not see what another machine writes. */
const NETWORK_FILESYSTEMS = new Set([
  'nfs', 'nfs4', 'cifs', 'smb3', 'smbfs', 'ncpfs', 'afs', 'ceph', 'glusterfs', 'lustre', 'gpfs', 'davfs', '9p', 'drvfs', 'vboxsf', 'virtiofs',
  'fuse.sshfs', 'sshfs', 'fuse.glusterfs', 'fuse.davfs2', 'fuse.rclone', 'fuse.s3fs', 'fuse.grpcfuse',
]);

/** `\\server\share\…` or `//server/share/…`, not the `\\?\` or `\\.\` device prefixes. */
const isUnc = (p: string) => /^[\\/]{2}[^\\/?.]/.test(p);

const unescapeMount = (field: string) => field.replace(/\\([0-7]{3})/g, (_m, octal: string) => String.fromCharCode(parseInt(octal, 8)));

/**
 * Whether `path` is on a network share: a UNC path, or on Windows a mapped drive (its real
 * path is a UNC path); on Linux, the filesystem type of the longest mount point holding it.
 * A path that does not exist yet is judged by its nearest existing folder.
 */
export function isNetworkPath(path: string, probe: PathProbe = systemProbe): boolean {
  if (isUnc(path)) return true;
  let real: string | null = null;
  for (let p = path; real === null; p = dirname(p)) {
    try {
      real = probe.realpath(p);
    } catch {
      if (dirname(p) === p) return false;
    }
  }
  if (isUnc(real)) return true;
  if (probe.platform !== 'linux') return false;
  let best: { point: string; type: string } | null = null;
  for (const line of (probe.mounts() ?? '').split('\n')) {
    const [, rawPoint, type] = line.split(' ');
    if (rawPoint === undefined || type === undefined) continue;
    const point = unescapeMount(rawPoint);
    const holds = point === '/' || real === point || real.startsWith(`${point}/`);
    if (holds && (best === null || point.length >= best.point.length)) best = { point, type };
  }
  return best !== null && NETWORK_FILESYSTEMS.has(best.type);
}

/** One look at a folder: its relevant entries with their size and modification time, or why it could not be read. */
async function look(dir: string, only?: string): Promise<string> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => relevant(n, only)).sort();
  } catch (e) {
    return `!${(e as NodeJS.ErrnoException).code ?? String(e)}`;
  }
  const entries = await Promise.all(
    names.map(async (n) => {
      try {
        const s = await stat(join(dir, n));
        return `${n}\t${s.size}\t${s.mtimeMs}`;
      } catch (e) {
        return `${n}\t!${(e as NodeJS.ErrnoException).code ?? String(e)}`;
      }
    }),
  );
  return entries.join('\n');
}

export function watchSources(options: WatchOptions): Watching {
  const { sources, debounceMs, onChange, logger } = options;
  const pollSeconds = options.pollSeconds !== undefined && options.pollSeconds > 0 ? options.pollSeconds : DEFAULT_POLL_SECONDS;
  const onShare = options.isNetworkPath ?? ((p: string) => isNetworkPath(p));
  let closed = false;
  let timer: NodeJS.Timeout | null = null;
  const trigger = () => {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      onChange();
    }, debounceMs);
  };

  /** Folders looked at every pollSeconds, each with its last look. */
  const polled: { dir: string; only: string | undefined; last: Promise<string> }[] = [];
  let poller: NodeJS.Timeout | null = null;
  let looking = false;
  /** `why`: the log line saying so, null when a warning already did. */
  const startPolling = (dir: string, only: string | undefined, why: string | null) => {
    if (closed) return;
    if (why !== null) logger.info(why);
    polled.push({ dir, only, last: look(dir, only) });
    if (poller) return;
    poller = setInterval(async () => {
      if (looking) return; // a slow share: the previous look is still going
      looking = true;
      try {
        for (const p of polled) {
          const [before, now] = await Promise.all([p.last, look(p.dir, p.only)]);
          p.last = Promise.resolve(now);
          if (now !== before) trigger();
        }
      } finally {
        looking = false;
      }
    }, pollSeconds * 1000);
    poller.unref();
  };

  const watchers: FSWatcher[] = [];
  const add = (path: string, only?: string) => {
    if (options.forcePolling) return startPolling(path, only, text.poll.forced(path, pollSeconds));
    if (onShare(path)) return startPolling(path, only, text.poll.onShare(path, pollSeconds));
    try {
      const w = watch(path, { persistent: false }, (_event, name) => {
        if (relevant(name === null ? null : String(name), only)) trigger();
      });
      w.on('error', (e) => {
        w.close();
        logger.warn(text.poll.watchFailed(path, e.message, pollSeconds));
        startPolling(path, only, null);
        trigger(); // what happened to the folder may have changed the ledgers
      });
      watchers.push(w);
    } catch (e) {
      logger.warn(text.poll.watchFailed(path, e instanceof Error ? e.message : String(e), pollSeconds));
      startPolling(path, only, null);
    }
  };
  for (const s of sources) {
    if (isRemote(s)) continue;
    let dir = false;
    try {
      dir = statSync(s).isDirectory();
    } catch {
      // A source that is missing now may appear later: watch the folder it would be in.
    }
    if (dir) add(s);
    else add(dirname(s), basename(s));
  }

  const remote = sources.filter(isRemote).length;
  const poll = remote > 0 ? setInterval(onChange, options.pollMs ?? pollInterval(remote)) : null;
  poll?.unref();
  logger.info(text.log.watching(sources.length));

  return {
    close() {
      if (timer) clearTimeout(timer);
      if (poll) clearInterval(poll);
      if (poller) clearInterval(poller);
      closed = true;
      for (const w of watchers) w.close();
    },
  };
}
