/**
 * The ingest worker thread: reads the sources for the thread that started it, so that the
 * server's event loop keeps answering while a district workbook is read. It keeps the sheet
 * models of its last good read, which stand in for files that vanish (ingest's standIns).
 */
import { parentPort } from 'node:worker_threads';
import { ingest, type IngestResult } from '../index.ts';
import type { ReadFile } from '../result.ts';
import type { ReadReply, ReadRequest } from './protocol.ts';

let lastGood: ReadonlyMap<string, ReadFile> = new Map();

async function answer(req: ReadRequest): Promise<ReadReply> {
  try {
    const standIns = req.standIns ? new Map([...lastGood].filter(([path]) => req.standIns!.includes(path))) : undefined;
    const result: IngestResult = await ingest(req.sources, { ...req.options, ...(standIns ? { standIns } : {}) });
    if (result.fatal.length === 0) lastGood = result.files;
    const { files, ...rest } = result;
    return { id: req.id, ok: true, result: rest, files: [...files].map(([path, f]) => [path, f.model.file, f.ledger] as const) };
  } catch (e) {
    return { id: req.id, ok: false, message: e instanceof Error ? e.message : String(e), stack: e instanceof Error ? (e.stack ?? null) : null };
  }
}

parentPort!.on('message', (req: ReadRequest) => {
  void answer(req).then((reply) => parentPort!.postMessage(reply));
});
