/**
 * The fixtures read from .xlsx and from the fake Google Sheets give the same `check --json`
 * (same sheets, cells, codes) and byte-identical metrics JSON, apart from source names.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import { createSheetsReader } from '../../src/ingest/sheets/index.ts';
import { computeMetrics } from '../../src/metrics/index.ts';
import { runCli } from '../helpers/cli.ts';
import { startLeakTrap, type LeakTrap } from '../fake-sheets/leak-trap.ts';
import { startFakeSheets, type FakeSheets } from '../fake-sheets/server.ts';
import { asSheetsNames, FIXTURES, fixtureBooks, type FixtureBook } from './fixture-books.ts';

const KEY = 'AIzaEquivalenceKey';
const AS_OF = '2026-06-30';

let books: FixtureBook[];
let fake: FakeSheets;
let trap: LeakTrap;
let restoreProxy: () => void;
const savedEnv = { ...process.env };

beforeAll(async () => {
  trap = await startLeakTrap();
  restoreProxy = trap.install();
  books = await fixtureBooks();
  fake = await startFakeSheets({ spreadsheets: books.map((b) => b.book), credentials: { apiKeys: { [KEY]: 1 } }, readsPerMinutePerUser: 10_000 });
  // `union-dash check gsheets:…` reads its settings from the environment, like a school's server
  for (const v of ['UNION_DASH_GOOGLE_KEY', 'GOOGLE_APPLICATION_CREDENTIALS']) delete process.env[v];
  process.env.UNION_DASH_GOOGLE_API_KEY = KEY;
  process.env.UNION_DASH_SHEETS_ROOT_URL = fake.url;
  process.env.UNION_DASH_CACHE_DIR = await mkdtemp(join(tmpdir(), 'union-dash-cache-'));
});
afterAll(async () => {
  process.env = savedEnv;
  await fake.close();
  await trap.close();
  restoreProxy();
  expect(trap.attempts).toEqual([]);
});

const sources = () => books.map((b) => `gsheets:${b.book.spreadsheetId}`);

const FOLDER_NOTES = new Set(['file_skipped', 'folder_skipped']);
const withoutFolderNotes = <T extends { issues: readonly { code: string }[] }>(x: T): T => ({ ...x, issues: x.issues.filter((i) => !FOLDER_NOTES.has(i.code)) });

describe('Excel and Google Sheets give the same results', () => {
  it('check --json: same sheets, kinds, row accounts and issues at the same cells', async () => {
    const excel = await runCli(['check', FIXTURES, '--json']);
    const sheets = await runCli(['check', ...sources(), '--json']);
    expect(sheets.code).toBe(excel.code);
    // The folder scan's notes about files beside the workbooks (README.md, expected/) have no Sheets counterpart.
    const fromExcel = withoutFolderNotes(JSON.parse(asSheetsNames(excel.stdout, books)));
    const fromSheets = JSON.parse(sheets.stdout);
    expect(fromSheets.sources.length).toBeGreaterThanOrEqual(14);
    expect(fromSheets.issues.filter((i: { severity: string }) => i.severity !== 'info').length).toBeGreaterThan(5);
    expect(fromSheets).toEqual(fromExcel);
    expect(fake.requests.length).toBe(2 * books.length);
  });

  it('metrics JSON is byte-identical apart from source names', async () => {
    const options = { today: AS_OF, asOf: AS_OF };
    const excel = await ingest([FIXTURES], options);
    const reader = createSheetsReader({ auth: KEY, rootUrl: fake.url, cacheDir: null });
    const sheets = await ingest(sources(), { ...options, readRemote: reader });
    expect(sheets.fatal).toEqual([]);
    const fromExcel = asSheetsNames(JSON.stringify(withoutFolderNotes(computeMetrics(excel, options)), null, 2), books);
    const fromSheets = JSON.stringify(computeMetrics(sheets, options), null, 2);
    expect(fromSheets.length).toBeGreaterThan(10_000);
    expect(fromSheets).toBe(fromExcel);
  });

  it('the typed records are identical apart from source names', async () => {
    const options = { today: AS_OF, asOf: AS_OF };
    const excel = await ingest([FIXTURES], options);
    const sheets = await ingest(sources(), { ...options, readRemote: createSheetsReader({ auth: KEY, rootUrl: fake.url, cacheDir: null }) });
    expect(JSON.stringify(sheets.records)).toBe(asSheetsNames(JSON.stringify(excel.records), books));
  });
});
