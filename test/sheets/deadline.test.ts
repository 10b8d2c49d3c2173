/**
 * issue 16.1: a Google that accepts the connection and never answers cannot hold a refresh.
 * All spreadsheets are fetched together, each request has its own timeout, retries stay
 * inside the refresh deadline, and then the last good snapshots are used, with the banner note.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_INGEST_CONFIG } from '../../src/ingest/ingest-config.ts';
import { ingest } from '../../src/ingest/index.ts';
import { loadConfig } from '../../src/config/index.ts';
import { startLeakTrap, type LeakTrap } from '../fake-sheets/leak-trap.ts';
import { startFakeSheets, type FakeSheets } from '../fake-sheets/server.ts';
import { API_KEY, SPEC_ID, specBook, specCredentials } from '../fake-sheets/spec-books.ts';
import { serviceAccount, tempDir } from './setup.ts';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const OTHER_ID = '1OtherSheetAbcdefghijklmnopqrstuvwxyz01234';
const SOURCES = [`gsheets:${SPEC_ID}`, `gsheets:${OTHER_ID}`];

/** Accepts every connection, reads the request, never writes a byte back. */
interface Silent {
  readonly url: string;
  /** The first line of each request received. */
  readonly requests: string[];
  close(): Promise<void>;
}
async function startSilent(): Promise<Silent> {
  const sockets = new Set<Socket>();
  const requests: string[] = [];
  const srv: Server = createServer((s) => {
    sockets.add(s);
    s.setEncoding('utf8').once('data', (d: string) => requests.push(d.split('\r\n')[0]!));
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(srv.address() as { port: number }).port}/`,
    requests,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => srv.close(() => r()));
    },
  };
}

let fake: FakeSheets;
let silent: Silent;
let trap: LeakTrap;
let restoreEnv: () => void;

beforeAll(async () => {
  trap = await startLeakTrap();
  restoreEnv = trap.install();
  const account = serviceAccount('union-dash@school-project.iam.gserviceaccount.com');
  fake = await startFakeSheets({ spreadsheets: [specBook(), { ...specBook(), spreadsheetId: OTHER_ID, title: '活动台账' }], credentials: specCredentials(account.publicKeyPem) });
  silent = await startSilent();
});
afterAll(async () => {
  await fake.close();
  await silent.close();
  await trap.close();
  restoreEnv();
  expect(trap.attempts).toEqual([]);
});

const sheets = (rootUrl: string, cacheDir: string, limits: { deadlineMs: number; timeoutMs: number }) => ({
  ...DEFAULT_INGEST_CONFIG,
  sheets: { auth: API_KEY, rootUrl, cacheDir, retry: { baseMs: 100, capMs: 200 }, ...limits },
});

describe('a Google that never answers', () => {
  it('ends the refresh at its deadline with both spreadsheets from their last good snapshots, fetched together', async () => {
    const cacheDir = await tempDir();
    const live = await ingest(SOURCES, { today: '2026-03-31', config: sheets(fake.url, cacheDir, { deadlineMs: 15_000, timeoutMs: 10_000 }) });
    expect(live.fatal).toEqual([]);

    const started = Date.now();
    const res = await ingest(SOURCES, { today: '2026-03-31', config: sheets(silent.url, cacheDir, { deadlineMs: 1_500, timeoutMs: 600 }) });
    const seconds = (Date.now() - started) / 1000;

    expect(res.fatal).toEqual([]);
    const notes = res.issues.filter((i) => i.code === 'gsheets_from_cache');
    expect(notes.map((n) => n.file)).toEqual(['工会台账（Google 表格）', '活动台账（Google 表格）']);
    for (const n of notes) expect(n.message).toContain('原因：无法连接 Google（等待 Google 响应超时）');
    const read = (r: typeof res) => r.sheets.map((s) => [s.file, s.sheet, s.kind, s.rows_read]);
    expect(read(res)).toEqual(read(live));
    expect(res.sheets.length).toBeGreaterThan(0);
    // both were asked for at once, and tried again within the deadline
    expect(silent.requests.filter((r) => r.includes(SPEC_ID)).length).toBeGreaterThanOrEqual(2);
    expect(silent.requests.filter((r) => r.includes(OTHER_ID)).length).toBeGreaterThanOrEqual(2);
    // the deadline is the contract: 1.5 s, not 4 tries × the per-request timeout one spreadsheet after another
    expect(seconds).toBeLessThan(1.5 + 1);
  }, 20_000);

  it('without a snapshot, the spreadsheet is one Chinese line saying Google did not answer', async () => {
    const res = await ingest([`gsheets:${SPEC_ID}`], { today: '2026-03-31', config: sheets(silent.url, await tempDir(), { deadlineMs: 1_000, timeoutMs: 400 }) });
    expect(res.fatal.map((i) => [i.code, i.message])).toEqual([['gsheets_unreachable', expect.stringContaining('等待 Google 响应超时')]]);
  }, 20_000);
});

describe('the limits in union-dash.config.json', () => {
  it('google.deadlineSeconds and google.timeoutSeconds set the refresh deadline and each request’s timeout; 15 s and 10 s by default', async () => {
    const dir = await tempDir();
    const plain = await loadConfig({ sources: [dir], env: {}, cwd: dir });
    expect([plain.ingest.sheets.deadlineMs, plain.ingest.sheets.timeoutMs]).toEqual([undefined, undefined]);
    const { DEFAULT_DEADLINE_MS, DEFAULT_TIMEOUT_MS } = await import('../../src/ingest/sheets/defaults.ts');
    expect([DEFAULT_DEADLINE_MS, DEFAULT_TIMEOUT_MS]).toEqual([15_000, 10_000]);
    await writeFile(join(dir, 'union-dash.config.json'), JSON.stringify({ google: { deadlineSeconds: 30, timeoutSeconds: 5 } }));
    const set = await loadConfig({ sources: [dir], env: {}, cwd: dir });
    expect([set.ingest.sheets.deadlineMs, set.ingest.sheets.timeoutMs]).toEqual([30_000, 5_000]);
  });
});
