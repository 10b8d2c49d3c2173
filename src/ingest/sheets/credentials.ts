/** Where the Google credentials come from: a service-account key (file or JSON text) or an API key. */
import { createPrivateKey } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { keyFileText } from '../../messages/sheets.ts';

export type CredentialSource =
  | { readonly kind: 'service_account'; readonly path: string }
  | { readonly kind: 'service_account_json'; readonly json: string }
  | { readonly kind: 'api_key'; readonly key: string }
  | { readonly kind: 'none' };

/** Where a deployment names its credentials, most preferred first (the config module fills this from the config file and the environment). */
export interface CredentialInput {
  /** The config file's `google.keyFile`. */
  readonly keyFile?: string | undefined;
  /** UNION_DASH_GOOGLE_KEY: a key file's path, or the key's JSON itself. */
  readonly unionKey?: string | undefined;
  /** GOOGLE_APPLICATION_CREDENTIALS. */
  readonly applicationCredentials?: string | undefined;
  /** The config file's `google.apiKey`, else UNION_DASH_GOOGLE_API_KEY. */
  readonly apiKey?: string | undefined;
}

export interface ServiceAccountKey {
  readonly clientEmail: string;
  readonly privateKey: string;
  readonly privateKeyId?: string;
}

/** A key that cannot be used, with the reason in the chair's words. */
export class KeyFileError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'KeyFileError';
  }
}

const set = (v: string | undefined) => (v && v.trim() ? v.trim() : undefined);

/**
 * The config file's key file first, then UNION_DASH_GOOGLE_KEY (a path, or the JSON itself),
 * then GOOGLE_APPLICATION_CREDENTIALS, then an API key. A service account wins over an API key.
 * Relative paths are from `cwd`.
 */
export function credentialSource(input: CredentialInput, cwd: string): CredentialSource {
  const keyFile = set(input.keyFile);
  if (keyFile) return { kind: 'service_account', path: resolve(cwd, keyFile) };
  const unionKey = set(input.unionKey);
  if (unionKey?.startsWith('{')) return { kind: 'service_account_json', json: unionKey };
  if (unionKey) return { kind: 'service_account', path: resolve(cwd, unionKey) };
  const adc = set(input.applicationCredentials);
  if (adc) return { kind: 'service_account', path: resolve(cwd, adc) };
  const apiKey = set(input.apiKey);
  return apiKey ? { kind: 'api_key', key: apiKey } : { kind: 'none' };
}

/** A private key pasted through an env var or a config file often has literal `\n`. */
export function normalizePrivateKey(pem: string): string {
  return pem
    .trim()
    .replace(/^["']|["']$/g, '')
    .replace(/\\r\\n|\\n/g, '\n')
    .replace(/\r\n/g, '\n');
}

/** Reads and checks a service-account key; throws KeyFileError naming what is wrong. */
export async function loadServiceAccountKey(source: Extract<CredentialSource, { kind: 'service_account' | 'service_account_json' }>): Promise<ServiceAccountKey> {
  const label = source.kind === 'service_account' ? source.path : keyFileText.envJson;
  let text: string;
  if (source.kind === 'service_account_json') text = source.json;
  else {
    try {
      text = await readFile(source.path, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const reason =
        code === 'ENOENT' ? keyFileText.missing : code === 'EACCES' || code === 'EPERM' ? keyFileText.noPermission : code === 'EISDIR' ? keyFileText.isFolder : String(code ?? e);
      throw new KeyFileError(label, reason);
    }
  }
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, '')) as Record<string, unknown>;
  } catch {
    throw new KeyFileError(label, keyFileText.notJson);
  }
  if (json?.type !== 'service_account') {
    const what = json?.type === 'authorized_user' ? keyFileText.personalCredentials : keyFileText.notServiceAccount;
    throw new KeyFileError(label, what);
  }
  const clientEmail = typeof json.client_email === 'string' ? json.client_email.trim() : '';
  const rawKey = typeof json.private_key === 'string' ? json.private_key : '';
  if (!clientEmail || !rawKey) throw new KeyFileError(label, keyFileText.incomplete);
  const privateKey = normalizePrivateKey(rawKey);
  try {
    createPrivateKey(privateKey);
  } catch {
    throw new KeyFileError(label, keyFileText.badPrivateKey);
  }
  const privateKeyId = typeof json.private_key_id === 'string' ? json.private_key_id : undefined;
  return { clientEmail, privateKey, ...(privateKeyId ? { privateKeyId } : {}) };
}
