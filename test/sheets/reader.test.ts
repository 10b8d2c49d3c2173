/** The Sheets adapter with the real @googleapis/sheets client against the local fake. */
import { auth as googleAuth } from '@googleapis/sheets';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SourceError } from '../../src/ingest/issues.ts';
import type { SheetModel } from '../../src/ingest/model.ts';
import type { SheetsReader } from '../../src/ingest/sheets/index.ts';
import { startLeakTrap, type LeakTrap } from '../fake-sheets/leak-trap.ts';
import { startFakeSheets, type FakeSheets } from '../fake-sheets/server.ts';
import {
  API_KEY,
  DISABLED_API_KEY,
  DISABLED_PROJECT,
  PRIVATE_ID,
  privateBook,
  READER_EMAIL,
  READER_TOKEN,
  SPEC_ID,
  specBook,
  specCredentials,
  STRANGER_TOKEN,
} from '../fake-sheets/spec-books.ts';
import { closedUrl, FETCHED_AT_SHOWN, serviceAccount, tempDir, testReader, writeKeyFile } from './setup.ts';

const reader = serviceAccount(READER_EMAIL);
const outsider = serviceAccount('outsider@other-project.iam.gserviceaccount.com');
const unknown = serviceAccount('deleted@school-project.iam.gserviceaccount.com');
const credentials = {
  ...specCredentials(reader.publicKeyPem),
  serviceAccounts: {
    [reader.email]: { publicKeyPem: reader.publicKeyPem, project: 1 },
    [outsider.email]: { publicKeyPem: outsider.publicKeyPem, project: 1 },
  },
};

let fake: FakeSheets;
let bare: FakeSheets;
let trap: LeakTrap;
let restoreEnv: () => void;
let dir: string;
let sleeps: number[];
let keyFile: string;


beforeAll(async () => {
  trap = await startLeakTrap();
  restoreEnv = trap.install();
  fake = await startFakeSheets({ spreadsheets: [specBook(), privateBook()], credentials, readsPerMinutePerUser: 10_000 });
  bare = await startFakeSheets({ spreadsheets: [specBook()], credentials, unicodeTitles: 'bare', readsPerMinutePerUser: 10_000 });
  keyFile = await writeKeyFile(await tempDir(), reader);
});
afterAll(async () => {
  await fake.close();
  await bare.close();
  await trap.close();
  restoreEnv();
  expect(trap.attempts, 'requests that tried to leave 127.0.0.1').toEqual([]);
});
beforeEach(async () => {
  dir = await tempDir();
  sleeps = [];
  fake.requests.length = 0;
});
afterEach(() => {
  fake.onAnswered = null;
});

const read = (r: SheetsReader, id = SPEC_ID) => r({ type: 'gsheets', id });
const apiKeyReader = (o = {}) => testReader(fake.url, dir, sleeps, { auth: API_KEY, ...o });
const saReader = (path = keyFile, o = {}) => testReader(fake.url, dir, sleeps, { credentials: { kind: 'service_account', path }, ...o });

async function failure(p: Promise<unknown>) {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(SourceError);
  return (e as SourceError).issue;
}

const grid = (s: SheetModel) => Array.from({ length: s.rowCount }, (_, r) => Array.from({ length: s.columnCount }, (_, c) => s.cell(r, c).value));

