/** The fake against the facts of google-sheets-api.md, with plain fetch: if these hold, the fake can be trusted. */
import { createSign, generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeFromXlsx } from './from-xlsx.ts';
import { startFakeSheets, type FakeSheets } from './server.ts';
import {
  API_KEY,
  DISABLED_API_KEY,
  DISABLED_PROJECT,
  HIDDEN_FIRST_ID,
  hiddenFirstBook,
  PRIVATE_ID,
  privateBook,
  READER_EMAIL,
  READER_TOKEN,
  SPEC_ID,
  specBook,
  specCredentials,
  STRANGER_TOKEN,
} from './spec-books.ts';

const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const publicPem = keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();

let fake: FakeSheets;
let bareFake: FakeSheets;
let clock = Date.UTC(2026, 2, 1, 8, 0, 0);

beforeAll(async () => {
  const books = [specBook(), privateBook(), hiddenFirstBook()];
  fake = await startFakeSheets({ spreadsheets: books, credentials: specCredentials(publicPem), readsPerMinutePerUser: 1000 });
  bareFake = await startFakeSheets({ spreadsheets: books, credentials: specCredentials(), unicodeTitles: 'bare', now: () => clock, readsPerMinutePerUser: 3 });
});
afterAll(async () => {
  await fake.close();
  await bareFake.close();
});

/** GET a raw request target (path + query exactly as written). */
async function get(target: string, headers: Record<string, string> = {}, server = fake) {
  const res = await fetch(new URL(target, server.url), { headers });
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type'), headers: res.headers, json: JSON.parse(text) as any };
}

const values = (range: string, query = '') => `/v4/spreadsheets/${SPEC_ID}/values/${range}?key=${API_KEY}${query}`;
const enc = encodeURIComponent;

describe('paths and encoding', () => {
  it('decodes a percent-encoded range after routing on the raw path', async () => {
    // exactly the client's encoding of '3月签到'!A1:Z1000
    const r = await get(values('%273%E6%9C%88%E7%AD%BE%E5%88%B0%27%21A1%3AZ1000'));
    expect(r.status).toBe(200);
    expect(r.type).toBe('application/json; charset=UTF-8');
    expect(r.json.values).toEqual([
      ['姓名', '三八健步走'],
      ['李明', '√'],
    ]);
  });

  it('accepts + for a space and unencoded ! and :', async () => {
    const r = await get(values("'Class+Data'!A1:B2"));
    expect(r.json).toEqual({ range: "'Class Data'!A1:B2", majorDimension: 'ROWS', values: [['名字', '分数'], ['张三', '90']] });
  });

  it('routes an encoded / inside a title to the values method, not to another path', async () => {
    const r = await get(values(enc("'a/b'!A1")));
    expect(r.status).toBe(400);
    expect(r.json.error.message).toBe("Unable to parse range: 'a/b'!A1");
  });

  it('repeats ranges= for batchGet and answers in request order', async () => {
    const q = ['Sheet1!A1', "'Class Data'!B2", "'3月签到'!A2"].map((r) => `ranges=${enc(r)}`).join('&');
    const r = await get(`/v4/spreadsheets/${SPEC_ID}/values:batchGet?${q}&key=${API_KEY}`);
    expect(r.json.spreadsheetId).toBe(SPEC_ID);
    expect(r.json.valueRanges.map((v: any) => [v.range, v.values])).toEqual([
      ['Sheet1!A1', [['2']]],
      ["'Class Data'!B2", [['90']]],
      ["'3月签到'!A2", [['李明']]],
    ]);
  });

  it('makes the whole batch a 400 when one range is bad', async () => {
    const r = await get(`/v4/spreadsheets/${SPEC_ID}/values:batchGet?ranges=Sheet1&ranges=${enc('NOPE!A5:F15')}&key=${API_KEY}`);
    expect(r.status).toBe(400);
    expect(r.json).toEqual({ error: { code: 400, message: 'Unable to parse range: NOPE!A5:F15', status: 'INVALID_ARGUMENT' } });
  });

  it('reads a range without a sheet name from the first visible sheet', async () => {
    const r = await get(`/v4/spreadsheets/${HIDDEN_FIRST_ID}/values/A1?key=${API_KEY}`);
    expect(r.json).toEqual({ range: 'Current!A1', majorDimension: 'ROWS', values: [['current']] });
  });
});

