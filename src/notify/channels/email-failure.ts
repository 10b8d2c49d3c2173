/** A nodemailer error sorted into a delivery reason, by its code and SMTP reply code. */
import { getSystemErrorName } from 'node:util';
import type { Result } from './reason.ts';

interface SmtpError {
  readonly code?: unknown;
  readonly responseCode?: unknown;
  readonly errno?: unknown;
  readonly message?: unknown;
  readonly rejected?: unknown;
}

const NETWORK = new Set(['ECONNECTION', 'ESOCKET', 'ECONNREFUSED', 'EDNS', 'ETLS', 'ECONNRESET', 'ENOTFOUND']);

/** The system error under nodemailer's own code (it overwrites `code`, the errno stays). */
function systemCode(e: SmtpError, fallback: string): string {
  if (typeof e.errno === 'number' && e.errno < 0) {
    try {
      return getSystemErrorName(e.errno);
    } catch {
      return fallback;
    }
  }
  return fallback;
}

const stringList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export function classifySmtpError(error: unknown, to: readonly string[]): Result {
  const e = (error ?? {}) as SmtpError;
  const code = typeof e.code === 'string' ? e.code : 'UNKNOWN';
  const reply = typeof e.responseCode === 'number' ? e.responseCode : undefined;
  const logged = reply !== undefined ? `${code} ${reply}` : code;

  if (code === 'EAUTH' || reply === 535 || reply === 534) return { reason: { kind: 'auth_failed' }, code: logged };
  if (reply === 530) return { reason: { kind: 'auth_required' }, code: logged };
  if (code === 'ETIMEDOUT') return { reason: { kind: 'timeout' }, code };
  if (reply !== undefined && reply >= 400 && reply < 500) return { reason: { kind: 'temporary' }, code: reply };
  if (reply === 552) return { reason: { kind: 'too_big' }, code: logged };
  if (code === 'EENVELOPE' && reply !== undefined && reply >= 500) {
    const rejected = stringList(e.rejected);
    return { reason: { kind: 'recipients', addresses: rejected.length > 0 ? rejected : to }, code: logged };
  }
  if (NETWORK.has(code)) {
    const message = typeof e.message === 'string' ? e.message : '';
    // A certificate the client does not trust: no errno, only the TLS library's words.
    if (typeof e.errno !== 'number' && /certificate|self[- ]signed|CERT_/i.test(message)) return { reason: { kind: 'certificate' }, code };
    const system = systemCode(e, code);
    return { reason: { kind: 'unreachable', detail: system }, code: system === code ? code : `${code} ${system}` };
  }
  return { reason: { kind: 'refused' }, code: logged };
}
