/** The overview's 简报推送 box: the next scheduled briefing and how the last delivery went. */
import { notifyText } from '../../messages/notify-cli.ts';
import type { NotifyStatus } from '../../notify/status.ts';

export interface PushView {
  readonly heading: string;
  readonly next: string;
  readonly last: string | null;
  readonly lines: readonly { readonly text: string; readonly ok: boolean }[];
  readonly failing: boolean;
}

export function pushView(s: NotifyStatus | null): PushView | null {
  if (!s) return null;
  return { heading: notifyText.status.heading, next: s.next, last: s.last?.heading ?? null, lines: s.last?.lines ?? [], failing: s.failing };
}
