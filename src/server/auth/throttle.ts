/**
 * Wrong passwords slow the next try: after 5 for one user name from one address, each
 * further try waits 30 s, doubling up to 15 minutes. A right password clears the count.
 */
const FREE_TRIES = 5;
const FIRST_WAIT_MS = 30_000;
const MAX_WAIT_MS = 15 * 60_000;
/** Failures older than this are forgotten. */
const FORGET_MS = 60 * 60_000;
const MAX_KEYS = 10_000;

interface Failures {
  count: number;
  last: number;
}

export class LoginThrottle {
  private readonly failures = new Map<string, Failures>();

  /** Milliseconds until the next try is allowed (0 = now). */
  wait(key: string, now: number): number {
    const f = this.failures.get(key);
    if (!f || now - f.last > FORGET_MS) return 0;
    if (f.count < FREE_TRIES) return 0;
    const delay = Math.min(FIRST_WAIT_MS * 2 ** (f.count - FREE_TRIES), MAX_WAIT_MS);
    return Math.max(0, f.last + delay - now);
  }

  fail(key: string, now: number): void {
    const f = this.failures.get(key);
    this.failures.delete(key);
    this.failures.set(key, { count: f && now - f.last <= FORGET_MS ? f.count + 1 : 1, last: now });
    if (this.failures.size > MAX_KEYS) this.failures.delete(this.failures.keys().next().value!);
  }

  succeed(key: string): void {
    this.failures.delete(key);
  }
}
