/** Why a delivery ended as it did, and the outcome (status, retry, the chair's line) each reason gives. */
import { deliveryText } from '../../messages/notify-channels.ts';
import type { ChannelConfig, DeliveryOutcome, DeliveryStatus } from './types.ts';

export type Reason =
  | { readonly kind: 'sent'; readonly attachment?: string; readonly noAttachment?: boolean; readonly shortened?: boolean; readonly bounced?: readonly string[] }
  | { readonly kind: 'rate_limited' }
  | { readonly kind: 'revoked' }
  | { readonly kind: 'bad_webhook' }
  | { readonly kind: 'bad_secret'; readonly robot: 'dingtalk' | 'feishu' }
  | { readonly kind: 'keyword' }
  | { readonly kind: 'ip_whitelist' }
  | { readonly kind: 'too_long' }
  | { readonly kind: 'refused' }
  | { readonly kind: 'auth_failed' }
  | { readonly kind: 'auth_required' }
  | { readonly kind: 'recipients'; readonly addresses: readonly string[] }
  | { readonly kind: 'temporary' }
  | { readonly kind: 'too_big' }
  | { readonly kind: 'certificate' }
  | { readonly kind: 'unreachable'; readonly detail: string }
  | { readonly kind: 'timeout' };

/** A reason with the service's code, as a channel module reports it. */
export interface Result {
  readonly reason: Reason;
  readonly code?: string | number;
  readonly partial?: boolean;
}

const STATUS: Readonly<Record<Reason['kind'], readonly [DeliveryStatus, boolean]>> = {
  sent: ['sent', false],
  rate_limited: ['rate_limited', true],
  revoked: ['revoked', false],
  bad_webhook: ['rejected', false],
  bad_secret: ['rejected', false],
  keyword: ['rejected', false],
  ip_whitelist: ['rejected', false],
  too_long: ['rejected', false],
  refused: ['rejected', false],
  auth_failed: ['auth_failed', false],
  auth_required: ['auth_failed', false],
  recipients: ['rejected', false],
  temporary: ['rejected', true],
  too_big: ['rejected', false],
  certificate: ['unreachable', false],
  unreachable: ['unreachable', true],
  timeout: ['timeout', true],
};

function line(channel: string, reason: Reason, code: string | number | undefined): string {
  const shown = code ?? '?';
  switch (reason.kind) {
    case 'sent':
      return deliveryText.sent(channel, reason);
    case 'rate_limited':
      return deliveryText.rateLimited(channel);
    case 'revoked':
      return deliveryText.revoked(channel);
    case 'bad_webhook':
      return deliveryText.badWebhook(channel);
    case 'bad_secret':
      return deliveryText.badSecret(channel, reason.robot);
    case 'keyword':
      return deliveryText.keyword(channel);
    case 'ip_whitelist':
      return deliveryText.ipWhitelist(channel);
    case 'too_long':
      return deliveryText.tooLong(channel);
    case 'refused':
      return deliveryText.refused(channel, shown);
    case 'auth_failed':
      return deliveryText.authFailed(channel);
    case 'auth_required':
      return deliveryText.authRequired(channel);
    case 'recipients':
      return deliveryText.recipients(channel, reason.addresses);
    case 'temporary':
      return deliveryText.temporary(channel, shown);
    case 'too_big':
      return deliveryText.tooBig(channel);
    case 'certificate':
      return deliveryText.certificate(channel);
    case 'unreachable':
      return deliveryText.unreachable(channel, reason.detail);
    case 'timeout':
      return deliveryText.timeout(channel);
  }
}

export function toOutcome(channel: string, kind: ChannelConfig['kind'], result: Result): DeliveryOutcome {
  const [status, retryable] = STATUS[result.reason.kind];
  const message = line(channel, result.reason, result.code);
  return {
    channel,
    kind,
    status,
    retryable,
    message: result.partial ? deliveryText.partial(message) : message,
    ...(result.code !== undefined ? { code: result.code } : {}),
    ...(result.partial ? { partial: true } : {}),
  };
}