describe('reading a spreadsheet', () => {
  it('makes one spreadsheets.get and one values.batchGet with the settings we need', async () => {
    await read(apiKeyReader());
    expect(fake.requests.map((r) => r.route)).toEqual(['get', 'values.batchGet']);
    const [get, batch] = fake.requests.map((r) => new URL(r.url, fake.url));
    expect(get!.searchParams.get('fields')).toBe(
      'spreadsheetId,properties(title,locale,timeZone),sheets(properties(sheetId,title,index,sheetType,hidden,gridProperties(rowCount,columnCount)),merges)',
    );
    expect(batch!.searchParams.getAll('ranges')).toEqual(["'Sheet1'", "'Class Data'", "'3月签到'", "'A1'", "'It''s 😀'", "'Empty'"]);
    expect(batch!.searchParams.get('valueRenderOption')).toBe('UNFORMATTED_VALUE');
    expect(batch!.searchParams.get('dateTimeRenderOption')).toBe('SERIAL_NUMBER');
    expect(batch!.searchParams.get('key')).toBe(API_KEY);
  });

  it('fills the sheet model: serials stay numbers, booleans, blanks, merges; hidden sheets skipped with a note', async () => {
    const { workbook, notes } = await read(apiKeyReader());
    expect(workbook.file).toBe('工会台账（Google 表格）');
    expect(workbook.sheets.map((s) => s.name)).toEqual(['Sheet1', 'Class Data', '3月签到', 'A1', "It's 😀", 'Empty']);
    const sheet1 = workbook.sheets[0]!;
    expect(grid(sheet1)).toEqual([
      [2, 43831, 53],
      [null, null, null],
      ['a', null, 'c'],
      [true, null, null],
      [null, null, null],
      ['合并', '合并', null],
      ['合并', '合并', null],
    ]);
    expect(sheet1.cell(6, 1)).toEqual({ value: '合并', fromMerge: true });
    expect(workbook.sheets[5]).toMatchObject({ rowCount: 0, columnCount: 0 });
    expect(notes.map((n) => [n.sheet, n.code])).toEqual([['隐藏', 'sheet_hidden']]);
  });

  it('reads the same whether Google quotes all-Chinese titles or not', async () => {
    const quoted = await read(apiKeyReader());
    const unquoted = await read(testReader(bare.url, null, sleeps, { auth: API_KEY }));
    expect(unquoted.workbook.sheets.map(grid)).toEqual(quoted.workbook.sheets.map(grid));
  });

  it('reads a private spreadsheet with a service-account key file, signing its own token', async () => {
    const { workbook } = await read(saReader(), PRIVATE_ID);
    expect(workbook.file).toBe('经费台账（Google 表格）');
    expect(fake.requests.every((r) => String(r.headers.authorization).startsWith('Bearer ey'))).toBe(true);
  });

  it('accepts a key whose private key has literal \\n', async () => {
    const flat = await writeKeyFile(dir, reader, 'flat.json', reader.privateKeyPem.replace(/\n/g, '\\n'));
    const { workbook } = await read(saReader(flat), PRIVATE_ID);
    expect(workbook.sheets.length).toBe(6);
  });

  it("accepts the client's own auth objects: GoogleAuth with an API key, an OAuth2Client with a token", async () => {
    // without a project and a universe, GoogleAuth probes the GCE metadata server (169.254.169.254): the leak trap caught it
    const keyAuth = new googleAuth.GoogleAuth({ apiKey: API_KEY, projectId: 'school-union', universeDomain: 'googleapis.com' });
    await read(testReader(fake.url, null, sleeps, { auth: keyAuth }));
    expect(fake.requests.at(-1)!.headers['x-goog-api-key']).toBe(API_KEY);
    const oauth = new googleAuth.OAuth2();
    oauth.setCredentials({ access_token: READER_TOKEN, expiry_date: Date.now() + 3_600_000 });
    const { workbook } = await read(testReader(fake.url, null, sleeps, { auth: oauth }), PRIVATE_ID);
    expect(workbook.sheets.length).toBe(6);
  });

  it('takes the id out of a pasted address', async () => {
    const { workbook } = await read(apiKeyReader(), `https://docs.google.com/spreadsheets/d/${SPEC_ID}/edit#gid=0`);
    expect(workbook.sheets.length).toBe(6);
  });
});

