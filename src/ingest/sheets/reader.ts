/**
 * Reads `gsheets:<id>` sources: fetch (with our retries), build the sheet model, keep the
 * last good snapshot on disk, and fall back to it when Google cannot be reached.
 */
import { join } from 'node:path';
import { networkErrorText, sheetsFallbackReason } from '../../messages/sheets.ts';
import { makeIssue, SourceError, type LedgerIssue, type Place } from '../issues.ts';
import type { WorkbookModel } from '../model.ts';
import { buildWorkbook, workbookName } from './build-workbook.ts';
import { DEFAULT_CACHE_DIR, SnapshotCache } from './cache.ts';
import { formatCacheTime } from './cache-time.ts';
import {
  apiKeySession,
  clientSession,
  DeadlinePassed,
  fetchSnapshot,
  serviceAccountSession,
  type ClientOptions,
  type Identity,
  type SheetsAuth,
  type SheetsSession,
} from './client.ts';
import { KeyFileError, loadServiceAccountKey, type CredentialSource } from './credentials.ts';
import { classifyFailure, isTransient, type SheetsFailure } from './failure.ts';
import { DEFAULT_DEADLINE_MS, DEFAULT_TIMEOUT_MS } from './defaults.ts';
import { DEFAULT_RETRY, type RetryPolicy } from './retry.ts';
import type { SheetsSnapshot } from './snapshot.ts';
import { parseSpreadsheetId } from './spreadsheet-id.ts';

/** A workbook read from a remote source, with notes such as "数据来自 … 的缓存". */
export interface RemoteRead {
  readonly workbook: WorkbookModel;
  readonly notes: readonly LedgerIssue[];
}

/** One refresh: every spreadsheet read in it ends by `deadlineAt` (Date.now() milliseconds). */
export interface Refresh {
  readonly deadlineAt: number;
}

/** Without a refresh, the read has the reader's own deadline from when it starts. */
export type SheetsReader = (ref: { readonly type: 'gsheets'; readonly id: string }, refresh?: Refresh) => Promise<RemoteRead>;

export interface SheetsReaderOptions extends ClientOptions {
  /** Where the credentials come from; default: none (the config module names them). */
  readonly credentials?: CredentialSource;
  /** A ready auth object instead (API key string, OAuth2Client, JWT, GoogleAuth). */
  readonly auth?: SheetsAuth;
  /** Snapshot folder; null = no cache. Default `.union-dash-cache` in the working directory. */
  readonly cacheDir?: string | null;
  readonly retry?: Partial<RetryPolicy>;
  /** Per request (default 10 s); Google itself gives up after 180 s. */
  readonly timeoutMs?: number;
  /**
   * One refresh of all spreadsheets ends within this (default 15 s); a read cut off by it
   * falls back to the last good snapshot, as for a refused connection.
   */
  readonly deadlineMs?: number;
  readonly now?: () => Date;
}

export { DEFAULT_DEADLINE_MS, DEFAULT_TIMEOUT_MS };

/** A credential problem found before any request. */
class CredentialProblem extends Error {
  constructor(readonly failure: { kind: 'none' } | { kind: 'key_file'; path: string; reason: string }) {
    super(failure.kind);
  }
}

async function openSession(o: SheetsReaderOptions): Promise<SheetsSession> {
  if (o.auth !== undefined) return clientSession(o.auth, o);
  const source = o.credentials ?? { kind: 'none' };
  switch (source.kind) {
    case 'none':
      throw new CredentialProblem({ kind: 'none' });
    case 'api_key':
      return apiKeySession(source.key, o);
    default:
      try {
        return serviceAccountSession(await loadServiceAccountKey(source), o);
      } catch (e) {
        if (e instanceof KeyFileError) throw new CredentialProblem({ kind: 'key_file', path: e.path, reason: e.reason });
        throw e;
      }
  }
}

function fallbackReason(f: SheetsFailure): string {
  if (f.kind === 'quota') return sheetsFallbackReason.quota;
  if (f.kind === 'server') return sheetsFallbackReason.server(f.status);
  return sheetsFallbackReason.network(networkErrorText[f.kind === 'network' ? f.code : ''] ?? (f.kind === 'network' ? f.code : ''));
}

