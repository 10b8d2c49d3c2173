/**
 * One POST to a group robot with Node's fetch, under the per-request timeout and the caller's
 * deadline. The robots answer HTTP 200 with a JSON code whatever went wrong, so anything else (a
 * gateway's error page, no connection, no answer) is a transport failure, told apart here.
 */
import type { SendOptions } from './types.ts';

export type RobotReply =
  | { readonly ok: true; readonly body: Readonly<Record<string, unknown>> }
  | { readonly ok: false; readonly failure: { readonly kind: 'timeout' } | { readonly kind: 'unreachable'; readonly detail: string } };

interface ErrorLike {
  readonly name?: unknown;
  readonly code?: unknown;
  readonly cause?: unknown;
  readonly errors?: unknown;
}

/** The system error code under fetch's `TypeError: fetch failed` (ECONNREFUSED, ENOTFOUND …). */
function causeCode(error: unknown): string {
  const e = (error ?? {}) as ErrorLike;
  if (typeof e.code === 'string' && e.code !== '') return e.code;
  const inner = Array.isArray(e.errors) ? e.errors[0] : e.cause;
  return inner === undefined || inner === error ? 'UNKNOWN' : causeCode(inner);
}

const isAbort = (error: unknown) => {
  const name = (error as ErrorLike | undefined)?.name;
  return name === 'TimeoutError' || name === 'AbortError';
};

export async function postToRobot(url: string, body: string | Uint8Array, contentType: string, options: SendOptions): Promise<RobotReply> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': contentType }, body, signal, redirect: 'error' });
    const text = await response.text();
    if (response.status !== 200) return { ok: false, failure: { kind: 'unreachable', detail: `HTTP ${response.status}` } };
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { ok: false, failure: { kind: 'unreachable', detail: 'HTTP 200' } };
    return { ok: true, body: parsed as Record<string, unknown> };
  } catch (error) {
    if (isAbort(error) || signal.aborted) return { ok: false, failure: { kind: 'timeout' } };
    return { ok: false, failure: { kind: 'unreachable', detail: causeCode(error) } };
  }
}

export const postJson = (url: string, body: unknown, options: SendOptions) => postToRobot(url, JSON.stringify(body), 'application/json; charset=utf-8', options);

/** The service's numeric code (`errcode` or `code`), NaN when the reply carries none. */
export const replyCode = (body: Readonly<Record<string, unknown>>, field: 'errcode' | 'code'): number => {
  const value = body[field];
  return typeof value === 'number' ? value : typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : Number.NaN;
};

/** A transport failure as a channel's result, its code (ECONNREFUSED, HTTP 502, TIMEOUT) for the log. */
export const transportFailure = (failure: Extract<RobotReply, { ok: false }>['failure']) =>
  ({ reason: failure, code: failure.kind === 'unreachable' ? failure.detail : 'TIMEOUT' }) as const;
