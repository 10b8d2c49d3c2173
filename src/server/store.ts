/**
 * The data the server shows. A reload reads every source, computes the default metrics and
 * then swaps one immutable snapshot in; a request takes the snapshot once and uses only it.
 * A failed read keeps the last good generation and records the failure for the banner.
 */
import type { LedgerIssue } from '../ingest/index.ts';
import type { Clock, Logger } from './clock.ts';
import { schoolDateTime } from '../term/school-clock.ts';
import { termIdContaining, termIdString } from '../term/term.ts';
import { Generation, type MissingFile, type ReadFn } from './generation.ts';
import { PageCache } from './page-cache.ts';
import { text } from '../messages/server.ts';
import type { Config } from '../config/index.ts';

export interface ReadFailure {
  readonly at: Date;
  /** The problems that made the read unusable (file › sheet places, Chinese messages). */
  readonly issues: readonly LedgerIssue[];
  /** The message of an unexpected error while reading (a bug, not the chair's data). */
  readonly error: string | null;
}

export interface Snapshot {
  readonly version: number;
  /** Null until the first good read. */
  readonly generation: Generation | null;
  /** The latest read, when it failed after (or instead of) the generation shown. */
  readonly failure: ReadFailure | null;
  readonly pages: PageCache;
}

/** A snapshot with data to show. */
export type LoadedSnapshot = Snapshot & { readonly generation: Generation };

export const isLoaded = (s: Snapshot): s is LoadedSnapshot => s.generation !== null;

export interface StoreDeps {
  readonly sources: readonly string[];
  /** The configuration, loaded again for every read (a changed config file counts as a change of the sources). */
  readonly loadConfig: () => Promise<Config>;
  readonly clock: Clock;
  readonly logger: Logger;
  /** How the sources are read: ingest, or ingest and the default view in a worker thread (what the app passes). */
  readonly read: ReadFn;
  /**
   * After a failed read, read again after these delays (the last one repeats), in case the
   * cause goes away without a change event: a file unlocked, a network share back.
   */
  readonly retryMs?: readonly number[];
}