describe('errors a chair can act on', () => {
  it('404: names the id to check', async () => {
    const issue = await failure(read(apiKeyReader(), '1NoSuchSpreadsheet00000000000000000'));
    expect(issue).toMatchObject({ code: 'gsheets_not_found', severity: 'error', file: 'gsheets:1NoSuchSpreadsheet00000000000000000' });
    expect(issue.message).toContain('找不到 ID 为“1NoSuchSpreadsheet00000000000000000”的 Google 表格');
  });

  it('403 not shared: names the service account e-mail from the key file to share with', async () => {
    const path = await writeKeyFile(dir, outsider, 'outsider.json');
    const issue = await failure(read(saReader(path), PRIVATE_ID));
    expect(issue.code).toBe('gsheets_not_shared');
    expect(issue.message).toContain(`把 ${outsider.email} 添加为“查看者”`);
    expect(fake.requests.length).toBe(1); // 403 is never retried
  });

  it('403 for an API key on a spreadsheet not shared by link, or another account', async () => {
    expect((await failure(read(apiKeyReader(), PRIVATE_ID))).code).toBe('gsheets_not_public');
    const oauth = new googleAuth.OAuth2();
    oauth.setCredentials({ access_token: STRANGER_TOKEN, expiry_date: Date.now() + 3_600_000 });
    expect((await failure(read(testReader(fake.url, null, sleeps, { auth: oauth }), PRIVATE_ID))).code).toBe('gsheets_no_permission');
  });

  it('403 API not enabled: names the project and where to enable it', async () => {
    const issue = await failure(read(apiKeyReader({ auth: DISABLED_API_KEY })));
    expect(issue.code).toBe('gsheets_api_disabled');
    expect(issue.message).toContain(`项目 ${DISABLED_PROJECT} 尚未启用 Google Sheets API`);
  });

  it('403 missing key and no credentials configured: says which variable to set, without a request when nothing is set', async () => {
    expect((await failure(read(apiKeyReader({ auth: '' })))).code).toBe('gsheets_no_credentials');
    fake.requests.length = 0;
    const issue = await failure(read(testReader(fake.url, dir, sleeps, { credentials: { kind: 'none' } })));
    expect(issue.code).toBe('gsheets_no_credentials');
    expect(issue.message).toContain('UNION_DASH_GOOGLE_KEY');
    expect(fake.requests).toEqual([]);
  });

  it('400 invalid API key', async () => {
    expect((await failure(read(apiKeyReader({ auth: 'AIza-wrong' })))).code).toBe('gsheets_api_key_invalid');
  });

  it('401: a key Google no longer knows (deleted service-account key)', async () => {
    const path = await writeKeyFile(dir, unknown, 'deleted.json');
    expect((await failure(read(saReader(path), PRIVATE_ID))).code).toBe('gsheets_unauthenticated');
  });

  it('a key file that is missing or broken', async () => {
    const issue = await failure(read(saReader(join(dir, 'nope.json'))));
    expect(issue.code).toBe('gsheets_key_file');
    expect(issue.message).toContain('文件不存在');
    expect(fake.requests).toEqual([]);
  });

  it('400 bad range: a sheet renamed between the two requests', async () => {
    fake.onAnswered = (r) => {
      if (r.route !== 'get') return;
      const book = specBook();
      fake.put({ ...book, sheets: book.sheets.map((s) => (s.title === 'Class Data' ? { ...s, title: 'Class Data (old)' } : s)) });
    };
    const issue = await failure(read(apiKeyReader()));
    fake.put(specBook());
    expect(issue.code).toBe('gsheets_bad_range');
    expect(issue.message).toContain("Unable to parse range: 'Class Data'");
  });

  it('network unreachable: says so, without retrying an offline machine', async () => {
    const issue = await failure(read(testReader(await closedUrl(), dir, sleeps, { auth: API_KEY })));
    expect(issue.code).toBe('gsheets_unreachable');
    expect(issue.message).toContain('连接被拒绝');
    expect(sleeps).toEqual([]);
  });

  it('an id that cannot be one', async () => {
    expect((await failure(read(apiKeyReader(), '../etc'))).code).toBe('gsheets_bad_id');
    expect(fake.requests).toEqual([]);
  });
});

