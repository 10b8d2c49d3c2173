/**
 * The one typed configuration: the environment and union-dash.config.json normalised once,
 * then handed to ingest, the server and the PDF printer. No other module reads either.
 */
import type { IngestConfig } from '../ingest/ingest-config.ts';
import type { LedgerIssue } from '../ingest/issues.ts';
import type { ChannelConfig } from '../notify/channels/types.ts';
import type { IsWorkingDay, Schedule } from '../notify/schedule.ts';

export interface Config {
  /** The config file read, or where it would be (it may not exist). */
  readonly path: string;
  readonly ingest: IngestConfig;
  readonly pdf: {
    /** The browser to print PDFs with; null = look in the usual places. */
    readonly chromePath: string | null;
  };
  readonly serve: {
    /** How long a ledger file gone from its folder keeps standing in with its last read, in minutes (0 = not at all). */
    readonly missingFileMinutes: number;
    /** Seconds between two looks at a polled folder. */
    readonly pollSeconds: number;
    /** Poll every ledger folder instead of watching it. */
    readonly poll: boolean;
    /** How long a login lasts, in hours. */
    readonly sessionHours: number;
    /** Seconds each slide of /present stays up. */
    readonly presentSeconds: number;
  };
  /** Where the monthly briefing and the early warnings go; null when nothing is configured. */
  readonly notify: NotifyConfig | null;
  /** UNION_DASH_DEBUG: print stack traces of internal errors. */
  readonly debug: boolean;
  /** Why the config cannot be used, one line each (exit 2 on the command line; the banner in serve). */
  readonly problems: readonly LedgerIssue[];
}

export interface NotifyConfig {
  /** Null = sent only by `union-dash notify`. */
  readonly schedule: Schedule | null;
  readonly link: string | null;
  readonly isWorkingDay: IsWorkingDay;
  /** Push each early warning the first time it appears. */
  readonly warnings: boolean;
  readonly deadlineMs: number;
  readonly timeoutMs: number;
  readonly channels: readonly ChannelConfig[];
}
