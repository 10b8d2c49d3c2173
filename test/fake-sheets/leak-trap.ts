/**
 * Proof that nothing leaves 127.0.0.1: a proxy that refuses and records every request the
 * Google client would send elsewhere. Point HTTPS_PROXY/HTTP_PROXY at it, NO_PROXY at 127.0.0.1.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LeakTrap {
  /** Hosts something tried to reach. */
  readonly attempts: string[];
  /** Sets the proxy variables for this process; returns a function restoring them. */
  install(): () => void;
  close(): Promise<void>;
}

const VARS = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy'] as const;

export async function startLeakTrap(): Promise<LeakTrap> {
  const attempts: string[] = [];
  const server = createServer((req, res) => {
    attempts.push(req.headers.host ?? req.url ?? '?');
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    attempts.push(req.url ?? '?');
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    attempts,
    install() {
      const saved = VARS.map((v) => [v, process.env[v]] as const);
      for (const v of ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy']) process.env[v] = url;
      process.env.NO_PROXY = process.env.no_proxy = '127.0.0.1';
      return () => {
        for (const [v, old] of saved) {
          if (old === undefined) delete process.env[v];
          else process.env[v] = old;
        }
      };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
