/**
 * 飞书 custom bot: the briefing as a post message (zh_cn title and paragraphs), signed when a
 * 签名校验 secret is set. Webhooks cannot carry files: the dashboard link ends the post instead.
 */
import { createHmac } from 'node:crypto';
import { markdownToPost } from './feishu-post.ts';
import { postJson, replyCode, transportFailure } from './http.ts';
import type { Reason, Result } from './reason.ts';
import { fitMarkdown, robotTitle } from './robot-markdown.ts';
import { utf8Length } from './shorten.ts';
import type { Briefing, SendOptions } from './types.ts';

/** 请求体的数据大小不能超过 20 K; 20 000 bytes keeps below either reading of 20 K. */
export const FEISHU_BODY_MAX_BYTES = 20000;

const CODES: Readonly<Record<number, Reason>> = {
  11232: { kind: 'rate_limited' }, // frequency limited
  19001: { kind: 'revoked' }, // incoming webhook access token invalid
  19021: { kind: 'bad_secret', robot: 'feishu' }, // sign match fail or timestamp is not within one hour
  19022: { kind: 'ip_whitelist' }, // Ip Not Allowed
  19024: { kind: 'keyword' }, // Key Words Not Found
};

/** 签名校验: base64(HmacSHA256(key = timestamp + "\n" + secret, message = "")), timestamp in seconds. */
export const feishuSignature = (timestampSeconds: number, secret: string): string =>
  createHmac('sha256', `${timestampSeconds}\n${secret}`).update(Buffer.alloc(0)).digest('base64');

function validWebhook(webhook: string): boolean {
  try {
    return /\/hook\/[^/]+$/.test(new URL(webhook).pathname);
  } catch {
    return false;
  }
}

export async function sendFeishu(config: { readonly webhook: string; readonly secret?: string; readonly keyword?: string }, briefing: Briefing, options: SendOptions): Promise<Result> {
  if (!validWebhook(config.webhook)) return { reason: { kind: 'bad_webhook' } };
  const title = robotTitle(briefing.subject, config.keyword);
  let signature = {};
  if (config.secret) {
    const timestamp = Math.floor((options.now ?? (() => new Date()))().getTime() / 1000);
    signature = { timestamp: String(timestamp), sign: feishuSignature(timestamp, config.secret) };
  }
  const body = (text: string) => ({ ...signature, msg_type: 'post', content: { post: { zh_cn: { title, content: markdownToPost(text) } } } });
  const content = fitMarkdown(briefing, null, (text) => utf8Length(JSON.stringify(body(text))) <= FEISHU_BODY_MAX_BYTES);
  const reply = await postJson(config.webhook, body(content.text), options);
  if (!reply.ok) return transportFailure(reply.failure);
  const code = replyCode(reply.body, 'code');
  if (code !== 0) return { reason: CODES[code] ?? { kind: 'refused' }, code: Number.isNaN(code) ? 'no code' : code };
  return { reason: { kind: 'sent', shortened: content.shortened, noAttachment: briefing.pdf !== undefined }, code: 0 };
}
