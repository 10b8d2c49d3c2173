/** Rendered pages of one snapshot, keyed by path and query; bounded so odd queries cannot fill memory. */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Prepared } from './send.ts';

export type CachedPage = Prepared;

const MAX_PAGES = 256;

export class PageCache {
  private readonly pages = new Map<string, Promise<CachedPage>>();

  get(key: string, render: () => Promise<{ body: string; status?: number; type?: string }>): Promise<CachedPage> {
    let p = this.pages.get(key);
    if (p) return p;
    p = render().then(({ body, status = 200, type = 'text/html; charset=utf-8' }) => {
      const buf = Buffer.from(body, 'utf8');
      return { body: buf, gzip: gzipSync(buf), etag: `W/"${createHash('sha1').update(buf).digest('base64url').slice(0, 27)}"`, status, type };
    });
    p.catch(() => this.pages.delete(key));
    this.pages.set(key, p);
    if (this.pages.size > MAX_PAGES) this.pages.delete(this.pages.keys().next().value!);
    return p;
  }
}
