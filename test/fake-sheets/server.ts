/**
 * A local stand-in for the Google Sheets API v4 (read methods), bound to 127.0.0.1 on a
 * random port. It honours the facts recorded in shared/spec/google-sheets-api.md.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { KeyObject } from 'node:crypto';
import { resolveRange, type UnicodeTitleQuoting } from './a1-range.ts';
import { identify, type FakeCredentials } from './auth.ts';
import * as errors from './errors.ts';
import type { ErrorReply } from './errors.ts';
import { applyMask, BATCH_GET_SCHEMA, parseMask, SPREADSHEET_SCHEMA, VALUE_RANGE_SCHEMA, type Schema } from './fields-mask.ts';
import { renderRange, type RenderOptions } from './render.ts';
import type { FakeSpreadsheet } from './spreadsheet.ts';

/** A canned failure for the next matching request. */
export type Fault = { readonly status: 429 | 500 | 503 } | { readonly drop: true } | { readonly delayMs: number };

export interface LoggedRequest {
  readonly method: string;
  /** The raw request target, as it arrived. */
  readonly url: string;
  route: 'get' | 'values.get' | 'values.batchGet' | 'unknown';
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  status?: number;
}

export interface FakeSheetsOptions {
  readonly spreadsheets?: readonly FakeSpreadsheet[];
  readonly credentials?: Partial<FakeCredentials>;
  /** How titles such as 3月签到 are echoed (unconfirmed on the real service). */
  readonly unicodeTitles?: UnicodeTitleQuoting;
  readonly readsPerMinutePerUser?: number;
  /** The fake's clock in ms (quota windows, JWT expiry). */
  readonly now?: () => number;
}

export interface FakeSheets {
  /** `http://127.0.0.1:PORT/`, the client's rootUrl. */
  readonly url: string;
  readonly requests: LoggedRequest[];
  /** Adds or replaces a spreadsheet (by id). */
  put(spreadsheet: FakeSpreadsheet): void;
  inject(...faults: Fault[]): void;
  /** Called after each answer: lets a test change a spreadsheet between two requests. */
  onAnswered: ((request: LoggedRequest) => void) | null;
  close(): Promise<void>;
}

const RENDER = ['FORMATTED_VALUE', 'UNFORMATTED_VALUE', 'FORMULA'] as const;
const DATES = ['SERIAL_NUMBER', 'FORMATTED_STRING'] as const;
const DIMENSIONS = ['ROWS', 'COLUMNS'] as const;

const decodeSegment = (s: string) => decodeURIComponent(s.replace(/\+/g, ' '));

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', vary: 'Origin, X-Origin, Referer' });
  res.end(JSON.stringify(body, null, 2));
}

const sendError = (res: ServerResponse, e: ErrorReply) => send(res, e.status, e.body);

function enumParam<T extends string>(q: URLSearchParams, name: string, field: string, allowed: readonly T[], fallback: T): T | ErrorReply {
  const v = q.get(name);
  if (v === null) return fallback;
  if ((allowed as readonly string[]).includes(v)) return v as T;
  return errors.badRange(`Invalid value at '${field}', "${v}"`);
}

const isError = (x: unknown): x is ErrorReply => typeof x === 'object' && x !== null && 'body' in x && 'status' in x;

interface Route {
  readonly name: LoggedRequest['route'];
  readonly id: string;
  readonly range?: string;
}

function route(rawPath: string): Route | null {
  const seg = rawPath.split('/');
  if (seg[0] !== '' || seg[1] !== 'v4' || seg[2] !== 'spreadsheets' || !seg[3]) return null;
  let id: string;
  let rest: string[];
  try {
    id = decodeSegment(seg[3]);
    rest = seg.slice(4).map(decodeSegment);
  } catch {
    return null;
  }
  if (rest.length === 0) return { name: 'get', id };
  if (rest.length === 1 && rest[0] === 'values:batchGet') return { name: 'values.batchGet', id };
  if (rest.length === 2 && rest[0] === 'values' && rest[1] !== '') return { name: 'values.get', id, range: rest[1] };
  return null;
}

