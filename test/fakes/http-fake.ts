/**
 * A tiny HTTP server on 127.0.0.1 and a random port that the robot fakes share: it reads each
 * request body whole, parses JSON bodies, keeps a log of what arrived, and has fault switches
 * that act below the fake service (a gateway in front of it failing, hanging or gone).
 *
 * It binds 127.0.0.1 only, and close() destroys every socket it still holds (hung requests
 * included), so a test that closes it leaves no open handle behind.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface LoggedRequest {
  readonly method: string;
  /** The path without the query string, still percent-encoded as it arrived. */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  /** The client's address as the socket saw it (always a loopback address here). */
  readonly remoteAddress: string;
  /** The parsed JSON body; `undefined` when the body is not JSON (see `raw`). */
  readonly body: unknown;
  /** The body exactly as received. */
  readonly raw: Buffer;
  /** How the request was answered: an HTTP status, or `'hung'` when hang() kept it unanswered. */
  outcome?: number | 'hung';
}

export interface HttpReply {
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** An object is sent as JSON; a string or Buffer as is. */
  readonly body: unknown;
}

export type HttpHandler = (request: LoggedRequest) => HttpReply | Promise<HttpReply>;

export interface HttpFakeOptions {
  /** Bodies longer than this are cut off with 413 before the handler sees them (default 32 MiB). */
  readonly maxBodyBytes?: number;
}

export interface HttpFake {
  /** `http://127.0.0.1:PORT` (no trailing slash). */
  readonly url: string;
  readonly port: number;
  readonly requests: LoggedRequest[];
  /** The next `n` requests are answered with `status` and a plain-text gateway page instead of reaching the fake. */
  failNext(n: number, status: number): void;
  /** Requests from now on are read and logged but never answered (a client timeout must fire). */
  hang(): void;
  /** Stops listening: connections are refused until up(). Open sockets are destroyed. */
  down(): Promise<void>;
  /** Undoes hang() and down(); listens again on the same port. */
  up(): Promise<void>;
  close(): Promise<void>;
}

const STATUS_TEXT: Readonly<Record<number, string>> = { 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout', 429: 'Too Many Requests' };

function isJson(headers: IncomingHttpHeaders): boolean {
  return /\bjson\b/i.test(headers['content-type'] ?? '');
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) over = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, reply: HttpReply): void {
  const isBuffer = Buffer.isBuffer(reply.body);
  const text = typeof reply.body === 'string' || isBuffer ? reply.body : JSON.stringify(reply.body);
  const contentType = typeof reply.body === 'string' || isBuffer ? 'text/plain; charset=utf-8' : 'application/json; charset=UTF-8';
  res.writeHead(reply.status ?? 200, { 'content-type': contentType, ...reply.headers });
  res.end(text as string | Buffer);
}

