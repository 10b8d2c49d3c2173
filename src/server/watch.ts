/**
 * Notices when the sources change: fs.watch on each file's folder (editors save by writing
 * a temporary file and renaming it over the old one, which a watch on the file itself would
 * lose) or on each source folder, debounced so one save triggers one read. Google
 * spreadsheets have no change events and are polled at the Sheets adapter's interval.
 */
import { watch, statSync, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';
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

export function watchSources(options: WatchOptions): Watching {
  const { sources, debounceMs, onChange, logger } = options;
  let timer: NodeJS.Timeout | null = null;
  const trigger = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      onChange();
    }, debounceMs);
  };

  const watchers: FSWatcher[] = [];
  const add = (path: string, only?: string) => {
    try {
      const w = watch(path, { persistent: false }, (_event, name) => {
        if (relevant(name === null ? null : String(name), only)) trigger();
      });
      w.on('error', (e) => logger.warn(text.log.watchFailed(path, e.message)));
      watchers.push(w);
    } catch (e) {
      logger.warn(text.log.watchFailed(path, e instanceof Error ? e.message : String(e)));
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
      for (const w of watchers) w.close();
    },
  };
}
