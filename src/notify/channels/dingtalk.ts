/**
 * 钉钉 custom group robot: the briefing as a markdown message `{title, text}`, signed when a
 * 加签 secret is set. Webhooks cannot carry files: the dashboard link ends the text instead.
 */
import { createHmac } from 'node:crypto';
import { postJson, replyCode, transportFailure } from './http.ts';
import type { Reason, Result } from './reason.ts';
import { fitMarkdown, robotTitle } from './robot-markdown.ts';
import { utf8Length } from './shorten.ts';
import type { Briefing, SendOptions } from './types.ts';

/** Observed live (460101 message too long, exceed 20000 bytes); not in the pages read. */
export const DINGTALK_BODY_MAX_BYTES = 20000;

const RATE_LIMITED = new Set([410100, 130101]); // documented 发送速度太快而限流; observed "send too fast"
const REVOKED = new Set([400101, 300005, 300001, 400102]); // access_token不存在 (documented / observed / older), 机器人已停用
const SECURITY = 310000; // sign not match, invalid timestamp, keywords not in content, ip … not in whitelist
const TOO_LONG = 460101;

/** 加签: base64(HmacSHA256(key = secret, message = timestamp + "\n" + secret)), timestamp in ms. */
export const dingtalkSignature = (timestampMs: number, secret: string): string =>
  createHmac('sha256', secret).update(`${timestampMs}\n${secret}`, 'utf8').digest('base64');

/** The send URL with timestamp and sign added; URLSearchParams percent-encodes the base64 (`+`, `/`, `=`). */
function signedUrl(webhook: string, secret: string | undefined, now: Date): string | null {
  let url: URL;
  try {
    url = new URL(webhook);
  } catch {
    return null;
  }
  if (!url.searchParams.get('access_token')) return null;
  if (secret) {
    const timestamp = now.getTime();
    url.searchParams.set('timestamp', String(timestamp));
    url.searchParams.set('sign', dingtalkSignature(timestamp, secret));
  }
  return url.toString();
}

/**
 * 310000 covers every 安全设置 refusal; only its errmsg tells which setting refused. This is the
 * one place the text is read, and only to choose the advice.
 */
function securityReason(errmsg: unknown): Reason {
  const text = typeof errmsg === 'string' ? errmsg : '';
  if (/keyword/i.test(text)) return { kind: 'keyword' };
  if (/whitelist|\bip\b/i.test(text)) return { kind: 'ip_whitelist' };
  return { kind: 'bad_secret', robot: 'dingtalk' };
}

function reasonOf(code: number, errmsg: unknown): Reason {
  if (RATE_LIMITED.has(code)) return { kind: 'rate_limited' };
  if (REVOKED.has(code)) return { kind: 'revoked' };
  if (code === SECURITY) return securityReason(errmsg);
  if (code === TOO_LONG) return { kind: 'too_long' };
  return { kind: 'refused' };
}

export async function sendDingtalk(config: { readonly webhook: string; readonly secret?: string; readonly keyword?: string }, briefing: Briefing, options: SendOptions): Promise<Result> {
  const url = signedUrl(config.webhook, config.secret, (options.now ?? (() => new Date()))());
  if (!url) return { reason: { kind: 'bad_webhook' } };
  const title = robotTitle(briefing.subject, config.keyword);
  const body = (text: string) => ({ msgtype: 'markdown', markdown: { title, text } });
  const content = fitMarkdown(briefing, title, (text) => utf8Length(JSON.stringify(body(text))) <= DINGTALK_BODY_MAX_BYTES);
  const reply = await postJson(url, body(content.text), options);
  if (!reply.ok) return transportFailure(reply.failure);
  const code = replyCode(reply.body, 'errcode');
  if (code !== 0) return { reason: reasonOf(code, reply.body['errmsg']), code: Number.isNaN(code) ? 'no errcode' : code };
  return { reason: { kind: 'sent', shortened: content.shortened, noAttachment: briefing.pdf !== undefined }, code: 0 };
}
