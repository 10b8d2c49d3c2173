/**
 * `union-dash serve [SOURCE…] [--port N] [--host H]`: the dashboard on http://127.0.0.1:3000/
 * until Ctrl+C. Another host makes the pages (which carry staff names) reachable by others,
 * so it says so.
 */
import type { Server } from 'node:http';
import { createApp } from '../server/app.ts';
import { systemClock, type Clock, type Logger } from '../server/clock.ts';
import { cliText } from '../messages/zh.ts';
import { serveText } from '../messages/serve.ts';
import { parseArgs, UsageError, type ParsedArgs } from './args.ts';
import { formatIssue } from './check.ts';
import { EXIT, type CliIO } from './io.ts';
import { defaultSources } from './sources.ts';

export const DEFAULT_PORT = 3000;
export const DEFAULT_HOST = '127.0.0.1';


export interface ServeOptions {
  /** Stops the server when aborted (tests; the CLI stops on SIGINT/SIGTERM). */
  readonly signal?: AbortSignal;
  readonly clock?: Clock;
  /** Called once the server listens, with its address. */
  readonly onListening?: (url: string) => void;
}

type ServeArgs = { ok: true; sources: string[]; port: number; host: string } | { ok: false; message: string };

function parseServeArgs(args: readonly string[]): ServeArgs {
  let parsed: ParsedArgs;
  try {
    parsed = parseArgs(args, ['--port', '--host'], []);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    const m = e.message.startsWith('unknown:') ? cliText.unknownOption(e.message.slice(8)) : cliText.missingOptionValue(e.message);
    return { ok: false, message: `${m}\n${cliText.usage}` };
  }
  const portText = parsed.options.get('--port');
  const host = parsed.options.get('--host');
  let port = DEFAULT_PORT;
  if (typeof portText === 'string') {
    port = /^\d{1,5}$/.test(portText) ? Number(portText) : NaN;
    if (!(port >= 0 && port <= 65535)) return { ok: false, message: serveText.badPort(portText) };
  }
  if (typeof host === 'string' && !/^[\w.:[\]-]+$/.test(host)) return { ok: false, message: serveText.badHost(host) };
  return { ok: true, sources: parsed.positional.length ? parsed.positional : defaultSources(), port, host: typeof host === 'string' ? host : DEFAULT_HOST };
}

const isLoopback = (host: string) => host === 'localhost' || /^127\./.test(host) || host === '::1' || host === '[::1]';

function urlOf(host: string, port: number): string {
  const h = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  return `http://${h}:${port}/`;
}

export async function runServe(args: string[], io: CliIO, options: ServeOptions = {}): Promise<number> {
  const a = parseServeArgs(args);
  if (!a.ok) {
    io.stderr(a.message);
    return EXIT.usage;
  }
  const clock: Clock = options.clock ?? { now: systemClock.now, today: io.today };
  const time = () => clock.now().toISOString().slice(11, 19);
  const logger: Logger = {
    info: (m) => io.stdout(`[${time()}] ${m}`),
    warn: (m) => io.stderr(`[${time()}] ${m}`),
    error: (m) => io.stderr(`[${time()}] ${m}`),
  };
  const dash = createApp({ sources: a.sources, clock, logger });
  await dash.ready;
  const first = dash.store.current();
  if (!first.generation) {
    await dash.close();
    io.stderr(serveText.firstReadFailed);
    for (const f of first.failure?.issues ?? []) io.stderr(formatIssue(f));
    if (first.failure?.error) io.stderr(cliText.internalError(first.failure.error));
    return EXIT.usage;
  }

  let server: Server;
  try {
    server = await new Promise<Server>((resolve, reject) => {
      const s = dash.app.listen(a.port, a.host, () => resolve(s));
      s.once('error', reject);
    });
  } catch (e) {
    await dash.close();
    const code = (e as NodeJS.ErrnoException).code;
    io.stderr(code === 'EADDRINUSE' ? serveText.portInUse(a.port) : serveText.cannotListen(a.host, a.port, code ?? String(e)));
    return EXIT.usage;
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : a.port;
  const url = urlOf(a.host, port);
  if (!isLoopback(a.host)) io.stderr(serveText.exposed(a.host));
  io.stdout(serveText.started(url));
  options.onListening?.(url);

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    if (options.signal) {
      if (options.signal.aborted) return resolve();
      options.signal.addEventListener('abort', stop, { once: true });
    } else {
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    }
  });
  await dash.close();
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
  io.stdout(serveText.stopped);
  return EXIT.ok;
}
