/** Reading the Cookie header and writing Set-Cookie values (the few attributes the dashboard uses). */
import type { Request } from 'express';

export function cookie(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) return decodeURIComponent(part.slice(i + 1).trim());
  }
  return undefined;
}

export interface CookieOptions {
  /** Seconds; 0 deletes the cookie; undefined = until the browser closes. */
  readonly maxAge?: number;
  readonly httpOnly: boolean;
  readonly secure: boolean;
}

export const setCookie = (name: string, value: string, o: CookieOptions): string =>
  [
    `${name}=${encodeURIComponent(value)}`,
    'Path=/',
    'SameSite=Lax',
    ...(o.maxAge !== undefined ? [`Max-Age=${Math.round(o.maxAge)}`] : []),
    ...(o.httpOnly ? ['HttpOnly'] : []),
    ...(o.secure ? ['Secure'] : []),
  ].join('; ');
