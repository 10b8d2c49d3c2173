/**
 * The dashboard's static files, held in memory: its stylesheet and script, and the ECharts
 * bundle from node_modules (never a CDN: school networks may be offline). URLs carry a
 * content hash, so browsers may keep them for good.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { AssetUrls } from './render.ts';

export interface Asset {
  readonly body: Buffer;
  readonly gzip: Buffer;
  readonly type: string;
  readonly etag: string;
}

export interface Assets {
  readonly urls: AssetUrls;
  /** By path without the version query: `/assets/echarts.min.js`. */
  readonly byPath: ReadonlyMap<string, Asset>;
}

const require = createRequire(import.meta.url);

function asset(file: string, type: string): Asset {
  const body = readFileSync(file);
  const hash = createHash('sha1').update(body).digest('base64url').slice(0, 12);
  return { body, gzip: gzipSync(body, { level: 9 }), type, etag: `"${hash}"` };
}

export function loadAssets(): Assets {
  const own = (name: string) => fileURLToPath(new URL(`./assets/${name}`, import.meta.url));
  const files: [string, Asset][] = [
    ['/assets/dashboard.css', asset(own('dashboard.css'), 'text/css; charset=utf-8')],
    ['/assets/dashboard.js', asset(own('dashboard.js'), 'text/javascript; charset=utf-8')],
    ['/assets/present.css', asset(own('present.css'), 'text/css; charset=utf-8')],
    ['/assets/present.js', asset(own('present.js'), 'text/javascript; charset=utf-8')],
    ['/assets/echarts.min.js', asset(require.resolve('echarts/dist/echarts.min'), 'text/javascript; charset=utf-8')],
  ];
  const byPath = new Map(files);
  const url = (path: string) => `${path}?v=${byPath.get(path)!.etag.slice(1, -1)}`;
  return { urls: { css: url('/assets/dashboard.css'), js: url('/assets/dashboard.js'), echarts: url('/assets/echarts.min.js'), presentCss: url('/assets/present.css'), presentJs: url('/assets/present.js') }, byPath };
}
