/** Passwords are kept as scrypt hashes (node:crypto): `scrypt$N$r$p$salt$key`, never as text. */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export const MIN_PASSWORD_LENGTH = 8;
const N = 32768;
const R = 8;
const P = 1;
const KEY_BYTES = 32;
export const HASH_FORMAT = /^scrypt\$(\d+)\$(\d+)\$(\d+)\$([A-Za-z0-9_-]{16,})\$([A-Za-z0-9_-]{32,})$/;

const derive = (pw: string, salt: Buffer, n: number, r: number, p: number, len: number) =>
  new Promise<Buffer>((resolve, reject) => {
    const options: ScryptOptions = { N: n, r, p, maxmem: 256 * n * r + 1024 * 1024 };
    scrypt(pw.normalize('NFC'), salt, len, options, (e, key) => (e ? reject(e) : resolve(key)));
  });

export async function hashPassword(pw: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(pw, salt, N, R, P, KEY_BYTES);
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

/** False for a wrong password or a stored value that is not one of our hashes; never throws. */
export async function verifyPassword(pw: string, stored: string): Promise<boolean> {
  const m = HASH_FORMAT.exec(stored);
  if (!m) return false;
  const [n, r, p] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (n > 1 << 20 || r > 32 || p > 16) return false;
  const expected = Buffer.from(m[5]!, 'base64url');
  try {
    const key = await derive(pw, Buffer.from(m[4]!, 'base64url'), n, r, p, expected.length);
    return timingSafeEqual(key, expected);
  } catch {
    return false;
  }
}
