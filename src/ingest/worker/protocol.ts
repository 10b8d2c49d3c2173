/** The messages between a thread that wants a read and the ingest worker (worker.ts). */
import type { IngestOptions, IngestResult } from '../index.ts';

export interface ReadRequest {
  readonly id: number;
  readonly sources: readonly string[];
  /** Everything but the stand-ins, which the worker keeps (their sheet models never cross threads). */
  readonly options: Omit<IngestOptions, 'standIns' | 'readRemote'>;
  /** The paths of the worker's last good read that may stand in for vanished files; absent = none. */
  readonly standIns?: readonly string[];
}

/** `files` names each file read; its model stays in the worker. `extra`: what the worker's `after` made of a good read (serve.ts). */
export type ReadReply =
  | { readonly id: number; readonly ok: true; readonly result: Omit<IngestResult, 'files'>; readonly files: readonly (readonly [path: string, file: string, ledger: boolean])[]; readonly extra: unknown }
  | { readonly id: number; readonly ok: false; readonly message: string; readonly stack: string | null };
