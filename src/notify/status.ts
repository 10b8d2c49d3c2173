/** What the dashboard says about pushing: when the next briefing goes, and how the last delivery went. */
import type { NotifyConfig } from '../config/config.ts';
import { notifyText as t } from '../messages/notify-cli.ts';
import { schoolDateTime } from '../term/school-clock.ts';
import type { DeliveryEntry } from './delivery-log.ts';
import { describeSchedule, nextRun } from './schedule.ts';

export interface NotifyStatus {
  readonly next: string;
  /** The last delivery, one line per channel; null before the first. */
  readonly last: { readonly heading: string; readonly lines: readonly { readonly text: string; readonly ok: boolean }[] } | null;
  /** Any channel failed in the last delivery. */
  readonly failing: boolean;
}

export function notifyStatus(n: NotifyConfig, entries: readonly DeliveryEntry[], now: Date): NotifyStatus {
  const next = n.schedule ? t.status.next(schoolDateTime(nextRun(n.schedule, now, n.isWorkingDay)), describeSchedule(n.schedule)) : t.status.noSchedule;
  const last = entries.at(-1);
  if (!last) return { next, last: null, failing: false };
  // the last delivery: the entries written with the last one (same time, same key)
  const batch = entries.filter((e) => e.at === last.at && e.key === last.key);
  const lines = batch.map((e) => ({ text: e.status === 'sent' ? t.status.ok(e.label) : t.status.failed(e.message), ok: e.status === 'sent' }));
  return { next, last: { heading: t.status.last(t.status.what(last.key), schoolDateTime(new Date(last.at))), lines }, failing: lines.some((l) => !l.ok) };
}