/** The chair's one-line explanation of a failure that stops this source. */
function failureIssue(f: SheetsFailure, place: Place, id: string, who: Identity | null, cachedAt: string | null): LedgerIssue {
  switch (f.kind) {
    case 'network':
      return makeIssue(place, 'gsheets_unreachable', { reason: networkErrorText[f.code] ?? f.code });
    case 'quota':
      return makeIssue(place, 'gsheets_quota', {});
    case 'server':
      return makeIssue(place, 'gsheets_server_error', { status: f.status });
    case 'bad_range':
      return makeIssue(place, 'gsheets_bad_range', { detail: f.detail, cachedAt });
    case 'api_key_invalid':
      return makeIssue(place, 'gsheets_api_key_invalid', { cachedAt });
    case 'unauthenticated':
      return makeIssue(place, 'gsheets_unauthenticated', { cachedAt });
    case 'missing_credentials':
      return makeIssue(place, 'gsheets_no_credentials', { cachedAt });
    case 'api_disabled':
      return makeIssue(place, 'gsheets_api_disabled', { project: f.project, cachedAt });
    case 'not_found':
      return makeIssue(place, 'gsheets_not_found', { id, cachedAt });
    case 'not_native':
      return makeIssue(place, 'gsheets_not_native', { cachedAt });
    case 'key_rejected':
      return makeIssue(place, 'gsheets_key_rejected', { reason: f.reason, cachedAt });
    case 'unexpected':
      return makeIssue(place, 'gsheets_unexpected', { detail: f.detail, cachedAt });
    case 'permission':
      if (who?.kind === 'api_key') return makeIssue(place, 'gsheets_not_public', { cachedAt });
      if (who?.email) return makeIssue(place, 'gsheets_not_shared', { email: who.email, cachedAt });
      return makeIssue(place, 'gsheets_no_permission', { cachedAt });
  }
}

/**
 * `work` settled, or DeadlinePassed at the deadline with `work`'s requests aborted: nothing
 * it does (a token request, a socket that never answers) can hold the refresh past it.
 */
async function beforeDeadline<T>(deadlineAt: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const abort = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      abort.abort();
      reject(new DeadlinePassed());
    }, Math.max(0, deadlineAt - Date.now()));
  });
  try {
    return await Promise.race([work(abort.signal), expired]);
  } finally {
    clearTimeout(timer);
  }
}

const cacheStamp = (s: SheetsSnapshot) => formatCacheTime(s.fetchedAt, s.spreadsheet.properties?.timeZone);

export function createSheetsReader(options: SheetsReaderOptions = {}): SheetsReader {
  const retry: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const now = options.now ?? (() => new Date());
  const deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const cacheDir = options.cacheDir === undefined ? join(process.cwd(), DEFAULT_CACHE_DIR) : options.cacheDir;
  const cache = cacheDir === null ? null : new SnapshotCache(cacheDir);
  let session: SheetsSession | null = null;

  return async (ref, refresh = { deadlineAt: Date.now() + deadlineMs }) => {
    const id = parseSpreadsheetId(ref.id);
    const place: Place = { file: `gsheets:${id ?? ref.id}`, sheet: null, cell: null };
    if (!id) throw new SourceError(makeIssue(place, 'gsheets_bad_id', { id: ref.id }));
    const cached = async () => (cache ? await cache.load(id) : null);

    try {
      session ??= await openSession(options);
    } catch (e) {
      if (!(e instanceof CredentialProblem)) throw e;
      const old = await cached();
      const cachedAt = old ? cacheStamp(old) : null;
      const f = e.failure;
      const issue =
        f.kind === 'none'
          ? makeIssue(place, 'gsheets_no_credentials', { cachedAt })
          : makeIssue(place, 'gsheets_key_file', { path: f.path, reason: f.reason, cachedAt });
      throw new SourceError(issue, { cause: e });
    }

    let snapshot: SheetsSnapshot;
    try {
      snapshot = await beforeDeadline(refresh.deadlineAt, (signal) =>
        fetchSnapshot(session!, id, { retry, timeoutMs, now, signal, msLeft: () => refresh.deadlineAt - Date.now() }),
      );
    } catch (e) {
      const failure = classifyFailure(e);
      const old = await cached();
      if (old && isTransient(failure)) {
        const built = buildWorkbook(old);
        const note = makeIssue({ file: built.workbook.file, sheet: null, cell: null }, 'gsheets_from_cache', {
          time: cacheStamp(old),
          reason: fallbackReason(failure),
        });
        return { workbook: built.workbook, notes: [note, ...built.notes] };
      }
      const who = session.identity;
      session = null; // a fixed key file or sharing is picked up on the next refresh
      throw new SourceError(failureIssue(failure, place, id, who, old ? cacheStamp(old) : null), { cause: e });
    }

    const built = buildWorkbook(snapshot);
    const notes: LedgerIssue[] = [...built.notes];
    if (cache) {
      try {
        await cache.save(snapshot);
      } catch (e) {
        const path = cache.pathFor(id);
        const reason = (e as NodeJS.ErrnoException).code ?? String(e);
        notes.push(makeIssue({ file: workbookName(snapshot), sheet: null, cell: null }, 'gsheets_cache_unwritable', { path, reason }));
      }
    }
    return { workbook: built.workbook, notes };
  };
}
