/**
 * The briefing on its schedule, and early warnings as they first appear, inside `serve`.
 *
 * - A scheduled run sends the run's month briefing to every channel the delivery log says
 *   has not had it. A run missed while the computer was off (up to a day) is sent at start.
 *   A restart never sends twice: the log, not memory, decides.
 * - A failed send is tried again on the backoff timetable (backoff.ts) while the failure is
 *   one that waiting can fix (a rate limit, no network); a wrong password is not retried.
 * - After each good read, warnings that no channel has had yet go out as one message.
 *
 * Everything outside (clock, timers, the current metrics, the printer) is passed in.
 */
import type { NotifyConfig } from '../config/config.ts';
import type { MetricsResult } from '../metrics/index.ts';
import type { PdfPrinter } from '../report/pdf/index.ts';
import { retryDelayMs, shouldGiveUp } from './backoff.ts';
import { channelId } from './channel-id.ts';
import type { Briefing } from './channels/index.ts';
import { deliver, type ChannelResult } from './deliver.ts';
import type { DeliveryEntry, DeliveryLog } from './delivery-log.ts';
import { briefingKey, monthBriefing, warningKey, warningsBriefing } from './month-briefing.ts';
import { fireMonth, nextRun } from './schedule.ts';

/** A run missed by at most this long is sent when the dashboard starts. */
export const CATCH_UP_MS = 24 * 3600_000;
/** Timers are never set further ahead than this (setTimeout's limit is 24.8 days; the clock may jump). */
const MAX_TIMER_MS = 6 * 3600_000;

export interface SchedulerDeps {
  readonly config: () => NotifyConfig | null;
  readonly log: DeliveryLog;
  readonly now: () => Date;
  /** The metrics for a month's briefing (its own term, as of its end or today), or null before a good read. */
  readonly monthMetrics: (month: string) => Promise<MetricsResult | null>;
  /** Today's metrics (for warnings), or null before a good read. */
  readonly currentMetrics: () => Promise<MetricsResult | null>;
  readonly printer: PdfPrinter;
  readonly logger: { info(m: string): void; error(m: string): void };
  /** Called after each delivery (the dashboard's status line). */
  readonly onDelivered?: () => void;
  readonly setTimer?: (fn: () => void, ms: number) => { unref?(): void };
  readonly clearTimer?: (t: unknown) => void;
}

interface Retry {
  readonly keys: readonly string[];
  readonly make: () => Promise<Briefing | null>;
  readonly only: ReadonlySet<string>;
  readonly at: number;
}

export class NotifyScheduler {
  private timer: unknown = null;
  private retries: Retry[] = [];
  /** The scheduled run already handled (its instant), so one run is handled once per process. */
  private handled = 0;
  private running: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(private readonly deps: SchedulerDeps) {}

  /** Catches up a recently missed run, then keeps the timer set. */
  start(): void {
    const n = this.deps.config();
    if (n?.schedule) {
      const now = this.deps.now().getTime();
      const missed = nextRun(n.schedule, new Date(now - CATCH_UP_MS), n.isWorkingDay).getTime();
      if (missed <= now) this.enqueue(() => this.scheduledRun(missed));
    }
    this.arm();
  }

  /** After a good read: push the warnings no channel has had. */
  dataChanged(): void {
    this.enqueue(() => this.pushWarnings());
  }

  /** Waits for what is being sent now. */
  idle(): Promise<void> {
    return this.running;
  }

  close(): void {
    this.closed = true;
    if (this.timer) (this.deps.clearTimer ?? clearTimeout)(this.timer as ReturnType<typeof setTimeout>);
    this.timer = null;
  }

  private enqueue(job: () => Promise<void>): void {
    this.running = this.running.then(job).catch((e: unknown) => this.deps.logger.error(String(e)));
  }

