/**
 * `union-dash serve [SOURCE…] [--port N] [--host H]`: the dashboard on http://127.0.0.1:3000/
 * until Ctrl+C. Another host makes the pages (which carry staff names) reachable by others,
 * so it says so.
 */
import { createServer, type Server } from 'node:http';
import { createApp } from '../server/app.ts';
import { loadConfig } from '../config/index.ts';
import { systemClock, type Clock, type Logger } from '../server/clock.ts';
import { cliText } from '../messages/cli.ts';
import { serveText } from '../messages/serve.ts';
import { parseArgs, textOption, UsageError, withUsage } from './args.ts';
import { formatIssue } from './check.ts';
import { EXIT, type CliIO } from './io.ts';
import { defaultSources } from './sources.ts';
import { readUsersFile, usersPath } from '../access/index.ts';
import { authText } from '../messages/auth.ts';

export const DEFAULT_PORT = 3000;
export const DEFAULT_HOST = '127.0.0.1';


export interface ServeOptions {
  /** Stops the server when aborted (tests; the CLI stops on SIGINT/SIGTERM). */
  readonly signal?: AbortSignal;
  readonly clock?: Clock;
  /** Called once the server listens, with its address. */
  readonly onListening?: (url: string) => void;
}

interface ServeArgs {
  readonly sources: string[];
  readonly port: number;
  readonly host: string;
}

function parseServeArgs(argv: readonly string[]): ServeArgs {
  const args = parseArgs(argv, { valued: ['--port', '--host'], switches: [], usage: cliText.usage });
  const portText = textOption(args, '--port');
  const host = textOption(args, '--host');
  let port = DEFAULT_PORT;
  if (portText !== undefined) {
    port = /^\d{1,5}$/.test(portText) ? Number(portText) : NaN;
    if (!(port >= 0 && port <= 65535)) throw new UsageError(serveText.badPort(portText));
  }
  if (host !== undefined && !/^[\w.:[\]-]+$/.test(host)) throw new UsageError(serveText.badHost(host));
  return { sources: args.positional.length ? args.positional : defaultSources(), port, host: host ?? DEFAULT_HOST };
}

const isLoopback = (host: string) => host === 'localhost' || /^127\./.test(host) || host === '::1' || host === '[::1]';

function urlOf(host: string, port: number): string {
  const h = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  return `http://${h}:${port}/`;
}

export const runServe = (argv: readonly string[], io: CliIO, options: ServeOptions = {}): Promise<number> =>
  withUsage(io, () => serve(parseServeArgs(argv), io, options));

async function serve(a: ServeArgs, io: CliIO, options: ServeOptions): Promise<number> {
  const clock: Clock = options.clock ?? { now: systemClock.now, today: io.today };
  const time = () => clock.now().toISOString().slice(11, 19);
  const logger: Logger = {
    info: (m) => io.stdout(`[${time()}] ${m}`),
    warn: (m) => io.stderr(`[${time()}] ${m}`),
    error: (m) => io.stderr(`[${time()}] ${m}`),
  };
  const config = () => loadConfig({ sources: a.sources, env: io.env, cwd: io.cwd });
  // how folders are watched is settled at start; everything else is read again with the ledgers
  const { serve, path } = await config();
  const usersFile = usersPath(path);
  const users = await readUsersFile(usersFile);
  if (!users.ok) {
    io.stderr(authText.usersBroken(users.reason));
    return EXIT.usage;
  }
  const userCount = users.file?.users.length ?? 0;
  // names and 慰问 records on a LAN with nobody to log in: refuse
  if (userCount === 0 && !isLoopback(a.host)) {
    io.stderr(authText.hostNeedsUsers(a.host));
    return EXIT.usage;
  }
  const dash = createApp({
    sources: a.sources,
    clock,
    logger,
    loadConfig: config,
    pollSeconds: serve.pollSeconds,
    forcePolling: serve.poll,
    usersFile,
    sessionHours: () => dash.store.config?.serve.sessionHours ?? serve.sessionHours,
  });
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
    // Express 5 hands a listen error to the callback rather than throwing: listen on our own server.
    server = await new Promise<Server>((resolve, reject) => {
      const s = createServer(dash.app);
      s.once('error', reject);
      s.listen(a.port, a.host, () => {
        s.off('error', reject);
        resolve(s);
      });
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
  if (!isLoopback(a.host)) io.stderr(serveText.exposed(a.host, userCount));
  else if (userCount > 0) io.stdout(serveText.loginOn(userCount));
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
