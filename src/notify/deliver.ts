/**
 * One message to every configured channel, at most once each: a channel the log says has the
 * message already is skipped (unless forced), the others are sent to at the same time within
 * one deadline, and every outcome is written to the log before this returns.
 */
import { describeChannel, sendTo, type Briefing, type ChannelConfig, type DeliveryOutcome } from './channels/index.ts';
import { channelId } from './channel-id.ts';
import { standing, type DeliveryEntry, type DeliveryLog } from './delivery-log.ts';

export interface DeliverOptions {
  readonly channels: readonly ChannelConfig[];
  readonly log: DeliveryLog;
  readonly now: () => Date;
  readonly deadlineMs: number;
  readonly timeoutMs: number;
  /** Send again to channels that already have it. */
  readonly force?: boolean;
  /** Only these channel ids (a retry of the failed ones). */
  readonly only?: ReadonlySet<string>;
}

export interface ChannelResult {
  readonly id: string;
  readonly label: string;
  /** Null when skipped: the channel had the message already. */
  readonly outcome: DeliveryOutcome | null;
  /** Failed tries of this message on this channel, this one included. */
  readonly failures: number;
  /** When the first of those failures happened (ISO), or null when the channel has it. */
  readonly firstFailureAt: string | null;
}

/**
 * `keys` name what the message carries (one briefing, or a batch of warnings): a channel that
 * has every one of them is skipped, and each is logged for each channel sent to.
 */
export async function deliver(keys: string | readonly string[], briefing: Briefing, o: DeliverOptions): Promise<ChannelResult[]> {
  const all = typeof keys === 'string' ? [keys] : keys;
  const entries = await o.log.entries();
  const signal = AbortSignal.timeout(o.deadlineMs);
  const at = o.now().toISOString();
  const results = await Promise.all(
    o.channels.map(async (c): Promise<ChannelResult> => {
      const id = channelId(c);
      const label = describeChannel(c);
      const before = all.map((key) => standing(entries, key, id));
      const failures = Math.max(0, ...before.map((b) => b.failures));
      const first = before.map((b) => b.firstFailureAt).filter((x) => x !== null).sort()[0] ?? null;
      if ((before.every((b) => b.sent) && !o.force) || (o.only && !o.only.has(id))) return { id, label, outcome: null, failures, firstFailureAt: first };
      const outcome = await sendTo(c, briefing, { timeoutMs: o.timeoutMs, signal, now: o.now });
      return outcome.status === 'sent'
        ? { id, label, outcome, failures: 0, firstFailureAt: null }
        : { id, label, outcome, failures: failures + 1, firstFailureAt: first ?? at };
    }),
  );
  await o.log.append(
    results.flatMap((r): DeliveryEntry[] =>
      r.outcome ? all.map((key) => ({ at, key, channel: r.id, label: r.label, status: r.outcome!.status, retryable: r.outcome!.retryable, message: r.outcome!.message, attempt: r.failures })) : [],
    ),
  );
  return results;
}