const RETRY_MS = [5_000, 15_000, 60_000];
/** setTimeout fires at once beyond this (about 24.8 days); a longer wait just checks again then. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export class DataStore {
  private snapshot: Snapshot = { version: 0, generation: null, failure: null, pages: new PageCache() };
  private inFlight: Promise<void> | null = null;
  private again = false;
  private readonly read: ReadFn;
  private readonly listeners: (() => void)[] = [];
  private retry: NodeJS.Timeout | null = null;
  private failures = 0;
  private closed = false;
  /** The next read drops every stand-in: the chair pressed 刷新. */
  private confirmed = false;
  /** When each vanished ledger file was first found missing. */
  private readonly missingSince = new Map<string, Date>();
  private expiry: NodeJS.Timeout | null = null;
  /** The configuration of the latest read. */
  config: Config | null = null;

  constructor(private readonly deps: StoreDeps) {
    this.read = deps.read;
  }

  get sources(): readonly string[] {
    return this.deps.sources;
  }

  current(): Snapshot {
    return this.snapshot;
  }

  /** Calls `listener` after every new snapshot (a new generation or a failed read). */
  onSwap(listener: () => void): void {
    this.listeners.push(listener);
    if (this.snapshot.version > 0) listener();
  }

  /**
   * Reads the sources again; concurrent calls share one read, and a call during a read queues one more.
   * `confirmed`: the chair asked for it (刷新), so a ledger file gone from its folder is gone for good.
   */
  reload(options: { confirmed?: boolean } = {}): Promise<void> {
    if (options.confirmed) this.confirmed = true;
    if (this.inFlight) {
      this.again = true;
      return this.inFlight;
    }
    const run = async () => {
      do {
        this.again = false;
        await this.loadOnce();
      } while (this.again);
    };
    this.inFlight = run().finally(() => (this.inFlight = null));
    return this.inFlight;
  }

  /** Settles when no read is in flight. */
  async idle(): Promise<void> {
    while (this.inFlight) await this.inFlight.catch(() => {});
  }

  /** Stops retrying; a read in flight still completes. */
  close(): void {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    if (this.expiry) clearTimeout(this.expiry);
    this.retry = null;
    this.expiry = null;
  }

  /**
   * Starts a reload when today has moved into another term since the generation was read:
   * ledgers that do not name their term belong to the term of the day they are read. Any
   * other new day is only a new default as-of, computed from the same read.
   */
  freshen(): void {
    const g = this.snapshot.generation;
    const term = (day: string) => termIdString(termIdContaining(day));
    if (g && !this.inFlight && term(this.deps.clock.today()) !== term(g.readOn)) void this.reload();
  }

  private async loadOnce(): Promise<void> {
    const { clock, logger, sources } = this.deps;
    const today = clock.today();
    const started = performance.now();
    let issues: readonly LedgerIssue[] = [];
    let error: string | null = null;
    let generation: Generation | null = null;
    const confirmed = this.confirmed;
    this.confirmed = false;
    try {
      const config = await this.deps.loadConfig();
      this.config = config;
      const keepMs = config.serve.missingFileMinutes * 60_000;
      const standIns = confirmed || keepMs === 0 ? undefined : this.standIns(keepMs);
      const { result, defaultView, elsewhere } = await this.read(sources, { today, config: config.ingest, ...(standIns ? { standIns } : {}) });
      issues = result.fatal;
      if (issues.length === 0) {
        generation = new Generation(this.snapshot.version + 1, today, clock.now(), result, this.trackMissing(result.standingIn, keepMs), elsewhere);
        // computed before the swap, so that the first page does not wait for it
        if (defaultView) generation.keep({}, today, defaultView);
        else await generation.dataset({}, today);
      }
    } catch (e) {
      logger.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
      error = e instanceof Error ? e.message : String(e);
    }
    const previous = this.snapshot;
    this.scheduleRetry(generation === null);
    if (generation) {
      this.snapshot = { version: previous.version + 1, generation, failure: null, pages: new PageCache() };
      const files = new Set(generation.ingest.sheets.map((s) => s.file)).size;
      logger.info(text.log.loaded(files, (performance.now() - started) / 1000));
    } else {
      this.snapshot = { version: previous.version + 1, generation: previous.generation, failure: { at: clock.now(), issues, error }, pages: new PageCache() };
      const kept = previous.generation ? schoolDateTime(previous.generation.loadedAt) : null;
      logger.warn(text.log.failed([...issues.map((i) => i.message), ...(error ? [error] : [])], kept));
    }
    for (const listener of this.listeners) listener();
  }

  /** The files of the generation shown, less the vanished ones that have been away longer than `keepMs`. */
  private standIns(keepMs: number) {
    const files = this.snapshot.generation?.ingest.files;
    if (!files) return undefined;
    const now = this.deps.clock.now().getTime();
    const expired = (path: string) => {
      const since = this.missingSince.get(path);
      return since !== undefined && now - since.getTime() >= keepMs;
    };
    return new Map([...files].filter(([path]) => !expired(path)));
  }

  /** Records when each stood-in file went missing and reads again when the first of them has been away too long. */
  private trackMissing(paths: readonly string[], keepMs: number): MissingFile[] {
    const now = this.deps.clock.now();
    for (const path of [...this.missingSince.keys()]) if (!paths.includes(path)) this.missingSince.delete(path);
    for (const path of paths) if (!this.missingSince.has(path)) this.missingSince.set(path, now);
    if (this.expiry) clearTimeout(this.expiry);
    this.expiry = null;
    const missing = paths.map((path) => {
      const since = this.missingSince.get(path)!;
      const files = this.snapshot.generation?.ingest.files;
      return { path, file: files?.get(path)?.model.file ?? path, since, until: new Date(since.getTime() + keepMs) };
    });
    const first = Math.min(...missing.map((m) => m.until.getTime()));
    if (missing.length > 0 && !this.closed) {
      this.expiry = setTimeout(() => {
        this.expiry = null;
        void this.reload();
      }, Math.min(MAX_TIMER_MS, Math.max(0, first - now.getTime())));
      this.expiry.unref();
    }
    return missing;
  }

  private scheduleRetry(failed: boolean): void {
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    this.failures = failed ? this.failures + 1 : 0;
    if (!failed || this.closed) return;
    const delays = this.deps.retryMs ?? RETRY_MS;
    const ms = delays[Math.min(this.failures, delays.length) - 1];
    if (ms === undefined) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.reload();
    }, ms);
    this.retry.unref();
  }
}
