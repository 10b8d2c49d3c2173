/**
 * Pages are cached per role and user, not per session: the CSRF token of their forms is a
 * slot filled in as the page is sent.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Prepared } from './send.ts';
import { CSRF_SLOT } from './view-model/frame.ts';

const SLOT = Buffer.from(CSRF_SLOT);

export function withToken(p: Prepared, token: string): Prepared {
  if (p.body.indexOf(SLOT) < 0) return p;
  const body = Buffer.from(p.body.toString('utf8').replaceAll(CSRF_SLOT, token), 'utf8');
  const tag = createHash('sha1').update(token).digest('base64url').slice(0, 8);
  return { ...p, body, gzip: gzipSync(body, { level: 4 }), etag: `${p.etag.slice(0, -1)}.${tag}"` };
}
