/** How often a server may refresh Google spreadsheets without running into the read quota. */
import { DEFAULT_RETRY } from './retry.ts';

export const DEFAULT_POLL_INTERVAL_MS = 5 * 60_000;
/** One `spreadsheets.get` and one `values.batchGet`. */
export const REQUESTS_PER_REFRESH = 2;
/** Google's read quota per user per project (the per-project one is 300). */
export const READS_PER_MINUTE_PER_USER = 60;

/**
 * The shortest interval between automatic refreshes of `spreadsheets` spreadsheets: even
 * when every request is retried to the limit, they use at most half the per-user quota,
 * leaving the rest for the 刷新 button.
 */
export function minPollInterval(spreadsheets = 1, readsPerMinute = READS_PER_MINUTE_PER_USER, attempts = DEFAULT_RETRY.attempts): number {
  const worstReads = Math.max(1, spreadsheets) * REQUESTS_PER_REFRESH * Math.max(1, attempts);
  return Math.ceil((worstReads * 60_000) / (readsPerMinute / 2));
}

/** The configured interval (default 5 minutes), raised to the quota's minimum when needed. */
export const pollInterval = (spreadsheets: number, requestedMs = DEFAULT_POLL_INTERVAL_MS): number =>
  Math.max(requestedMs, minPollInterval(spreadsheets));