describe('render options (the table of google-sheets-api.md)', () => {
  const row1 = async (query: string) => (await get(values('Sheet1!A1:C1', query))).json.values[0];

  it('defaults to FORMATTED_VALUE', async () => {
    expect(await row1('')).toEqual(['2', '2020-01-01', '53']);
  });
  it('UNFORMATTED_VALUE with the default SERIAL_NUMBER gives serials', async () => {
    expect(await row1('&valueRenderOption=UNFORMATTED_VALUE')).toEqual([2, 43831, 53]);
  });
  it('UNFORMATTED_VALUE with FORMATTED_STRING gives the date as shown', async () => {
    expect(await row1('&valueRenderOption=UNFORMATTED_VALUE&dateTimeRenderOption=FORMATTED_STRING')).toEqual([2, '2020-01-01', 53]);
  });
  it('FORMULA gives the formula text and the serial', async () => {
    expect(await row1('&valueRenderOption=FORMULA')).toEqual(['=4/2', 43831, 53]);
  });
  it('ignores dateTimeRenderOption with FORMATTED_VALUE', async () => {
    expect(await row1('&dateTimeRenderOption=SERIAL_NUMBER')).toEqual(['2', '2020-01-01', '53']);
  });
  it('gives booleans as true/false unformatted and TRUE/FALSE formatted', async () => {
    expect((await get(values('Sheet1!A4', '&valueRenderOption=UNFORMATTED_VALUE'))).json.values).toEqual([[true]]);
    expect((await get(values('Sheet1!A4'))).json.values).toEqual([['TRUE']]);
  });
  it('refuses an unknown render option', async () => {
    expect((await get(values('Sheet1!A1', '&valueRenderOption=RAW'))).status).toBe(400);
  });
});

describe('values: omitted cells and empty ranges', () => {
  it('drops trailing cells and rows, keeps "" mid-row and [] for an empty row mid-range', async () => {
    const r = await get(values('Sheet1!A1:D5', '&valueRenderOption=UNFORMATTED_VALUE'));
    expect(r.json.values).toEqual([[2, 43831, 53], [], ['a', '', 'c'], [true]]);
  });
  it('has no values key for a wholly empty range', async () => {
    expect((await get(values('Empty'))).json).toEqual({ range: 'Empty!A1:Z1000', majorDimension: 'ROWS' });
    expect((await get(values('Sheet1!E1:F2'))).json).toEqual({ range: 'Sheet1!E1:F2', majorDimension: 'ROWS' });
  });
  it('gives merged cells other than the master as empty', async () => {
    expect((await get(values('Sheet1!A6:B7'))).json.values).toEqual([['合并']]);
  });
  it('transposes with majorDimension=COLUMNS', async () => {
    expect((await get(values("'Class Data'!A1:B2", '&majorDimension=COLUMNS'))).json.values).toEqual([
      ['名字', '张三'],
      ['分数', '90'],
    ]);
  });
});

describe('echoed ranges', () => {
  const echo = async (range: string, server = fake) => (await get(values(enc(range)), {}, server)).json.range;

  it('normalises a sheet name to its whole grid and a single cell to one address', async () => {
    expect(await echo('Sheet1')).toBe('Sheet1!A1:Z1000');
    expect(await echo('Sheet1!B2')).toBe('Sheet1!B2');
    expect(await echo('Sheet1!B2:A1')).toBe('Sheet1!A1:B2');
  });
  it('clamps an end past the grid', async () => {
    expect(await echo('Sheet1!A1:AZ5000')).toBe('Sheet1!A1:Z1000');
    expect(await echo('Sheet1!A:B')).toBe('Sheet1!A1:B1000');
  });
  it('refuses a start past the grid', async () => {
    const r = await get(values(enc('Sheet1!A1001:B1002')));
    expect(r.status).toBe(400);
    expect(r.json.error).toEqual({
      code: 400,
      message: 'Range (Sheet1!A1001:B1002) exceeds grid limits. Max rows: 1000, max columns: 26',
      status: 'INVALID_ARGUMENT',
    });
  });
  it('quotes titles with spaces, emoji or cell-like names, not simple ones', async () => {
    expect(await echo("'Class Data'!A1:B2")).toBe("'Class Data'!A1:B2");
    expect(await echo("'A1'!A1")).toBe("'A1'!A1");
    expect(await echo("'It''s 😀'!A1")).toBe("'It''s 😀'!A1");
    expect(await echo("'Sheet1'!A1")).toBe('Sheet1!A1');
  });
  it('echoes an all-Chinese title quoted or bare, as configured (unconfirmed on the real service)', async () => {
    expect(await echo("'3月签到'!A1")).toBe("'3月签到'!A1");
    expect(await echo("'3月签到'!A1", bareFake)).toBe('3月签到!A1');
  });
});