  private arm(): void {
    if (this.closed) return;
    if (this.timer) (this.deps.clearTimer ?? clearTimeout)(this.timer as ReturnType<typeof setTimeout>);
    const now = this.deps.now().getTime();
    const n = this.deps.config();
    const times = [...this.retries.map((r) => r.at), ...(n?.schedule ? [nextRun(n.schedule, new Date(Math.max(now, this.handled)), n.isWorkingDay).getTime()] : [])];
    if (times.length === 0) {
      this.timer = null;
      return;
    }
    const wait = Math.min(Math.max(0, Math.min(...times) - now), MAX_TIMER_MS);
    const t = (this.deps.setTimer ?? setTimeout)(() => this.tick(), wait);
    t.unref?.();
    this.timer = t;
  }

  private tick(): void {
    const now = this.deps.now().getTime();
    const n = this.deps.config();
    if (n?.schedule) {
      const due = nextRun(n.schedule, new Date(Math.max(this.handled, now - CATCH_UP_MS)), n.isWorkingDay).getTime();
      if (due <= now) this.enqueue(() => this.scheduledRun(due));
    }
    const ready = this.retries.filter((r) => r.at <= now);
    this.retries = this.retries.filter((r) => r.at > now);
    for (const r of ready) this.enqueue(() => this.send(r.keys, r.make, r.only));
    this.enqueue(async () => this.arm());
  }

  private async scheduledRun(at: number): Promise<void> {
    if (at <= this.handled) return;
    this.handled = at;
    const n = this.deps.config();
    if (!n?.schedule) return;
    const month = fireMonth(n.schedule, new Date(at));
    this.deps.logger.info(`notify: scheduled briefing ${month}`);
    await this.send([briefingKey(month)], async () => {
      const metrics = await this.deps.monthMetrics(month);
      return metrics ? monthBriefing({ metrics, month, notify: n, now: this.deps.now(), printer: this.deps.printer }) : null;
    });
  }

  private async pushWarnings(): Promise<void> {
    const n = this.deps.config();
    const metrics = await this.deps.currentMetrics();
    if (!n || !n.warnings || n.channels.length === 0 || !metrics || metrics.warnings.length === 0) return;
    const entries = await this.deps.log.entries();
    const ids = n.channels.map(channelId);
    const fresh = metrics.warnings.filter((w) => ids.some((id) => !tried(entries, warningKey(w), id)));
    if (fresh.length === 0) return;
    await this.send(fresh.map(warningKey), async () => warningsBriefing(metrics, fresh, n));
  }

  /** Sends, then plans a retry of the channels that failed for a reason waiting can fix. */
  private async send(keys: readonly string[], make: () => Promise<Briefing | null>, only?: ReadonlySet<string>): Promise<void> {
    const n = this.deps.config();
    if (!n || n.channels.length === 0) return;
    const briefing = await make();
    if (!briefing) return;
    const now = this.deps.now;
    const results = await deliver(keys, briefing, { channels: n.channels, log: this.deps.log, now, deadlineMs: n.deadlineMs, timeoutMs: n.timeoutMs, ...(only ? { only } : {}) });
    this.deps.onDelivered?.();
    const again = this.retryable(results);
    if (again.size > 0) {
      const failures = Math.max(...results.filter((r) => again.has(r.id)).map((r) => r.failures));
      this.retries.push({ keys, make, only: again, at: now().getTime() + retryDelayMs(failures) });
    }
    this.arm();
  }

  /** The channels that failed for a reason waiting can fix, within the day the backoff allows. */
  private retryable(results: readonly ChannelResult[]): Set<string> {
    const now = this.deps.now();
    return new Set(
      results.filter((r) => r.outcome && r.outcome.status !== 'sent' && r.outcome.retryable && !shouldGiveUp(r.failures, new Date(r.firstFailureAt ?? now), now)).map((r) => r.id),
    );
  }
}

/**
 * A warning is pushed to a channel once: a failed push is not repeated at every read (the
 * scheduler's own retries handle failures that waiting can fix).
 */
function tried(entries: readonly DeliveryEntry[], key: string, channel: string): boolean {
  return entries.some((e) => e.key === key && e.channel === channel);
}
