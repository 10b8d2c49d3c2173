/**
 * Pages are cached per role and user, not per session: the CSRF token of their forms is a
 * slot filled in as the page is sent.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Prepared } from './send.ts';
import { CSRF_SLOT } from './view-model/frame.ts';

const SLOT = Buffer.from(CSRF_SLOT);

/** Per cached page, its personalised copies by token (one per session; a few kept). */
const copies = new WeakMap<Prepared, Map<string, Prepared>>();
const COPIES_PER_PAGE = 16;

export function withToken(p: Prepared, token: string): Prepared {
  let byToken = copies.get(p);
  const hit = byToken?.get(token);
  if (hit) return hit;
  const out = fill(p, token);
  if (!byToken) copies.set(p, (byToken = new Map()));
  byToken.set(token, out);
  if (byToken.size > COPIES_PER_PAGE) byToken.delete(byToken.keys().next().value!);
  return out;
}

function fill(p: Prepared, token: string): Prepared {
  if (p.body.indexOf(SLOT) < 0) return p;
  const body = Buffer.from(p.body.toString('utf8').replaceAll(CSRF_SLOT, token), 'utf8');
  const tag = createHash('sha1').update(token).digest('base64url').slice(0, 8);
  return { ...p, body, gzip: gzipSync(body, { level: 4 }), etag: `${p.etag.slice(0, -1)}.${tag}"` };
}
