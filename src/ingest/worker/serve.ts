/**
 * The loop of a read worker thread: reads the sources for the thread that started it, so that
 * the server's event loop keeps answering while a district workbook is read. It keeps the sheet
 * models of its last good read, which stand in for files that vanish (ingest's standIns).
 *
 * `after` runs in the worker on every good read (no fatal issue) and its answer crosses back
 * with the result: a thread that starts the worker can have its own first use of the read done
 * here too, off its event loop (the server: the default view's metrics). Ingest knows nothing of it.
 */
import { parentPort } from 'node:worker_threads';
import { ingest, type IngestOptions, type IngestResult } from '../index.ts';
import type { ReadFile } from '../result.ts';
import type { ReadReply, ReadRequest } from './protocol.ts';

export type AfterRead = (result: IngestResult, options: Omit<IngestOptions, 'standIns' | 'readRemote'>) => unknown;

export function serveReads(after: AfterRead = () => undefined): void {
  let lastGood: ReadonlyMap<string, ReadFile> = new Map();

  const answer = async (req: ReadRequest): Promise<ReadReply> => {
    try {
      const standIns = req.standIns ? new Map([...lastGood].filter(([path]) => req.standIns!.includes(path))) : undefined;
      const result: IngestResult = await ingest(req.sources, { ...req.options, ...(standIns ? { standIns } : {}) });
      const good = result.fatal.length === 0;
      if (good) lastGood = result.files;
      const extra = good ? after(result, req.options) : undefined;
      const { files, ...rest } = result;
      return { id: req.id, ok: true, result: rest, files: [...files].map(([path, f]) => [path, f.model.file, f.ledger] as const), extra };
    } catch (e) {
      return { id: req.id, ok: false, message: e instanceof Error ? e.message : String(e), stack: e instanceof Error ? (e.stack ?? null) : null };
    }
  };

  parentPort!.on('message', (req: ReadRequest) => {
    void answer(req).then((reply) => parentPort!.postMessage(reply));
  });
}
