/**
 * 企业微信 group robot: the briefing as a markdown message (at most 4096 bytes), then the PDF
 * uploaded with upload_media and sent as a file message. Branches on errcode only.
 */
import { filePart } from './multipart.ts';
import { postJson, postToRobot, replyCode, transportFailure, type RobotReply } from './http.ts';
import type { Reason, Result } from './reason.ts';
import { fitMarkdown } from './robot-markdown.ts';
import { utf8Length } from './shorten.ts';
import type { Briefing, SendOptions } from './types.ts';

/** 群机器人配置说明: markdown.content 最长不超过4096个字节，必须是utf8编码. */
export const WECOM_MARKDOWN_MAX_BYTES = 4096;

const RATE_LIMITED = 45009; // api freq out of limit
const REVOKED = 93000; // invalid webhook url: 机器人webhookurl不合法或者机器人已经被移除出群

interface Endpoints {
  readonly send: string;
  readonly upload: string;
}

/** The send URL as pasted, and the upload URL beside it (same origin, same key). */
function endpoints(webhook: string): Endpoints | null {
  let url: URL;
  try {
    url = new URL(webhook);
  } catch {
    return null;
  }
  const key = url.searchParams.get('key');
  if (!key) return null;
  const upload = new URL(url.origin);
  upload.pathname = /\/send$/.test(url.pathname) ? url.pathname.replace(/\/send$/, '/upload_media') : '/cgi-bin/webhook/upload_media';
  upload.searchParams.set('key', key);
  upload.searchParams.set('type', 'file');
  return { send: url.toString(), upload: upload.toString() };
}

function failure(reply: RobotReply): Result | null {
  if (!reply.ok) return transportFailure(reply.failure);
  const code = replyCode(reply.body, 'errcode');
  if (code === 0) return null;
  const reason: Reason = code === RATE_LIMITED ? { kind: 'rate_limited' } : code === REVOKED ? { kind: 'revoked' } : { kind: 'refused' };
  return { reason, code: Number.isNaN(code) ? 'no errcode' : code };
}

export async function sendWecom(webhook: string, briefing: Briefing, options: SendOptions): Promise<Result> {
  const urls = endpoints(webhook);
  if (!urls) return { reason: { kind: 'bad_webhook' } };

  // Upload first: a file the service refuses then leaves nothing half sent.
  let mediaId: string | undefined;
  if (briefing.pdf) {
    const part = filePart('media', briefing.pdf.filename, briefing.pdf.bytes, 'application/pdf');
    const reply = await postToRobot(urls.upload, part.body, part.contentType, options);
    const failed = failure(reply);
    if (failed) return failed;
    const id = reply.ok ? reply.body['media_id'] : undefined;
    if (typeof id !== 'string' || id === '') return { reason: { kind: 'refused' }, code: 'no media_id' };
    mediaId = id;
  }

  const content = fitMarkdown(briefing, briefing.subject, (text) => utf8Length(text) <= WECOM_MARKDOWN_MAX_BYTES);
  const sent = failure(await postJson(urls.send, { msgtype: 'markdown', markdown: { content: content.text } }, options));
  if (sent) return sent;

  if (mediaId !== undefined && briefing.pdf) {
    const file = failure(await postJson(urls.send, { msgtype: 'file', file: { media_id: mediaId } }, options));
    if (file) return { ...file, partial: true };
  }
  return { reason: { kind: 'sent', shortened: content.shortened, ...(briefing.pdf ? { attachment: briefing.pdf.filename } : {}) }, code: 0 };
}
