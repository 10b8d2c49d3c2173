/** Sends a prepared body (cached page or asset) with its ETag, gzip when the client takes it, 304 when fresh. */
import type { Request, Response } from 'express';

export interface Prepared {
  readonly body: Buffer;
  readonly gzip: Buffer;
  readonly type: string;
  readonly etag: string;
  readonly status?: number;
}

const acceptsGzip = (req: Request) => /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');

export function sendPrepared(req: Request, res: Response, p: Prepared, cacheControl: string): void {
  res.status(p.status ?? 200);
  res.setHeader('Content-Type', p.type);
  res.setHeader('Cache-Control', cacheControl);
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('ETag', p.etag);
  if ((p.status ?? 200) === 200 && req.fresh) {
    res.status(304).end();
    return;
  }
  const gzip = acceptsGzip(req);
  if (gzip) res.setHeader('Content-Encoding', 'gzip');
  const body = gzip ? p.gzip : p.body;
  res.setHeader('Content-Length', body.length);
  res.end(req.method === 'HEAD' ? undefined : body);
}