export async function startHttpFake(handler: HttpHandler, options: HttpFakeOptions = {}): Promise<HttpFake> {
  const maxBodyBytes = options.maxBodyBytes ?? 32 * 1024 * 1024;
  const requests: LoggedRequest[] = [];
  const sockets = new Set<Socket>();
  let failures: { left: number; status: number } = { left: 0, status: 502 };
  let hanging = false;
  let listening = false;
  let port = 0;

  const server: Server = createServer(async (req, res) => {
    const target = new URL(req.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(req, maxBodyBytes).catch(() => null);
    let body: unknown;
    if (raw && raw.length > 0 && isJson(req.headers)) {
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        body = undefined;
      }
    }
    const logged: LoggedRequest = {
      method: req.method ?? 'GET',
      path: target.pathname,
      query: target.searchParams,
      headers: req.headers,
      remoteAddress: (req.socket.remoteAddress ?? '').replace(/^::ffff:/, ''),
      body,
      raw: raw ?? Buffer.alloc(0),
    };
    requests.push(logged);
    if (hanging) {
      logged.outcome = 'hung';
      return;
    }
    if (failures.left > 0) {
      failures.left--;
      logged.outcome = failures.status;
      send(res, { status: failures.status, body: `<html><body><h1>${failures.status} ${STATUS_TEXT[failures.status] ?? 'Error'}</h1></body></html>`, headers: { 'content-type': 'text/html' } });
      return;
    }
    if (raw === null) {
      logged.outcome = 413;
      send(res, { status: 413, body: 'Request Entity Too Large' });
      return;
    }
    try {
      const reply = await handler(logged);
      logged.outcome = reply.status ?? 200;
      send(res, reply);
    } catch (err) {
      logged.outcome = 500;
      send(res, { status: 500, body: `fake handler failed: ${(err as Error).message}` });
    }
  });
  server.keepAliveTimeout = 1000;
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        port = (server.address() as AddressInfo).port;
        listening = true;
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (!listening) return resolve();
      listening = false;
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });

  await listen();

  return {
    get url() {
      return `http://127.0.0.1:${port}`;
    },
    get port() {
      return port;
    },
    requests,
    failNext(n, status) {
      failures = { left: n, status };
    },
    hang() {
      hanging = true;
    },
    down: stop,
    async up() {
      hanging = false;
      if (!listening) await listen();
    },
    close: stop,
  };
}

/** A sliding window of event times: how many happened in the last `spanMs`. */
export class SlidingWindow {
  private readonly times: number[] = [];
  constructor(
    readonly limit: number,
    readonly spanMs: number,
  ) {}
  count(now: number): number {
    while (this.times.length > 0 && (this.times[0] ?? 0) <= now - this.spanMs) this.times.shift();
    return this.times.length;
  }
  full(now: number): boolean {
    return this.count(now) >= this.limit;
  }
  add(now: number): void {
    this.times.push(now);
  }
}

export interface MultipartPart {
  readonly name: string | undefined;
  readonly filename: string | undefined;
  /** Every parameter of the part's Content-Disposition, lower-case names (e.g. `filelength`). */
  readonly params: Readonly<Record<string, string>>;
  readonly contentType: string | undefined;
  readonly data: Buffer;
}

/** Splits a multipart/form-data body (RFC 7578). Returns null when the body is not multipart or is malformed. */
export function parseMultipart(raw: Buffer, contentType: string | undefined): MultipartPart[] | null {
  const m = /^multipart\/form-data\s*;.*?boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '');
  const boundary = m?.[1] ?? m?.[2];
  if (!boundary) return null;
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: MultipartPart[] = [];
  let pos = raw.indexOf(delimiter);
  if (pos < 0) return null;
  for (;;) {
    pos += delimiter.length;
    if (raw.subarray(pos, pos + 2).toString() === '--') return parts; // closing delimiter
    if (raw.subarray(pos, pos + 2).toString() === '\r\n') pos += 2;
    const headerEnd = raw.indexOf('\r\n\r\n', pos);
    if (headerEnd < 0) return null;
    const next = raw.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headerEnd + 4);
    if (next < 0) return null;
    const headers = new Map<string, string>();
    for (const line of raw.subarray(pos, headerEnd).toString('utf8').split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
    const params: Record<string, string> = {};
    // form-data; name="media";filename="wework.txt"; filelength=6  (the WeCom example has no space after ';')
    for (const p of (headers.get('content-disposition') ?? '').matchAll(/;\s*([^=;\s]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]*))/g)) {
      const key = (p[1] ?? '').toLowerCase();
      params[key] = p[2] !== undefined ? p[2].replace(/\\(.)/g, '$1') : (p[3] ?? '').trim();
    }
    let filename = params['filename'];
    const extended = params['filename*'];
    if (extended) {
      const e = /^utf-8''(.*)$/i.exec(extended);
      if (e) filename = decodeURIComponent(e[1] ?? '');
    }
    parts.push({ name: params['name'], filename, params, contentType: headers.get('content-type'), data: raw.subarray(headerEnd + 4, next) });
    pos = next + 2;
  }
}
