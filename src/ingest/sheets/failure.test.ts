/** Errors the fake cannot produce (Google's token endpoint, key signing); the rest are covered against the fake. */
import { describe, expect, it } from 'vitest';
import { classifyFailure, isRetryable, isTransient } from './failure.ts';

/** The shape of a GaxiosError carrying an HTTP answer. */
const answered = (status: number, data: unknown) => Object.assign(new Error('request failed'), { config: {}, response: { status, data } });

describe('classifyFailure', () => {
  it("reads the token endpoint's invalid_grant (wrong clock, deleted key) as a rejected key", () => {
    const e = answered(400, { error: 'invalid_grant', error_description: 'Invalid JWT Signature.' });
    expect(classifyFailure(e)).toEqual({ kind: 'key_rejected', reason: 'invalid_grant：Invalid JWT Signature.' });
  });

  it('reads a private key that cannot sign as a rejected key', () => {
    const e = new Error('error:1E08010C:DECODER routines::unsupported');
    expect(classifyFailure(e).kind).toBe('key_rejected');
  });

  it('reads an uploaded .xlsx id (unconfirmed wording) as not a Google spreadsheet', () => {
    const e = answered(400, { error: { code: 400, message: 'This operation is not supported for this document', status: 'FAILED_PRECONDITION' } });
    expect(classifyFailure(e)).toEqual({ kind: 'not_native' });
  });

  it('reads a timeout and a dropped connection as worth another try, an offline machine as not', () => {
    const timeout = Object.assign(new Error('The operation was aborted.'), { name: 'AbortError', config: {} });
    const reset = Object.assign(new Error('socket hang up'), { config: {}, code: 'ECONNRESET' });
    const offline = Object.assign(new Error('getaddrinfo ENOTFOUND sheets.googleapis.com'), { config: {}, code: 'ENOTFOUND' });
    expect(classifyFailure(timeout)).toEqual({ kind: 'network', code: 'TIMEOUT' });
    expect([timeout, reset, offline].map((e) => isRetryable(classifyFailure(e)))).toEqual([true, true, false]);
    expect(isTransient(classifyFailure(offline))).toBe(true);
  });

  it('keeps an unknown answer as unexpected, with its status and message', () => {
    const e = answered(409, { error: { code: 409, message: 'Conflict', status: 'ABORTED' } });
    expect(classifyFailure(e)).toEqual({ kind: 'unexpected', detail: 'HTTP 409：Conflict' });
  });
});
