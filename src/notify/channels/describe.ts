/** How a channel is named in outcomes and logs: never a whole webhook key or secret. */
import { channelLabel } from '../../messages/notify-channels.ts';
import type { ChannelConfig } from './types.ts';

/** Keys shorter than this are not shown at all: four characters of them would be too much. */
const SHOWN_FROM_LENGTH = 12;
const TAIL = 4;

/** The secret part of a robot webhook: WeCom's `key`, DingTalk's `access_token`, Feishu's last path segment. */
export function webhookSecret(url: string): { readonly value: string; readonly replace: (masked: string) => string } | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  for (const name of ['key', 'access_token']) {
    const value = parsed.searchParams.get(name);
    if (value) {
      return {
        value,
        replace: (masked) => {
          parsed.searchParams.set(name, masked);
          return parsed.toString();
        },
      };
    }
  }
  const segments = parsed.pathname.split('/');
  const last = decodeURIComponent(segments.at(-1) ?? '');
  if (parsed.pathname.includes('/hook/') && last) {
    return {
      value: last,
      replace: (masked) => {
        parsed.pathname = [...segments.slice(0, -1), masked].join('/');
        return parsed.toString();
      },
    };
  }
  return null;
}

/** The last characters of a key that may be shown, or '' when the key is too short to show any. */
export const secretTail = (value: string): string => (value.length >= SHOWN_FROM_LENGTH ? value.slice(-TAIL) : '');

/** The webhook with its key cut to the last 4 characters, for logs: `…/send?key=...a1b2`. */
export function maskWebhook(url: string): string {
  const secret = webhookSecret(url);
  if (!secret) return '(webhook)';
  return secret.replace(`...${secretTail(secret.value)}`);
}

export function describeChannel(channel: ChannelConfig): string {
  if (channel.name) return channel.name;
  if (channel.kind === 'email') {
    const first = channel.to[0];
    return first === undefined ? channelLabel.emailNobody : channelLabel.email(first, channel.to.length);
  }
  return channelLabel[channel.kind](secretTail(webhookSecret(channel.webhook)?.value ?? ''));
}