describe('spreadsheets.get', () => {
  const FIELDS = 'spreadsheetId,properties(title,timeZone),sheets(properties(sheetId,title,hidden,gridProperties(rowCount,columnCount)),merges)';

  it('honours the fields mask', async () => {
    const r = await get(`/v4/spreadsheets/${SPEC_ID}?fields=${enc(FIELDS)}&key=${API_KEY}`);
    expect(Object.keys(r.json)).toEqual(['spreadsheetId', 'properties', 'sheets']);
    expect(r.json.properties).toEqual({ title: '工会台账', timeZone: 'Asia/Shanghai' });
    expect(r.json.sheets[0].properties).toEqual({ sheetId: 0, title: 'Sheet1', gridProperties: { rowCount: 1000, columnCount: 26 } });
    expect(r.json.sheets[6].properties.hidden).toBe(true);
  });
  it('leaves sheetId out of a merge when it is 0, keeps zero indexes, and gives later sheets large ids', async () => {
    const r = await get(`/v4/spreadsheets/${SPEC_ID}?fields=sheets(properties/sheetId,merges)&key=${API_KEY}`);
    expect(r.json.sheets[0].merges).toEqual([{ startRowIndex: 5, endRowIndex: 7, startColumnIndex: 0, endColumnIndex: 2 }]);
    const second = r.json.sheets[1];
    expect(second.properties.sheetId).toBeGreaterThan(1000);
    expect(second.merges).toEqual([{ sheetId: second.properties.sheetId, startRowIndex: 0, endRowIndex: 1, startColumnIndex: 0, endColumnIndex: 1 }]);
  });
  it('answers the whole resource without a mask, and leaves out untouched sheets when ranges are given', async () => {
    const all = await get(`/v4/spreadsheets/${SPEC_ID}?key=${API_KEY}`);
    expect(all.json.spreadsheetUrl).toBe(`https://docs.google.com/spreadsheets/d/${SPEC_ID}/edit`);
    expect(all.json.sheets[0].properties).toMatchObject({ sheetType: 'GRID', index: 0 });
    const some = await get(`/v4/spreadsheets/${SPEC_ID}?ranges=${enc("'Class Data'!A1")}&fields=sheets/properties/title&key=${API_KEY}`);
    expect(some.json.sheets).toEqual([{ properties: { title: 'Class Data' } }]);
  });
  it('refuses an unknown field', async () => {
    const r = await get(`/v4/spreadsheets/${SPEC_ID}?fields=sheets(propertiez)&key=${API_KEY}`);
    expect(r.status).toBe(400);
    expect(r.json.error.status).toBe('INVALID_ARGUMENT');
  });
});

/** A service-account JWT signed the way google-auth-library signs one with useJWTAccessWithScope. */
function jwt(claims: Record<string, unknown>, key = keys.privateKey): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const body = `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}`;
  return `${body}.${createSign('RSA-SHA256').update(body).sign(key).toString('base64url')}`;
}
const now = () => Math.floor(Date.now() / 1000);
const scope = 'https://www.googleapis.com/auth/spreadsheets.readonly';

