/**
 * `/events`: server-sent events that tell open pages a new snapshot is there (a good re-read,
 * or a failed one with its banner), so they update themselves without the reader reloading.
 * Each event carries the snapshot version the page compares with its own.
 */
import type { Request, Response } from 'express';
import type { DataStore } from './store.ts';

export interface LiveEvents {
  readonly handle: (req: Request, res: Response) => void;
  /** Ends every open stream (the server is stopping). */
  readonly close: () => void;
}

/** Proxies and browsers drop an idle stream after a minute or two: a comment line keeps it open. */
const HEARTBEAT_MS = 25_000;

export function liveEvents(store: DataStore): LiveEvents {
  const open = new Set<Response>();
  const event = () => {
    const snap = store.current();
    return `event: snapshot\ndata: ${JSON.stringify({ version: snap.version, generation: snap.generation?.id ?? null, stale: snap.failure !== null })}\n\n`;
  };
  store.onSwap(() => {
    const text = event();
    for (const res of open) res.write(text);
  });
  const heartbeat = setInterval(() => {
    for (const res of open) res.write(': keep-alive\n\n');
  }, HEARTBEAT_MS);
  heartbeat.unref();
  return {
    handle(req, res) {
      res.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
        'X-Accel-Buffering': 'no',
      });
      // after a dropped connection the browser reconnects by itself; ask it to do so within 2 s
      res.write(`retry: 2000\n${event()}`);
      open.add(res);
      req.on('close', () => open.delete(res));
    },
    close() {
      clearInterval(heartbeat);
      for (const res of open) res.end();
      open.clear();
    },
  };
}
