/**
 * A channel's identity in the delivery log: a hash of where it delivers (the mail server and
 * recipients, or the robot's webhook), never the secret itself. Renaming a channel keeps it;
 * pasting a new robot URL makes it a new channel that has received nothing yet.
 */
import { createHash } from 'node:crypto';
import type { ChannelConfig } from './channels/index.ts';

export function channelId(c: ChannelConfig): string {
  const where = c.kind === 'email' ? `${c.host}:${c.port}|${c.from}|${[...c.to].sort().join(',')}` : c.webhook;
  return `${c.kind}-${createHash('sha256').update(where).digest('hex').slice(0, 12)}`;
}
