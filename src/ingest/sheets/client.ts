/** The @googleapis/sheets client and the two calls of one refresh. */
import { auth as googleAuth, sheets, type sheets_v4 } from '@googleapis/sheets';
import type { ServiceAccountKey } from './credentials.ts';
import { classifyFailure, isRetryable } from './failure.ts';
import { quoteSheetTitle } from './ranges.ts';
import { withRetry, type RetryPolicy } from './retry.ts';
import { readableSheets, SPREADSHEET_FIELDS, VALUES_FIELDS, type SheetsSnapshot } from './snapshot.ts';

export const READONLY_SCOPE = 'https://www.googleapis.com/auth/spreadsheets.readonly';
export const GOOGLE_ROOT_URL = 'https://sheets.googleapis.com/';

/** What the client accepts as `auth`: an API key string, an OAuth2Client, a JWT, a GoogleAuth. */
export type SheetsAuth = NonNullable<sheets_v4.Options['auth']>;

/** Who we read as; the e-mail is the one a chair must share the spreadsheet with. */
export type Identity =
  | { readonly kind: 'service_account'; readonly email: string }
  | { readonly kind: 'api_key' }
  | { readonly kind: 'account'; readonly email: string | null };

export interface SheetsSession {
  readonly api: sheets_v4.Sheets;
  readonly identity: Identity;
}

export interface ClientOptions {
  readonly rootUrl?: string;
  /**
   * Sign our own Bearer tokens (no call to Google's token endpoint). Always on when
   * rootUrl is not Google's: that endpoint could not vouch for another server anyway.
   */
  readonly selfSignedJwt?: boolean;
}

const isGoogle = (rootUrl: string | undefined) => !rootUrl || new URL(rootUrl).hostname.endsWith('.googleapis.com');

const api = (auth: SheetsAuth, o: ClientOptions) => sheets({ version: 'v4', auth, ...(o.rootUrl ? { rootUrl: o.rootUrl } : {}) });

export function serviceAccountSession(key: ServiceAccountKey, o: ClientOptions): SheetsSession {
  const jwt = new googleAuth.JWT({ email: key.clientEmail, key: key.privateKey, keyId: key.privateKeyId, scopes: [READONLY_SCOPE] });
  jwt.useJWTAccessWithScope = o.selfSignedJwt ?? !isGoogle(o.rootUrl);
  return { api: api(jwt, o), identity: { kind: 'service_account', email: key.clientEmail } };
}

export const apiKeySession = (key: string, o: ClientOptions): SheetsSession => ({ api: api(key, o), identity: { kind: 'api_key' } });

/** A caller-made auth object (an OAuth2Client, a JWT…); its e-mail when it has one. */
export function clientSession(auth: SheetsAuth, o: ClientOptions): SheetsSession {
  if (typeof auth === 'string') return apiKeySession(auth, o);
  const email = (auth as { email?: unknown }).email;
  return { api: api(auth, o), identity: { kind: 'account', email: typeof email === 'string' ? email : null } };
}

export interface CallOptions {
  /** Each request's own limit. */
  readonly timeoutMs: number;
  readonly retry: RetryPolicy;
  readonly now: () => Date;
  /** Milliseconds left of the refresh's deadline; tries and waits end within it. */
  readonly msLeft: () => number;
  /** Aborted at the deadline: whatever is in flight then ends. */
  readonly signal: AbortSignal;
}

/** What a request at the deadline fails with: a timeout, as the client's own. */
export class DeadlinePassed extends Error {
  readonly code = 'TIMEOUT';
  constructor() {
    super('refresh deadline passed');
  }
}

/** One `spreadsheets.get` (titles, grids, merges) and one `values.batchGet`, each under our retry policy. */
export async function fetchSnapshot(session: SheetsSession, spreadsheetId: string, o: CallOptions): Promise<SheetsSnapshot> {
  // the client's own retries are off: the policy is ours; no try outlives the deadline
  const method = () => {
    const left = o.msLeft();
    if (left <= 0 || o.signal.aborted) throw new DeadlinePassed();
    return { retry: false, timeout: Math.max(1, Math.min(o.timeoutMs, Math.floor(left))), signal: o.signal };
  };
  const retryable = (e: unknown) => isRetryable(classifyFailure(e));
  const meta = await withRetry(() => session.api.spreadsheets.get({ spreadsheetId, fields: SPREADSHEET_FIELDS }, method()), retryable, o.retry, o.msLeft);
  const ranges = readableSheets(meta.data).map((s) => quoteSheetTitle(s.properties!.title!));
  let valueRanges: sheets_v4.Schema$ValueRange[] = [];
  if (ranges.length) {
    const values = await withRetry(
      () =>
        session.api.spreadsheets.values.batchGet(
          {
            spreadsheetId,
            ranges,
            valueRenderOption: 'UNFORMATTED_VALUE',
            dateTimeRenderOption: 'SERIAL_NUMBER',
            majorDimension: 'ROWS',
            fields: VALUES_FIELDS,
          },
          method(),
        ),
      retryable,
      o.retry,
      o.msLeft,
    );
    valueRanges = values.data.valueRanges ?? [];
  }
  return { spreadsheetId, fetchedAt: o.now().toISOString(), spreadsheet: meta.data, valueRanges };
}
