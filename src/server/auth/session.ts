/**
 * Signed session cookies instead of a session database: `<payload>.<HMAC-SHA256>`, the
 * payload naming the user, the user's password stamp (a new password ends old sessions),
 * the expiry and a random id the CSRF token is bound to.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export interface Session {
  readonly user: string;
  readonly stamp: string;
  /** Milliseconds since the epoch. */
  readonly expires: number;
  readonly id: string;
}

const mac = (secret: string, data: string) => createHmac('sha256', secret).update(data).digest('base64url');

export const sameText = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

export function issueSession(secret: string, user: string, stamp: string, expires: number): string {
  const payload = Buffer.from(JSON.stringify({ u: user, s: stamp, e: expires, i: randomBytes(12).toString('base64url') })).toString('base64url');
  return `${payload}.${mac(secret, payload)}`;
}

/** The session a cookie carries, or null when it is forged, damaged or expired. */
export function readSession(secret: string, value: string | undefined, now: number): Session | null {
  if (!value) return null;
  const dot = value.indexOf('.');
  if (dot <= 0 || !sameText(value.slice(dot + 1), mac(secret, value.slice(0, dot)))) return null;
  try {
    const p = JSON.parse(Buffer.from(value.slice(0, dot), 'base64url').toString('utf8')) as Record<string, unknown>;
    if (typeof p['u'] !== 'string' || typeof p['s'] !== 'string' || typeof p['e'] !== 'number' || typeof p['i'] !== 'string') return null;
    return p['e'] > now ? { user: p['u'], stamp: p['s'], expires: p['e'], id: p['i'] } : null;
  } catch {
    return null;
  }
}

/** The token every state-changing form carries: bound to the session, so another site cannot make one. */
export const csrfToken = (secret: string, sessionId: string): string => mac(secret, `csrf|${sessionId}`);
