/**
 * ingest() run in a worker thread (worker.ts): the same arguments and result, but the caller's
 * event loop stays free while the workbooks are parsed. One read at a time per worker, in order.
 * The result's `files` carry each file's name, not its sheets (they stay in the worker, which
 * stands them in when asked with the same paths). A worker that dies is started again at the next read.
 */
import { Worker } from 'node:worker_threads';
import type { IngestOptions, IngestResult } from '../index.ts';
import type { ReadFile } from '../result.ts';
import type { ReadReply, ReadRequest } from './protocol.ts';

export interface IngestWorker {
  ingest(sources: readonly string[], options: IngestOptions): Promise<IngestResult>;
  /** Ends the worker; a read in flight is rejected. */
  close(): Promise<void>;
}

/**
 * The worker beside this file: compiled, worker.js; from the .ts sources (tests, before a
 * first build), worker.ts loaded through tsx's loader, registered inside the new thread.
 */
function newWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url));
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true });
}

export function createIngestWorker(): IngestWorker {
  let worker: Worker | null = null;
  let next = 1;
  const pending = new Map<number, { resolve: (r: ReadReply) => void; reject: (e: Error) => void }>();

  const start = (): Worker => {
    const w = newWorker();
    // an idle worker does not keep the process alive; a read in flight does
    w.unref();
    w.on('message', (reply: ReadReply) => {
      const p = pending.get(reply.id);
      pending.delete(reply.id);
      if (pending.size === 0) w.unref();
      p?.resolve(reply);
    });
    const fail = (e: Error) => {
      if (worker === w) worker = null;
      for (const p of pending.values()) p.reject(e);
      pending.clear();
    };
    w.on('error', fail);
    w.on('exit', (code) => fail(new Error(`ingest worker exited (${code})`)));
    return w;
  };

  return {
    async ingest(sources, options) {
      const { standIns, readRemote, ...rest } = options;
      if (readRemote) throw new Error('readRemote cannot cross into the ingest worker');
      worker ??= start();
      const id = next++;
      const req: ReadRequest = { id, sources, options: rest, ...(standIns ? { standIns: [...standIns.keys()] } : {}) };
      const reply = await new Promise<ReadReply>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker!.ref();
        worker!.postMessage(req);
      });
      if (!reply.ok) {
        const e = new Error(reply.message);
        if (reply.stack) e.stack = reply.stack;
        throw e;
      }
      // each file's name, for the banners; an empty workbook stands for its sheets in the worker
      const files = new Map<string, ReadFile>(reply.files.map(([path, file, ledger]) => [path, { model: { file, sheets: [] }, ledger }]));
      return { ...reply.result, files };
    },
    async close() {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}
