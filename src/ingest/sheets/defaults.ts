/** The Sheets reader's time limits, in a module of their own: ingest needs them without loading the Google client. */

/** Each request's own limit. */
export const DEFAULT_TIMEOUT_MS = 10_000;
/** One refresh of all spreadsheets ends within this; what is cut off falls back to its last good snapshot. */
export const DEFAULT_DEADLINE_MS = 15_000;
