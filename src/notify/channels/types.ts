/** The delivery channels of the monthly briefing: their configuration, what is sent, and what came of it. */
export type ChannelConfig =
  | { readonly kind: 'email'; readonly name?: string; readonly host: string; readonly port: number; readonly secure?: boolean; readonly starttls?: boolean; readonly user?: string; readonly password?: string; readonly from: string; readonly to: readonly string[] }
  | { readonly kind: 'wecom'; readonly name?: string; readonly webhook: string }
  | { readonly kind: 'dingtalk'; readonly name?: string; readonly webhook: string; readonly secret?: string; readonly keyword?: string }
  | { readonly kind: 'feishu'; readonly name?: string; readonly webhook: string; readonly secret?: string; readonly keyword?: string };

export interface Briefing {
  readonly subject: string; // e-mail subject, also the robots' title
  readonly markdown: string; // robot body (WeCom/DingTalk markdown subset: #, **bold**, - lists, [text](url))
  readonly text: string; // plain text (e-mail body)
  readonly pdf?: { readonly filename: string; readonly bytes: Uint8Array };
  readonly link?: string; // dashboard URL if the school configured one
}

export type DeliveryStatus = 'sent' | 'rate_limited' | 'auth_failed' | 'revoked' | 'rejected' | 'unreachable' | 'timeout';

export interface DeliveryOutcome {
  readonly channel: string; // describeChannel(config)
  readonly kind: ChannelConfig['kind'];
  readonly status: DeliveryStatus;
  readonly retryable: boolean;
  readonly message: string; // ONE Chinese line a union chair understands
  readonly code?: string | number; // the service's errcode / nodemailer code, for the log
  /** Part of the briefing arrived (WeCom: the text did, the file did not); a retry sends that part again. */
  readonly partial?: boolean;
}

export interface SendOptions {
  readonly timeoutMs: number; // per request
  readonly signal?: AbortSignal; // overall deadline from the caller
  readonly now?: () => Date; // for signatures
  readonly tlsCa?: string | Buffer; // extra CA for SMTP (tests use a self-signed cert)
}
