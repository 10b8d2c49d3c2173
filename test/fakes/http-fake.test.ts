/**
 * The shared HTTP layer of the robot fakes: request log and fault switches, seen through fetch.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseMultipart, SlidingWindow, startHttpFake, type HttpFake } from './http-fake.ts';

let fake: HttpFake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const echo = () => startHttpFake((req) => ({ body: { got: req.body ?? null } })).then((f) => (fake = f));
const postJson = (url: string, body: unknown, signal?: AbortSignal) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(body), ...(signal ? { signal } : {}) });

describe('startHttpFake', () => {
  it('listens on 127.0.0.1 and logs path, query, headers and the parsed JSON body', async () => {
    const f = await echo();
    expect(f.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await postJson(`${f.url}/robot/send?access_token=abc&x=%E5%B7%A5`, { msgtype: 'text', text: { content: '工会' } });
    expect(await res.json()).toEqual({ got: { msgtype: 'text', text: { content: '工会' } } });
    expect(f.requests).toHaveLength(1);
    const r = f.requests[0]!;
    expect(r).toMatchObject({ method: 'POST', path: '/robot/send', remoteAddress: '127.0.0.1', outcome: 200 });
    expect(r.query.get('access_token')).toBe('abc');
    expect(r.query.get('x')).toBe('工');
    expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it('failNext(n, status) answers the next n requests with a gateway error page, then lets requests through', async () => {
    const f = await echo();
    f.failNext(2, 502);
    for (let i = 0; i < 2; i++) {
      const res = await postJson(f.url, {});
      expect(res.status).toBe(502);
      expect(await res.text()).toContain('502 Bad Gateway');
    }
    expect((await postJson(f.url, { a: 1 })).status).toBe(200);
    expect(f.requests.map((r) => r.outcome)).toEqual([502, 502, 200]);
  });

  it('hang() accepts and reads requests but never answers: the client timeout fires', async () => {
    const f = await echo();
    f.hang();
    const err = await postJson(f.url, { a: 1 }, AbortSignal.timeout(150)).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).name).toBe('TimeoutError');
    expect(f.requests[0]).toMatchObject({ outcome: 'hung', body: { a: 1 } });
    await f.up();
    expect((await postJson(f.url, {})).status).toBe(200);
  });

  it('down() refuses connections (ECONNREFUSED) until up() listens again on the same port', async () => {
    const f = await echo();
    const port = f.port;
    await f.down();
    const err = (await postJson(f.url, {}).catch((e: Error) => e)) as Error & { cause?: { code?: string } };
    expect(err).toBeInstanceOf(TypeError);
    expect(err.cause?.code).toBe('ECONNREFUSED');
    await f.up();
    expect(f.port).toBe(port);
    expect((await postJson(f.url, {})).status).toBe(200);
  });
});

describe('helpers', () => {
  it('SlidingWindow counts events of the last span only', () => {
    const w = new SlidingWindow(2, 1000);
    w.add(0);
    w.add(500);
    expect(w.full(999)).toBe(true);
    expect(w.full(1000)).toBe(false);
    expect(w.count(1500)).toBe(0);
  });

  it('parseMultipart reads what undici FormData sends, UTF-8 file names included', async () => {
    const form = new FormData();
    form.append('media', new Blob([Buffer.from('hello, 工会')], { type: 'application/pdf' }), '简报 "3月".pdf');
    form.append('note', 'x');
    const req = new Request('http://127.0.0.1/', { method: 'POST', body: form });
    const raw = Buffer.from(await req.arrayBuffer());
    const parts = parseMultipart(raw, req.headers.get('content-type') ?? undefined)!;
    expect(parts.map((p) => p.name)).toEqual(['media', 'note']);
    expect(parts[0]!.filename).toBe('简报 %223月%22.pdf'); // undici percent-encodes quotes in file names
    expect(parts[0]!.contentType).toBe('application/pdf');
    expect(parts[0]!.data.toString()).toBe('hello, 工会');
    expect(parseMultipart(raw, 'application/json')).toBeNull();
  });
});
