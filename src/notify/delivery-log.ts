/**
 * The delivery log (union-dash.notify.log beside the config file): one JSON line per attempt
 * to deliver a message to a channel. It is what keeps a restart from sending a briefing twice,
 * what the retries count, and what the dashboard shows as the last delivery. Lines that are
 * not ours (a hand edit, a half-written last line) are skipped.
 */
import { appendFile, readFile } from 'node:fs/promises';
import type { DeliveryStatus } from './channels/index.ts';

export const NOTIFY_LOG_FILE = 'union-dash.notify.log';

export interface DeliveryEntry {
  readonly at: string;
  /** What was sent: `briefing:2026-12`, `warning:fund_near_budget:文体活动支出` … */
  readonly key: string;
  readonly channel: string;
  /** describeChannel(): how the chair knows the channel. */
  readonly label: string;
  readonly status: DeliveryStatus;
  readonly retryable: boolean;
  readonly message: string;
  /** Failed tries of this key on this channel so far, this one included (0 when sent). */
  readonly attempt: number;
}

export class DeliveryLog {
  private queue: Promise<void> = Promise.resolve();

  constructor(readonly path: string) {}

  append(entries: readonly DeliveryEntry[]): Promise<void> {
    if (entries.length === 0) return this.queue;
    const text = entries.map((e) => `${JSON.stringify(e)}\n`).join('');
    const next = this.queue.then(() => appendFile(this.path, text, { mode: 0o600 }));
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Every entry in the order written. */
  async entries(): Promise<DeliveryEntry[]> {
    await this.queue;
    const text = await readFile(this.path, 'utf8').catch(() => '');
    const out: DeliveryEntry[] = [];
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        const e = JSON.parse(line) as Partial<DeliveryEntry>;
        if (typeof e.key === 'string' && typeof e.channel === 'string' && typeof e.status === 'string' && typeof e.at === 'string') out.push(e as DeliveryEntry);
      } catch {
        // not ours
      }
    }
    return out;
  }
}

/** What the log says about one key on one channel. */
export interface Standing {
  readonly sent: boolean;
  /** The last entry, if any. */
  readonly last: DeliveryEntry | null;
  /** Failed tries since the last success (or ever). */
  readonly failures: number;
  readonly firstFailureAt: string | null;
}

export function standing(entries: readonly DeliveryEntry[], key: string, channel: string): Standing {
  let sent = false;
  let last: DeliveryEntry | null = null;
  let failures = 0;
  let firstFailureAt: string | null = null;
  for (const e of entries) {
    if (e.key !== key || e.channel !== channel) continue;
    last = e;
    if (e.status === 'sent') {
      sent = true;
      failures = 0;
      firstFailureAt = null;
    } else {
      failures++;
      firstFailureAt ??= e.at;
    }
  }
  return { sent, last, failures, firstFailureAt };
}
