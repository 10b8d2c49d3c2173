/** Sends the monthly briefing to one channel; the outcome is typed and nothing is thrown. */
import { describeChannel } from './describe.ts';
import { sendDingtalk } from './dingtalk.ts';
import { sendEmail } from './email.ts';
import { sendFeishu } from './feishu.ts';
import { toOutcome, type Result } from './reason.ts';
import type { Briefing, ChannelConfig, DeliveryOutcome, SendOptions } from './types.ts';
import { sendWecom } from './wecom.ts';

export { describeChannel, maskWebhook } from './describe.ts';
export type { Briefing, ChannelConfig, DeliveryOutcome, DeliveryStatus, SendOptions } from './types.ts';

function send(channel: ChannelConfig, briefing: Briefing, options: SendOptions): Promise<Result> {
  switch (channel.kind) {
    case 'email':
      return sendEmail(channel, briefing, options);
    case 'wecom':
      return sendWecom(channel.webhook, briefing, options);
    case 'dingtalk':
      return sendDingtalk(channel, briefing, options);
    case 'feishu':
      return sendFeishu(channel, briefing, options);
  }
}

export async function sendTo(channel: ChannelConfig, briefing: Briefing, options: SendOptions): Promise<DeliveryOutcome> {
  let result: Result;
  try {
    result = await send(channel, briefing, options);
  } catch (error) {
    // The channel modules classify their own failures; this is a programming error, kept for the log.
    result = { reason: { kind: 'refused' }, code: error instanceof Error ? error.name : 'UNKNOWN' };
  }
  return toOutcome(describeChannel(channel), channel.kind, result);
}
