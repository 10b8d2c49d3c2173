/** Google Sheets as a ledger source: the adapter's public face. */
export { createSheetsReader, DEFAULT_TIMEOUT_MS } from './reader.ts';
export type { RemoteRead, SheetsReader, SheetsReaderOptions } from './reader.ts';
export { credentialSource, normalizePrivateKey, type CredentialInput, type CredentialSource } from './credentials.ts';
export { READONLY_SCOPE, type SheetsAuth } from './client.ts';
export { DEFAULT_CACHE_DIR } from './cache.ts';
export { DEFAULT_RETRY, type RetryPolicy } from './retry.ts';
export { DEFAULT_POLL_INTERVAL_MS, READS_PER_MINUTE_PER_USER, REQUESTS_PER_REFRESH, minPollInterval, pollInterval } from './poll.ts';
export { parseSpreadsheetId } from './spreadsheet-id.ts';