describe('auth and errors', () => {
  const meta = (id: string) => `/v4/spreadsheets/${id}?fields=spreadsheetId`;

  it('accepts ?key=, an X-Goog-Api-Key header, a known Bearer token and a signed service-account JWT', async () => {
    expect((await get(`${meta(SPEC_ID)}&key=${API_KEY}`)).status).toBe(200);
    expect((await get(meta(SPEC_ID), { 'x-goog-api-key': API_KEY })).status).toBe(200);
    expect((await get(meta(PRIVATE_ID), { authorization: `Bearer ${READER_TOKEN}` })).status).toBe(200);
    const token = jwt({ iss: READER_EMAIL, sub: READER_EMAIL, scope, iat: now(), exp: now() + 3600 });
    expect((await get(meta(PRIVATE_ID), { authorization: `Bearer ${token}` })).status).toBe(200);
  });

  it('answers 400 API_KEY_INVALID for an unknown key', async () => {
    const r = await get(`${meta(SPEC_ID)}&key=nope`);
    expect(r.status).toBe(400);
    expect(r.json.error.message).toBe('API key not valid. Please pass a valid API key.');
    expect(r.json.error.details[0].reason).toBe('API_KEY_INVALID');
  });

  it('answers 401 UNAUTHENTICATED for a bad, forged or expired token', async () => {
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const tokens = [
      'ya29.unknown',
      jwt({ iss: READER_EMAIL, sub: READER_EMAIL, scope, iat: now(), exp: now() + 3600 }, other),
      jwt({ iss: READER_EMAIL, sub: READER_EMAIL, scope, iat: now() - 7200, exp: now() - 3600 }),
    ];
    for (const t of tokens) {
      const r = await get(meta(SPEC_ID), { authorization: `Bearer ${t}` });
      expect(r.status).toBe(401);
      expect(r.json.error.status).toBe('UNAUTHENTICATED');
      expect(r.json.error.message).toMatch(/^Request had invalid authentication credentials\./);
    }
  });

  it('answers 403 for a spreadsheet not shared with the caller, and for a key on a private one', async () => {
    const expected = { error: { code: 403, message: 'The caller does not have permission', status: 'PERMISSION_DENIED' } };
    expect((await get(meta(PRIVATE_ID), { authorization: `Bearer ${STRANGER_TOKEN}` })).json).toEqual(expected);
    expect((await get(`${meta(PRIVATE_ID)}&key=${API_KEY}`)).json).toEqual(expected);
  });

  it('answers 403 when there is no key and no token', async () => {
    const r = await get(meta(SPEC_ID));
    expect(r.json).toEqual({ error: { code: 403, message: 'The request is missing a valid API key.', status: 'PERMISSION_DENIED' } });
  });

  it('answers 403 SERVICE_DISABLED when the project has not enabled the API', async () => {
    const r = await get(`${meta(SPEC_ID)}&key=${DISABLED_API_KEY}`);
    expect(r.status).toBe(403);
    expect(r.json.error.message).toMatch(new RegExp(`^Google Sheets API has not been used in project ${DISABLED_PROJECT} `));
    expect(r.json.error.details[0]).toMatchObject({ reason: 'SERVICE_DISABLED', metadata: { consumer: `projects/${DISABLED_PROJECT}` } });
  });

  it('answers 404 for an unknown spreadsheet', async () => {
    const r = await get(`${meta('1NoSuchSheet0000000000000000000000000000000')}&key=${API_KEY}`);
    expect(r.json).toEqual({ error: { code: 404, message: 'Requested entity was not found.', status: 'NOT_FOUND' } });
  });

  it('answers 429 RATE_LIMIT_EXCEEDED past the per-user reads per minute, without Retry-After, and refills next minute', async () => {
    const url = `${meta(SPEC_ID)}&key=${API_KEY}`;
    clock += 60_000; // a fresh minute
    for (let i = 0; i < 3; i++) expect((await get(url, {}, bareFake)).status).toBe(200);
    const r = await get(url, {}, bareFake);
    expect(r.status).toBe(429);
    expect(r.headers.get('retry-after')).toBeNull();
    expect(r.json.error.status).toBe('RESOURCE_EXHAUSTED');
    expect(r.json.error.message).toMatch(/^Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user'/);
    expect(r.json.error.details[0].reason).toBe('RATE_LIMIT_EXCEEDED');
    clock += 60_000;
    expect((await get(url, {}, bareFake)).status).toBe(200);
  });
});

describe('workbooks converted from xlsx', () => {
  it('keeps values, dates as serials with their display, merges and sheet order', async () => {
    const book = await fakeFromXlsx('fixtures/教职工名册.xlsx', '1Roster000000000000000000000', { anyoneWithLink: true, readers: [] });
    const roster = book.sheets[0]!;
    expect(book.title).toBe('教职工名册');
    expect(roster.title).toBe('花名册');
    const e4 = roster.rows[3]![4]!.value;
    // E4 holds the date 2001-03-03 in the workbook
    expect(e4).toEqual({ serial: 36953, shown: '2001-03-03' });
    expect(roster.merges.length).toBe(11);
    expect(roster.merges[0]).toMatchObject({ startRowIndex: 0, endRowIndex: 1, startColumnIndex: 0 });
  });
});