describe('our retry policy', () => {
  it('retries 429 and 5xx with backoff, then succeeds', async () => {
    fake.inject({ status: 429 }, { status: 503 }, { status: 500 });
    const { workbook, notes } = await read(apiKeyReader());
    expect(workbook.sheets.length).toBe(6);
    expect(notes.map((n) => n.code)).toEqual(['sheet_hidden']);
    expect(fake.requests.map((r) => r.status)).toEqual([429, 503, 500, 200, 200]);
    expect(sleeps).toEqual([250, 500, 1000]);
  });

  it('gives up after 4 attempts: a quota error when there is no cache', async () => {
    fake.inject(...Array.from({ length: 4 }, () => ({ status: 429 as const })));
    const issue = await failure(read(apiKeyReader()));
    expect(issue.code).toBe('gsheets_quota');
    expect(fake.requests.length).toBe(4);
    expect(sleeps).toEqual([250, 500, 1000]);
  });

  it('retries a request that times out', async () => {
    fake.inject({ delayMs: 1_000 });
    await read(apiKeyReader({ timeoutMs: 100 }));
    expect(fake.requests.length).toBe(3);
    expect(sleeps).toEqual([250]);
  });

  it("retries a dropped connection; the client's own retries are off", async () => {
    fake.inject({ drop: true });
    await read(apiKeyReader());
    expect(fake.requests.length).toBe(3);
    fake.requests.length = 0;
    fake.inject({ status: 503 });
    const once = testReader(fake.url, null, sleeps, { auth: API_KEY, retry: { attempts: 1, sleep: async () => {}, random: () => 0 } });
    const issue = await failure(read(once));
    expect(issue.code).toBe('gsheets_server_error');
    expect(fake.requests.length).toBe(1);
  });
});

describe('the cache', () => {
  const cacheFile = () => join(dir, `gsheets-${SPEC_ID}.json`);

  it('keeps the last good snapshot, written whole, readable by the owner only', async () => {
    await read(apiKeyReader());
    expect(await readdir(dir)).toEqual([`gsheets-${SPEC_ID}.json`]);
    expect((await stat(cacheFile())).mode & 0o777).toBe(0o600);
    const saved = JSON.parse(await readFile(cacheFile(), 'utf8'));
    expect(saved).toMatchObject({ spreadsheetId: SPEC_ID, fetchedAt: '2026-03-08T02:00:00.000Z' });
    expect(saved.valueRanges).toHaveLength(6);
  });

  it('serves the snapshot when Google cannot be reached, also after a restart, with a note', async () => {
    const live = await read(apiKeyReader());
    const offline = await read(testReader(await closedUrl(), dir, sleeps, { auth: API_KEY }));
    expect(offline.workbook.file).toBe(live.workbook.file);
    expect(offline.workbook.sheets.map(grid)).toEqual(live.workbook.sheets.map(grid));
    const note = offline.notes[0]!;
    expect(note).toMatchObject({ code: 'gsheets_from_cache', severity: 'warning', file: '工会台账（Google 表格）' });
    expect(note.message).toBe(`数据来自 ${FETCHED_AT_SHOWN} 的缓存（原因：无法连接 Google（连接被拒绝））；连接恢复后会自动更新`);
    expect(offline.notes.slice(1).map((n) => n.code)).toEqual(['sheet_hidden']);
  });

  it('serves the snapshot after 429 or 5xx retries run out', async () => {
    await read(apiKeyReader());
    fake.inject(...Array.from({ length: 4 }, () => ({ status: 429 as const })));
    expect((await read(apiKeyReader())).notes[0]!.message).toContain('原因：超出 Google 表格读取配额');
    fake.inject(...Array.from({ length: 4 }, () => ({ status: 503 as const })));
    expect((await read(apiKeyReader())).notes[0]!.message).toContain('原因：Google 服务暂时出错（HTTP 503）');
  });

  it('does not hide a sharing or id problem behind the cache, but says a cache exists', async () => {
    await read(apiKeyReader());
    const denied = await failure(read(apiKeyReader({ auth: 'AIza-wrong' })));
    expect(denied.code).toBe('gsheets_api_key_invalid');
    expect(denied.message).toContain(`本机有 ${FETCHED_AT_SHOWN} 的缓存，但在问题解决前不会使用`);
  });

  it('ignores a damaged cache file', async () => {
    await writeFile(cacheFile(), '{"format":');
    const issue = await failure(read(testReader(await closedUrl(), dir, sleeps, { auth: API_KEY })));
    expect(issue.code).toBe('gsheets_unreachable');
  });

  it('still reads when the cache cannot be written, and warns', async () => {
    const blocker = join(dir, 'not-a-folder');
    await writeFile(blocker, '');
    const { workbook, notes } = await read(testReader(fake.url, blocker, sleeps, { auth: API_KEY }));
    expect(workbook.sheets.length).toBe(6);
    expect(notes.map((n) => [n.code, n.severity])).toContainEqual(['gsheets_cache_unwritable', 'warning']);
  });
});
