/**
 * When to try a failed send again (the SMTP server or a group robot did not answer), and when
 * to stop. No jitter: one school's dashboard talks to one mail server and a few robots, so
 * there is no crowd of clients to spread out, and a fixed timetable is one the chair can read.
 *
 * `attempt` counts the tries that have failed so far (1 after the first failure):
 *   after failure 1 wait 1 min, 2 → 5 min, 3 → 15 min, 4 → 1 h, then 3 h each time.
 * Tries therefore start at 0, 1 min, 6 min, 21 min, 1 h 21 min, 4 h 21 min, … 22 h 21 min:
 * twelve tries in all. No try starts more than 24 h after the first one (a briefing a day
 * late is no longer the month's briefing); then the send is given up and reported.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The waits after failures 1, 2, 3, 4; every later wait is the last one. */
const DELAYS_MS: readonly number[] = [1 * MINUTE, 5 * MINUTE, 15 * MINUTE, 1 * HOUR, 3 * HOUR];

/** No try starts later than this after the first. */
export const GIVE_UP_AFTER_MS = 24 * HOUR;

/** A safety stop for a clock that goes backwards: more tries than fit in 24 h never happen. */
export const MAX_ATTEMPTS = 12;

/** How long to wait after the `attempt`-th failed try before the next one. */
export function retryDelayMs(attempt: number): number {
  const n = Number.isNaN(attempt) ? 1 : Math.floor(attempt);
  const i = Math.min(Math.max(n, 1), DELAYS_MS.length) - 1;
  return DELAYS_MS[i]!;
}

/** After the `attempt`-th failure at `now`: true when the next try would start more than 24 h after the first (`firstTriedAt`). */
export function shouldGiveUp(attempt: number, firstTriedAt: Date, now: Date): boolean {
  if (attempt >= MAX_ATTEMPTS) return true;
  return now.getTime() + retryDelayMs(attempt) - firstTriedAt.getTime() > GIVE_UP_AFTER_MS;
}
