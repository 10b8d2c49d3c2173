/** What went wrong talking to Google, sorted by what the chair (or we) can do about it. */
import { detailed } from '../../messages/sheets.ts';

export type SheetsFailure =
  | { readonly kind: 'network'; readonly code: string }
  | { readonly kind: 'quota' }
  | { readonly kind: 'server'; readonly status: number }
  | { readonly kind: 'bad_range'; readonly detail: string }
  | { readonly kind: 'api_key_invalid' }
  | { readonly kind: 'unauthenticated' }
  | { readonly kind: 'permission' }
  | { readonly kind: 'missing_credentials' }
  | { readonly kind: 'api_disabled'; readonly project: string }
  | { readonly kind: 'not_found' }
  | { readonly kind: 'not_native' }
  | { readonly kind: 'key_rejected'; readonly reason: string }
  | { readonly kind: 'unexpected'; readonly detail: string };

interface ErrorBody {
  readonly code?: number;
  readonly message?: string;
  readonly status?: string;
  readonly details?: readonly { reason?: string; metadata?: Record<string, string> }[];
}

interface HttpishError {
  readonly code?: unknown;
  readonly message?: unknown;
  readonly name?: unknown;
  readonly cause?: unknown;
  readonly response?: { readonly status?: number; readonly data?: unknown };
}

/** Codes after which Google is most likely still there: worth another try. */
const FLAKY = new Set(['ECONNRESET', 'ETIMEDOUT', 'TIMEOUT', 'EPIPE', 'ECONNABORTED', 'UND_ERR_SOCKET']);

function networkCode(e: HttpishError): string {
  const own = typeof e.code === 'string' ? e.code : undefined;
  const cause = (e.cause as HttpishError | undefined)?.code;
  const code = own ?? (typeof cause === 'string' ? cause : undefined);
  const text = `${String(e.name ?? '')} ${String(e.message ?? '')}`;
  if (/abort|timeout/i.test(text) && (!code || code === 'ABORT_ERR')) return 'TIMEOUT';
  if (code && /CERT|SSL|TLS/i.test(code)) return 'CERT';
  if (/socket hang up/i.test(text)) return 'ECONNRESET';
  return code ?? 'UNKNOWN';
}

const reasonOf = (body: ErrorBody) => body.details?.find((d) => typeof d.reason === 'string')?.reason;

function fromGoogle(status: number, body: ErrorBody): SheetsFailure {
  const message = body.message ?? '';
  const reason = reasonOf(body);
  if (status === 429) return { kind: 'quota' };
  if (status >= 500 || status === 408) return { kind: 'server', status };
  if (status === 400) {
    if (reason === 'API_KEY_INVALID' || /API key not valid/i.test(message)) return { kind: 'api_key_invalid' };
    if (/Unable to parse range|exceeds grid limits/i.test(message)) return { kind: 'bad_range', detail: message };
    if (/not supported for this document/i.test(message)) return { kind: 'not_native' };
  }
  if (status === 401) return { kind: 'unauthenticated' };
  if (status === 403) {
    if (reason === 'SERVICE_DISABLED' || /has not been used in project|is disabled/i.test(message)) {
      const consumer = body.details?.find((d) => d.reason === 'SERVICE_DISABLED')?.metadata?.consumer;
      const project = /(\d+)/.exec(consumer ?? '')?.[1] ?? /project (\d+)/.exec(message)?.[1] ?? '';
      return { kind: 'api_disabled', project };
    }
    if (/missing a valid API key/i.test(message)) return { kind: 'missing_credentials' };
    return { kind: 'permission' };
  }
  if (status === 404) return { kind: 'not_found' };
  return { kind: 'unexpected', detail: message ? detailed(`HTTP ${status}`, message) : `HTTP ${status}` };
}

/** Sorts an error thrown by the client (a GaxiosError, a token or key error) into a failure. */
export function classifyFailure(error: unknown): SheetsFailure {
  const e = (error ?? {}) as HttpishError;
  const res = e.response;
  if (res && typeof res.status === 'number') {
    const data = res.data as { error?: unknown; error_description?: unknown } | undefined;
    // the OAuth token endpoint answers {error: "invalid_grant", error_description}
    if (data && typeof data.error === 'string') {
      const reason = typeof data.error_description === 'string' ? detailed(data.error, data.error_description) : data.error;
      return { kind: 'key_rejected', reason };
    }
    const body = (data?.error && typeof data.error === 'object' ? data.error : {}) as ErrorBody;
    return fromGoogle(res.status, body);
  }
  const message = String(e.message ?? error);
  if (/PEM|DECODER|asn1|private key/i.test(message)) return { kind: 'key_rejected', reason: message };
  if (error instanceof Error && !('config' in error) && !(typeof e.code === 'string')) {
    return { kind: 'unexpected', detail: message };
  }
  return { kind: 'network', code: networkCode(e) };
}

/** Failures that say nothing about the chair's setup: Google is unreachable or busy. */
export const isTransient = (f: SheetsFailure): boolean => f.kind === 'network' || f.kind === 'quota' || f.kind === 'server';

/** Failures another try may cure: 429, 5xx, and a connection dropped midway (not an offline machine). */
export const isRetryable = (f: SheetsFailure): boolean =>
  f.kind === 'quota' || f.kind === 'server' || (f.kind === 'network' && FLAKY.has(f.code));
