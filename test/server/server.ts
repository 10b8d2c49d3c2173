/** Starts the dashboard on a free local port for a test, with the fixed clock; returns its URL and a stop function. */
import type { Server } from 'node:http';
import { createApp, type AppDeps, type DashboardApp } from '../../src/server/app.ts';
import { silentLogger, type Logger } from '../../src/server/clock.ts';
import { FIXED_CLOCK, FIXTURES } from './fixture-metrics.ts';
import { loadConfig } from '../../src/config/index.ts';

export interface Running {
  readonly url: string;
  readonly dash: DashboardApp;
  readonly logs: string[];
  stop(): Promise<void>;
}

export async function startServer(deps: Partial<AppDeps> = {}): Promise<Running> {
  const logs: string[] = [];
  const logger: Logger = { info: (m) => logs.push(`info ${m}`), warn: (m) => logs.push(`warn ${m}`), error: (m) => logs.push(`error ${m}`) };
  const sources = deps.sources ?? [FIXTURES];
  const dash = createApp({
    sources,
    loadConfig: () => loadConfig({ sources, env: {}, cwd: process.cwd() }),
    clock: FIXED_CLOCK,
    logger: deps.logger ?? logger ?? silentLogger,
    watch: false,
    ...deps,
  });
  await dash.ready;
  const server = await new Promise<Server>((resolve) => {
    const s = dash.app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    dash,
    logs,
    stop: () =>
      new Promise<void>((resolve) => {
        void dash.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Text of an element's inner HTML found by a regular expression capture; fails loudly when absent. */
export function pick(html: string, re: RegExp): string {
  const m = re.exec(html);
  if (!m?.[1]) throw new Error(`no match for ${re}`);
  return m[1];
}

/** HTML entities Handlebars writes, back to text. */
export const unescape = (s: string): string =>
  s.replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&#x3D;/g, '=').replace(/&#x60;/g, '`').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The CSRF token of a page's forms (the 刷新 and 退出登录 buttons). */
export async function csrfOf(url: string, path = '/', cookie?: string): Promise<string> {
  const html = await (await fetch(`${url}${path}`, cookie ? { headers: { cookie } } : {})).text();
  const m = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!m) throw new Error(`no CSRF token on ${path}`);
  return m[1]!;
}

/** Presses 刷新 as a browser does: with the page's token, from the page's origin. */
export async function pressRefresh(url: string, back?: string, cookie?: string): Promise<Response> {
  const token = await csrfOf(url, '/', cookie);
  return fetch(`${url}/refresh`, {
    method: 'POST',
    body: new URLSearchParams({ _csrf: token, ...(back !== undefined ? { back } : {}) }),
    headers: { origin: url, ...(cookie ? { cookie } : {}) },
    redirect: 'manual',
  });
}
