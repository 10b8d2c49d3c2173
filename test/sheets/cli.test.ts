/** `union-dash check gsheets:<id>` configured only by environment variables, as a school sets it up. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { startLeakTrap, type LeakTrap } from '../fake-sheets/leak-trap.ts';
import { startFakeSheets, type FakeSheets } from '../fake-sheets/server.ts';
import { API_KEY, PRIVATE_ID, privateBook, READER_EMAIL, SPEC_ID, specBook, specCredentials } from '../fake-sheets/spec-books.ts';
import { closedUrl, serviceAccount, tempDir, writeKeyFile } from './setup.ts';

const account = serviceAccount(READER_EMAIL);
const VARS = ['UNION_DASH_GOOGLE_KEY', 'GOOGLE_APPLICATION_CREDENTIALS', 'UNION_DASH_GOOGLE_API_KEY', 'UNION_DASH_SHEETS_ROOT_URL', 'UNION_DASH_CACHE_DIR'];
const savedEnv = { ...process.env };

let fake: FakeSheets;
let trap: LeakTrap;
let restoreProxy: () => void;


beforeAll(async () => {
  trap = await startLeakTrap();
  restoreProxy = trap.install();
  fake = await startFakeSheets({ spreadsheets: [specBook(), privateBook()], credentials: specCredentials(account.publicKeyPem) });
});
afterAll(async () => {
  process.env = savedEnv;
  await fake.close();
  await trap.close();
  restoreProxy();
  expect(trap.attempts).toEqual([]);
});
beforeEach(async () => {
  for (const v of VARS) delete process.env[v];
  process.env.UNION_DASH_SHEETS_ROOT_URL = fake.url;
  process.env.UNION_DASH_CACHE_DIR = await tempDir();
  fake.requests.length = 0;
});

describe('union-dash check gsheets:<id>', () => {
  it('reads a spreadsheet shared by link with UNION_DASH_GOOGLE_API_KEY', async () => {
    process.env.UNION_DASH_GOOGLE_API_KEY = API_KEY;
    const run = await runCli(['check', `gsheets:${SPEC_ID}`]);
    expect(run.stdout).toContain('工会台账（Google 表格） › Sheet1');
    expect(run.code).not.toBe(2);
    expect(fake.requests.map((r) => r.route)).toEqual(['get', 'values.batchGet']);
  });

  it('reads a private spreadsheet with the key file named by UNION_DASH_GOOGLE_KEY or GOOGLE_APPLICATION_CREDENTIALS', async () => {
    const key = await writeKeyFile(await tempDir(), account);
    process.env.UNION_DASH_GOOGLE_KEY = key;
    expect((await runCli(['check', `gsheets:${PRIVATE_ID}`])).stdout).toContain('经费台账（Google 表格）');
    delete process.env.UNION_DASH_GOOGLE_KEY;
    process.env.GOOGLE_APPLICATION_CREDENTIALS = key;
    expect((await runCli(['check', `gsheets:${PRIVATE_ID}`])).stdout).toContain('经费台账（Google 表格）');
  });

  it('exits 2 with one Chinese line and its fix when the spreadsheet cannot be read', async () => {
    process.env.UNION_DASH_GOOGLE_API_KEY = API_KEY;
    const run = await runCli(['check', 'gsheets:1NoSuchSpreadsheet00000000000000000']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'gsheets:1NoSuchSpreadsheet00000000000000000：找不到 ID 为“1NoSuchSpreadsheet00000000000000000”的 Google 表格（404）：请核对网址中 /d/ 与 /edit 之间的 ID，并确认表格没有被删除',
    );
  });

  it('exits 2 naming the variables to set when no credentials are configured, without any request', async () => {
    const run = await runCli(['check', `gsheets:${SPEC_ID}`, '--json']);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout).issues[0]).toMatchObject({ code: 'gsheets_no_credentials', file: `gsheets:${SPEC_ID}` });
    expect(fake.requests).toEqual([]);
  });

  it('works offline from the cache of the last good read, saying so', async () => {
    process.env.UNION_DASH_GOOGLE_API_KEY = API_KEY;
    const online = await runCli(['check', `gsheets:${SPEC_ID}`, '--json']);
    process.env.UNION_DASH_SHEETS_ROOT_URL = await closedUrl();
    const offline = await runCli(['check', `gsheets:${SPEC_ID}`, '--json']);
    expect(offline.code).toBe(online.code);
    const [note, ...rest] = JSON.parse(offline.stdout).issues;
    expect(note).toMatchObject({ code: 'gsheets_from_cache', severity: 'warning' });
    expect(note.message).toMatch(/^数据来自 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 的缓存（原因：无法连接 Google（连接被拒绝））/);
    expect(rest).toEqual(JSON.parse(online.stdout).issues);
  });
});
