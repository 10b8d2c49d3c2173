/** Our retry policy for Google calls: exponential backoff with full jitter, bounded. */

export interface RetryPolicy {
  /** Tries in all, the first included. */
  readonly attempts: number;
  readonly baseMs: number;
  readonly capMs: number;
  readonly sleep: (ms: number) => Promise<void>;
  /** A number in [0, 1). */
  readonly random: () => number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 4,
  baseMs: 500,
  capMs: 8_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

/** The wait before retry number `n` (0 = the first retry): uniform in [0, min(cap, base·2ⁿ)). */
export const backoffDelay = (n: number, p: Pick<RetryPolicy, 'baseMs' | 'capMs' | 'random'>): number =>
  Math.floor(p.random() * Math.min(p.capMs, p.baseMs * 2 ** n));

/**
 * Runs `call` until it succeeds, `retryable` refuses the error, the attempts are used up, or
 * the wait before the next try would end past `msLeft()` (the refresh's deadline).
 */
export async function withRetry<T>(call: () => Promise<T>, retryable: (e: unknown) => boolean, p: RetryPolicy, msLeft: () => number = () => Infinity): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (e) {
      if (attempt >= p.attempts || !retryable(e)) throw e;
      const wait = backoffDelay(attempt - 1, p);
      if (wait >= msLeft()) throw e;
      await p.sleep(wait);
    }
  }
}
