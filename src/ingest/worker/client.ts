/**
 * ingest() run in a worker thread (worker.ts, or an entry of the caller's that calls serveReads
 * with its own services, `after` and `ask`): the same arguments and result, but the caller's
 * event loop stays free while the workbooks are parsed. One read at a time per worker, in order.
 * The result's `files` carry each file's name, not its sheets (they stay in the worker, which
 * stands them in when asked with the same paths). A worker that dies is started again at the next read.
 */
import { Worker } from 'node:worker_threads';
import type { IngestOptions, IngestResult } from '../index.ts';
import type { ReadFile } from '../result.ts';
import type { ReadReply, WorkerRequest } from './protocol.ts';

export interface IngestWorker<Extra = undefined> {
  ingest(sources: readonly string[], options: IngestOptions): Promise<IngestResult>;
  /** The read, its id (for `ask`) and what the worker's `after` made of it (undefined after a read with fatal issues). */
  read(sources: readonly string[], options: IngestOptions): Promise<{ readonly id: number; readonly result: IngestResult; readonly extra: Extra | undefined }>;
  /**
   * The worker's `ask` answer to `question` about the read `readId`; undefined when that read is
   * no longer the worker's last good one (a newer good read replaced it, or the worker restarted).
   */
  ask<A>(readId: number, question: unknown): Promise<A | undefined>;
  /** Ends the worker; a read in flight is rejected. */
  close(): Promise<void>;
}

/** A module's sibling `name`, with the extension the module itself has (.js compiled, .ts from the sources). */
export const siblingModule = (moduleUrl: string, name: string): URL => new URL(`./${name}${moduleUrl.endsWith('.ts') ? '.ts' : '.js'}`, moduleUrl);

/**
 * A worker running `entry`: compiled (.js), as it is; from the .ts sources (tests, before a
 * first build), loaded through tsx's loader, registered inside the new thread.
 */
function newWorker(entry: URL): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry);
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(boot, { eval: true });
}

/** `entry`: the worker's module; default the plain ingest worker beside this file. */
export function createIngestWorker<Extra = undefined>(entry: URL = siblingModule(import.meta.url, 'worker')): IngestWorker<Extra> {
  let worker: Worker | null = null;
  let next = 1;
  const pending = new Map<number, { resolve: (r: ReadReply) => void; reject: (e: Error) => void }>();

  const start = (): Worker => {
    const w = newWorker(entry);
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

  const send = async (req: WorkerRequest): Promise<ReadReply & { ok: true }> => {
    worker ??= start();
    const reply = await new Promise<ReadReply>((resolve, reject) => {
      pending.set(req.id, { resolve, reject });
      worker!.ref();
      worker!.postMessage(req);
    });
    if (!reply.ok) {
      const e = new Error(reply.message);
      if (reply.stack) e.stack = reply.stack;
      throw e;
    }
    return reply;
  };

  const read = async (sources: readonly string[], options: IngestOptions) => {
    const { standIns, readRemote, ...rest } = options;
    if (readRemote) throw new Error('readRemote cannot cross into the ingest worker');
    const id = next++;
    const reply = await send({ kind: 'read', id, sources, options: rest, ...(standIns ? { standIns: [...standIns.keys()] } : {}) });
    if (!('result' in reply)) throw new Error('ingest worker: a read answered as a question');
    // each file's name, for the banners; an empty workbook stands for its sheets in the worker
    const files = new Map<string, ReadFile>(reply.files.map(([path, file, ledger]) => [path, { model: { file, sheets: [] }, ledger }]));
    return { id, result: { ...reply.result, files }, extra: reply.extra as Extra | undefined };
  };

  return {
    read,
    ingest: async (sources, options) => (await read(sources, options)).result,
    async ask<A>(readId: number, question: unknown) {
      // a worker started now has read nothing: no need to start one to hear so
      if (worker === null) return undefined;
      const reply = await send({ kind: 'ask', id: next++, read: readId, question });
      return 'answer' in reply ? (reply.answer as A | undefined) : undefined;
    },
    async close() {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}