export async function startFakeSheets(options: FakeSheetsOptions = {}): Promise<FakeSheets> {
  const books = new Map((options.spreadsheets ?? []).map((s) => [s.spreadsheetId, s]));
  const creds: FakeCredentials = {
    apiKeys: {},
    accessTokens: {},
    serviceAccounts: {},
    disabledProjects: [],
    ...options.credentials,
  };
  const quoting = options.unicodeTitles ?? 'quoted';
  const limit = options.readsPerMinutePerUser ?? 60;
  const now = options.now ?? Date.now;
  const faults: Fault[] = [];
  const requests: LoggedRequest[] = [];
  const quota = new Map<string, { minute: number; count: number }>();
  const keyCache = new Map<string, KeyObject>();

  function spreadsheetResource(book: FakeSpreadsheet, only: Set<string> | null) {
    const sheets = book.sheets
      .map((s, index) => ({ s, index }))
      .filter(({ s }) => !only || only.has(s.title))
      .map(({ s, index }) => ({
        properties: {
          sheetId: s.sheetId,
          title: s.title,
          index,
          sheetType: 'GRID',
          gridProperties: { rowCount: s.rowCount, columnCount: s.columnCount },
          ...(s.hidden ? { hidden: true } : {}),
        },
        // a merge's sheetId is left out when it is 0; its zero indexes are kept
        ...(s.merges.length ? { merges: s.merges.map((m) => ({ ...(s.sheetId ? { sheetId: s.sheetId } : {}), ...m })) } : {}),
      }));
    return {
      spreadsheetId: book.spreadsheetId,
      properties: {
        title: book.title,
        locale: book.locale,
        autoRecalc: 'ON_CHANGE',
        timeZone: book.timeZone,
        defaultFormat: { backgroundColor: { red: 1, green: 1, blue: 1 }, verticalAlignment: 'BOTTOM', wrapStrategy: 'OVERFLOW_CELL' },
      },
      sheets,
      spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${book.spreadsheetId}/edit`,
    };
  }

  function masked(res: ServerResponse, q: URLSearchParams, schema: Schema, body: unknown): void {
    const fields = q.get('fields');
    if (fields === null || fields === '*') return send(res, 200, body);
    const mask = parseMask(fields, schema);
    if (!mask.ok) return sendError(res, errors.badField(mask.message));
    send(res, 200, applyMask(body, mask.mask));
  }

  function answer(req: IncomingMessage, res: ServerResponse, logged: LoggedRequest): void {
    const target = req.url ?? '/';
    const qAt = target.indexOf('?');
    const rawPath = qAt < 0 ? target : target.slice(0, qAt);
    const q = new URLSearchParams(qAt < 0 ? '' : target.slice(qAt + 1));
    const r = req.method === 'GET' ? route(rawPath) : null;
    if (!r) {
      res.writeHead(404, { 'content-type': 'text/html; charset=UTF-8' });
      res.end('<!DOCTYPE html><title>Error 404 (Not Found)!!1</title><p><b>404.</b> <ins>That’s an error.</ins>');
      return;
    }
    logged.route = r.name;

    const caller = identify(req.headers, q, creds, Math.floor(now() / 1000), keyCache);
    if (isError(caller)) return sendError(res, caller);
    if (creds.disabledProjects.includes(caller.project)) return sendError(res, errors.serviceDisabled(caller.project));
    const minute = Math.floor(now() / 60_000);
    const used = quota.get(caller.quotaUser);
    const count = used && used.minute === minute ? used.count + 1 : 1;
    quota.set(caller.quotaUser, { minute, count });
    if (count > limit) return sendError(res, errors.rateLimited(caller.project));

    const book = books.get(r.id);
    if (!book) return sendError(res, errors.notFound());
    const allowed = book.sharing.anyoneWithLink || (caller.principal !== null && book.sharing.readers.includes(caller.principal));
    if (!allowed) return sendError(res, errors.permissionDenied());

    if (r.name === 'get') {
      const ranges = q.getAll('ranges');
      let only: Set<string> | null = null;
      if (ranges.length) {
        only = new Set();
        for (const text of ranges) {
          const rr = resolveRange(text, book.sheets, quoting);
          if (!rr.ok) return sendError(res, errors.badRange(rr.message));
          only.add(rr.range.sheet.title);
        }
      }
      return masked(res, q, SPREADSHEET_SCHEMA, spreadsheetResource(book, only));
    }

    const valueRenderOption = enumParam(q, 'valueRenderOption', 'value_render_option', RENDER, 'FORMATTED_VALUE');
    if (isError(valueRenderOption)) return sendError(res, valueRenderOption);
    const dateTimeRenderOption = enumParam(q, 'dateTimeRenderOption', 'date_time_render_option', DATES, 'SERIAL_NUMBER');
    if (isError(dateTimeRenderOption)) return sendError(res, dateTimeRenderOption);
    const majorDimension = enumParam(q, 'majorDimension', 'major_dimension', DIMENSIONS, 'ROWS');
    if (isError(majorDimension)) return sendError(res, majorDimension);
    const render: RenderOptions = {
      valueRenderOption,
      // ignored with FORMATTED_VALUE: dates are shown as formatted
      dateTimeRenderOption: valueRenderOption === 'FORMATTED_VALUE' ? 'FORMATTED_STRING' : dateTimeRenderOption,
      majorDimension,
    };
    const texts = r.name === 'values.get' ? [r.range!] : q.getAll('ranges');
    const valueRanges = [];
    for (const text of texts) {
      const rr = resolveRange(text, book.sheets, quoting);
      if (!rr.ok) return sendError(res, errors.badRange(rr.message));
      valueRanges.push(renderRange(rr.range, render, quoting));
    }
    if (r.name === 'values.get') return masked(res, q, VALUE_RANGE_SCHEMA, valueRanges[0]);
    return masked(res, q, BATCH_GET_SCHEMA, {
      spreadsheetId: book.spreadsheetId,
      ...(valueRanges.length ? { valueRanges } : {}),
    });
  }

  const server = createServer((req, res) => {
    const logged: LoggedRequest = { method: req.method ?? '', url: req.url ?? '', route: 'unknown', headers: { ...req.headers } };
    requests.push(logged);
    res.on('finish', () => {
      logged.status = res.statusCode;
      handle.onAnswered?.(logged);
    });
    const fault = faults.shift();
    if (fault && 'drop' in fault) {
      req.socket.destroy();
      return;
    }
    if (fault && 'status' in fault) {
      const project = 1;
      return sendError(res, fault.status === 429 ? errors.rateLimited(project) : fault.status === 500 ? errors.internal() : errors.unavailable());
    }
    const go = () => answer(req, res, logged);
    if (fault && 'delayMs' in fault) setTimeout(go, fault.delayMs);
    else go();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const handle: FakeSheets = {
    url: `http://127.0.0.1:${port}/`,
    requests,
    put: (s) => void books.set(s.spreadsheetId, s),
    inject: (...f) => void faults.push(...f),
    onAnswered: null,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return handle;
}
