/** Who is calling: an API key, a known access token, or a self-signed service-account JWT. */
import { createPublicKey, createVerify, type KeyObject } from 'node:crypto';
import * as errors from './errors.ts';
import type { ErrorReply } from './errors.ts';

export interface FakeCredentials {
  /** API key → its Cloud project number. */
  readonly apiKeys: Readonly<Record<string, number>>;
  /** Bearer access token → the account it belongs to. */
  readonly accessTokens: Readonly<Record<string, { readonly principal: string; readonly project: number }>>;
  /** Service-account e-mail → its public key (PEM) and project, for self-signed JWTs. */
  readonly serviceAccounts: Readonly<Record<string, { readonly publicKeyPem: string; readonly project: number }>>;
  /** Projects where the Sheets API is not enabled. */
  readonly disabledProjects: readonly number[];
}

export interface Caller {
  /** The account (e-mail) or null for an API key. */
  readonly principal: string | null;
  readonly project: number;
  /** What the quota is counted per: the account, or the key. */
  readonly quotaUser: string;
}

const READ_SCOPES = ['https://www.googleapis.com/auth/spreadsheets.readonly', 'https://www.googleapis.com/auth/spreadsheets'];

const b64json = (part: string): Record<string, unknown> | null => {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return null;
  }
};

function verifyJwt(token: string, creds: FakeCredentials, nowSec: number, keys: Map<string, KeyObject>): Caller | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const header = b64json(parts[0]!);
  const payload = b64json(parts[1]!);
  if (!header || !payload || header.alg !== 'RS256') return null;
  const email = String(payload.iss ?? '');
  const account = creds.serviceAccounts[email];
  if (!account || payload.sub !== email) return null;
  const key = keys.get(email) ?? createPublicKey(account.publicKeyPem);
  keys.set(email, key);
  const verifier = createVerify('RSA-SHA256');
  verifier.update(`${parts[0]}.${parts[1]}`);
  if (!verifier.verify(key, Buffer.from(parts[2]!, 'base64url'))) return null;
  if (typeof payload.exp !== 'number' || payload.exp < nowSec) return null;
  const scopes = String(payload.scope ?? '').split(' ');
  const audienceOk = typeof payload.aud === 'string' && payload.aud.includes('sheets.googleapis.com');
  if (!audienceOk && !scopes.some((s) => READ_SCOPES.includes(s))) return null;
  return { principal: email, project: account.project, quotaUser: email };
}

/** The caller, or the error Google gives for missing or bad credentials. */
export function identify(
  headers: Record<string, string | string[] | undefined>,
  query: URLSearchParams,
  creds: FakeCredentials,
  nowSec: number,
  keyCache: Map<string, KeyObject>,
): Caller | ErrorReply {
  const authz = headers.authorization;
  const bearer = typeof authz === 'string' && /^Bearer\s+/i.test(authz) ? authz.replace(/^Bearer\s+/i, '') : null;
  if (bearer !== null) {
    const known = creds.accessTokens[bearer];
    if (known) return { ...known, quotaUser: known.principal };
    return verifyJwt(bearer, creds, nowSec, keyCache) ?? errors.unauthenticated();
  }
  const headerKey = headers['x-goog-api-key'];
  const key = query.get('key') ?? (typeof headerKey === 'string' ? headerKey : null);
  if (key === null || key === '') return errors.missingKey();
  const project = creds.apiKeys[key];
  if (project === undefined) return errors.invalidApiKey();
  return { principal: null, project, quotaUser: `key:${key}` };
}
