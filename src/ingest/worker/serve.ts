/**
 * The loop of a read worker thread: reads the sources for the thread that started it, so that
 * the server's event loop keeps answering while a district workbook is read. It keeps its last
 * good read: the sheet models stand in for files that vanish (ingest's standIns), and the result
 * answers questions about that read.
 *
 * A thread that starts the worker can have its own uses of a read done here too, off its event
 * loop (the server: the metrics of its views): `after` runs on every good read (no fatal issue)
 * and its answer crosses back with the result; `ask` answers a question about the last good read.
 * Ingest knows nothing of either.
 */
import { parentPort } from 'node:worker_threads';
import { ingest, type IngestOptions, type IngestResult } from '../index.ts';
import type { AskRequest, ReadReply, ReadRequest, WorkerRequest } from './protocol.ts';

export interface ReadServices {
  readonly after?: (result: IngestResult, options: Omit<IngestOptions, 'standIns' | 'readRemote'>) => unknown;
  readonly ask?: (result: IngestResult, question: unknown) => unknown;
}

const failure = (id: number, e: unknown): ReadReply => ({ id, ok: false, message: e instanceof Error ? e.message : String(e), stack: e instanceof Error ? (e.stack ?? null) : null });

export function serveReads(services: ReadServices = {}): void {
  let lastGood: { readonly id: number; readonly result: IngestResult } | null = null;

  const read = async (req: ReadRequest): Promise<ReadReply> => {
    try {
      const kept = lastGood?.result.files ?? new Map();
      const standIns = req.standIns ? new Map([...kept].filter(([path]) => req.standIns!.includes(path))) : undefined;
      const result: IngestResult = await ingest(req.sources, { ...req.options, ...(standIns ? { standIns } : {}) });
      const good = result.fatal.length === 0;
      if (good) lastGood = { id: req.id, result };
      const extra = good ? services.after?.(result, req.options) : undefined;
      const { files, ...rest } = result;
      return { id: req.id, ok: true, result: rest, files: [...files].map(([path, f]) => [path, f.model.file, f.ledger] as const), extra };
    } catch (e) {
      return failure(req.id, e);
    }
  };

  const ask = (req: AskRequest): ReadReply => {
    try {
      const answer = lastGood?.id === req.read && services.ask ? services.ask(lastGood.result, req.question) : undefined;
      return { id: req.id, ok: true, answer };
    } catch (e) {
      return failure(req.id, e);
    }
  };

  parentPort!.on('message', (req: WorkerRequest) => {
    void (req.kind === 'ask' ? Promise.resolve(ask(req)) : read(req)).then((reply) => parentPort!.postMessage(reply));
  });
}
