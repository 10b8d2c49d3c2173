/** Shared setup for the adapter tests: the fake, a service-account key on disk, a leak trap. */
import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSheetsReader, type SheetsReaderOptions } from '../../src/ingest/sheets/index.ts';

export const FETCHED_AT = new Date('2026-03-08T02:00:00.000Z');
/** FETCHED_AT on the spreadsheets' clock (Asia/Shanghai). */
export const FETCHED_AT_SHOWN = '2026-03-08 10:00';

export interface ServiceAccount {
  readonly email: string;
  readonly privateKeyPem: string;
  readonly publicKeyPem: string;
}

export function serviceAccount(email: string): ServiceAccount {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    email,
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/** A key file as Google Cloud's console downloads it. */
export async function writeKeyFile(dir: string, account: ServiceAccount, name = 'key.json', privateKey = account.privateKeyPem): Promise<string> {
  const path = join(dir, name);
  const json = {
    type: 'service_account',
    project_id: 'school-union',
    private_key_id: 'abc123',
    private_key: privateKey,
    client_email: account.email,
    client_id: '1234567890',
    auth_uri: 'https://accounts.google.com/o/oauth2/auth',
    token_uri: 'https://oauth2.googleapis.com/token',
  };
  await writeFile(path, JSON.stringify(json, null, 2));
  return path;
}

export const tempDir = () => mkdtemp(join(tmpdir(), 'union-dash-sheets-'));

/** A reader against the fake with instant, recorded backoff waits. */
export function testReader(rootUrl: string, cacheDir: string | null, sleeps: number[], o: Partial<SheetsReaderOptions> = {}) {
  return createSheetsReader({
    rootUrl,
    cacheDir,
    now: () => FETCHED_AT,
    retry: { sleep: async (ms) => void sleeps.push(ms), random: () => 0.5 },
    timeoutMs: 5_000,
    ...o,
  });
}

/** A port nothing listens on: connections to it are refused. */
export async function closedUrl(): Promise<string> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return `http://127.0.0.1:${port}/`;
}
