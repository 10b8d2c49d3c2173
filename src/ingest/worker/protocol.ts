/** The messages between a thread that wants a read and the ingest worker (serve.ts). */
import type { IngestOptions, IngestResult } from '../index.ts';

export interface ReadRequest {
  readonly kind: 'read';
  readonly id: number;
  readonly sources: readonly string[];
  /** Everything but the stand-ins, which the worker keeps (their sheet models never cross threads). */
  readonly options: Omit<IngestOptions, 'standIns' | 'readRemote'>;
  /** The paths of the worker's last good read that may stand in for vanished files; absent = none. */
  readonly standIns?: readonly string[];
}

/** A question about the read `read` (a ReadRequest's id), answered by the worker's `ask` from the result it kept. */
export interface AskRequest {
  readonly kind: 'ask';
  readonly id: number;
  readonly read: number;
  readonly question: unknown;
}

export type WorkerRequest = ReadRequest | AskRequest;

/**
 * To a read: `files` names each file read (its model stays in the worker); `extra` is what the
 * worker's `after` made of a good read. To a question: `answer`, undefined when the read asked
 * about is no longer the worker's last good read (a newer one replaced it, or the worker restarted).
 */
export type ReadReply =
  | { readonly id: number; readonly ok: true; readonly result: Omit<IngestResult, 'files'>; readonly files: readonly (readonly [path: string, file: string, ledger: boolean])[]; readonly extra: unknown }
  | { readonly id: number; readonly ok: true; readonly answer: unknown }
  | { readonly id: number; readonly ok: false; readonly message: string; readonly stack: string | null };
