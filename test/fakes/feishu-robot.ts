/**
 * A local stand-in for the 飞书 (Feishu/Lark) custom bot webhook, built from 自定义机器人使用指南
 * (https://open.feishu.cn/document/client-docs/bot-v3/add-custom-bot, read through a copy of
 * the page and its mirror on open.larkoffice.com).
 *
 *   POST /open-apis/bot/v2/hook/TOKEN     JSON { msg_type, content | card, [timestamp, sign] }
 *
 * Replies are HTTP 200 with `{code, msg, data}`; success also carries the two legacy fields the
 * page shows (StatusCode, StatusMessage).
 */
import { createHmac } from 'node:crypto';
import { SlidingWindow, startHttpFake, type HttpFake, type HttpReply, type LoggedRequest } from './http-fake.ts';

export interface FeishuBotConfig {
  /** The last path segment of the webhook. */
  readonly token: string;
  /** 签名校验: when set, `timestamp` (seconds) and `sign` are required in the body. */
  readonly secret?: string;
  /** 自定义关键词 (at most 10): a message must contain at least one, in a text or title value. */
  readonly keywords?: readonly string[];
  /** IP 白名单 (plain addresses here; the service also takes ranges). */
  readonly ipWhitelist?: readonly string[];
}

export interface FeishuRobotOptions {
  readonly bots: readonly FeishuBotConfig[];
  /** Documented: 单租户单机器人 100 次/分钟 */
  readonly perMinute?: number;
  /** Documented: 5 次/秒 */
  readonly perSecond?: number;
  /** Documented: 请求体的数据大小不能超过 20 KB. // unconfirmed: 20 KB taken as 20 × 1024 bytes */
  readonly maxBodyBytes?: number;
  /** The fake's clock in ms. */
  readonly now?: () => number;
}

export interface FeishuMessage {
  readonly token: string;
  readonly msg_type: string;
  readonly body: Record<string, unknown>;
  readonly at: number;
}

export interface FeishuRobot {
  readonly url: string;
  webhook(token: string): string;
  readonly messages: FeishuMessage[];
  /** The bot is deleted from its group: its webhook stops working. */
  remove(token: string): void;
  readonly http: HttpFake;
  close(): Promise<void>;
}

/** The documented signature: base64(HmacSHA256(key = timestamp + "\n" + secret, message = "")), timestamp in seconds. */
export function feishuSign(timestampSeconds: number | string, secret: string): string {
  return createHmac('sha256', `${timestampSeconds}\n${secret}`).update(Buffer.alloc(0)).digest('base64');
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v !== '';

/** Checks a post (富文本) body: content.post.{zh_cn|en_us…}.{title?, content: paragraph[]}, paragraph = node[]. */
function validPost(content: unknown): boolean {
  const post = isRecord(content) ? content['post'] : undefined;
  if (!isRecord(post)) return false;
  const locales = Object.values(post);
  if (locales.length === 0) return false; // 富文本消息中至少需要包含一种语言的配置
  return locales.every((l) => {
    if (!isRecord(l) || (l['title'] !== undefined && typeof l['title'] !== 'string')) return false;
    const paragraphs = l['content'];
    return (
      Array.isArray(paragraphs) &&
      paragraphs.every(
        (p) =>
          Array.isArray(p) &&
          p.every((node) => {
            if (!isRecord(node)) return false;
            switch (node['tag']) {
              case 'text':
                return typeof node['text'] === 'string';
              case 'a':
                return typeof node['text'] === 'string' && nonEmpty(node['href']);
              case 'at':
                return nonEmpty(node['user_id']);
              case 'img':
                return nonEmpty(node['image_key']);
              default:
                return false; // unconfirmed: tags beyond the four the page lists (e.g. emotion, media, hr, code_block)
            }
          }),
      )
    );
  });
}

/**
 * The values a keyword is looked for in. Documented: 自定义关键词只对 text、title 这类文本参数值生效 …
 * 不会过滤 href 参数值. // unconfirmed for cards: here every `content`/`text`/`title` string of the card.
 */
function keywordText(body: Record<string, unknown>): string {
  const out: string[] = [];
  const walk = (v: unknown, key: string) => {
    if (typeof v === 'string') {
      if (key === 'text' || key === 'title' || key === 'content') out.push(v);
    } else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (isRecord(v)) for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(body['content'], '');
  walk(body['card'], '');
  return out.join('\n');
}

export async function startFeishuRobot(options: FeishuRobotOptions): Promise<FeishuRobot> {
  const now = options.now ?? Date.now;
  const bots = new Map(options.bots.map((b) => [b.token, b]));
  const perMinute = options.perMinute ?? 100;
  const perSecond = options.perSecond ?? 5;
  const maxBody = options.maxBodyBytes ?? 20 * 1024;
  const windows = new Map<string, { minute: SlidingWindow; second: SlidingWindow }>();
  const messages: FeishuMessage[] = [];

  // Error bodies carry "data": {} as the live service sends them (the page's examples of 19021,
  // 19022 and 19024 omit it; its 9499 example has it).
  const fail = (code: number, msg: string): HttpReply => ({ body: { code, data: {}, msg } });
  const BAD_REQUEST = fail(9499, 'Bad Request');

  function signature(body: Record<string, unknown>, bot: FeishuBotConfig): HttpReply | null {
    if (bot.secret === undefined) return null;
    const ts = body['timestamp'];
    const sign = body['sign'];
    const seconds = typeof ts === 'number' ? ts : typeof ts === 'string' && /^\d+$/.test(ts) ? Number(ts) : NaN;
    // timestamp 是指距当前时间不超过 1 小时（3600 秒）的时间戳，时间单位：s
    const fresh = Number.isFinite(seconds) && Math.abs(now() / 1000 - seconds) <= 3600;
    if (!fresh || sign !== feishuSign(String(ts), bot.secret)) return fail(19021, 'sign match fail or timestamp is not within one hour from current time');
    return null;
  }

  function shape(body: Record<string, unknown>): HttpReply | null {
    const type = body['msg_type'];
    // unconfirmed: seen once from the live service; the page only documents 9499 for a malformed body
    if (!nonEmpty(type)) return fail(19002, 'params error, msg_type need');
    const content = body['content'];
    switch (type) {
      case 'text':
        return isRecord(content) && nonEmpty(content['text']) ? null : BAD_REQUEST;
      case 'post':
        return validPost(content) ? null : BAD_REQUEST;
      case 'image':
        return isRecord(content) && nonEmpty(content['image_key']) ? null : BAD_REQUEST; // the image_key itself is not checked
      case 'share_chat':
        return isRecord(content) && nonEmpty(content['share_chat_id']) ? null : BAD_REQUEST;
      case 'interactive':
        // 发送卡片时，需要将消息体的 content 字符串替换为 card 结构体. The card's inside is not validated. // unconfirmed: errors of a malformed card
        return isRecord(body['card']) ? null : BAD_REQUEST;
      default:
        return BAD_REQUEST; // unconfirmed: the reply to an unknown msg_type
    }
  }

  function limited(token: string): boolean {
    let w = windows.get(token);
    if (!w) windows.set(token, (w = { minute: new SlidingWindow(perMinute, 60_000), second: new SlidingWindow(perSecond, 1000) }));
    // unconfirmed: whether refused requests count, and whether the windows are rolling (they are here)
    if (w.minute.full(now()) || w.second.full(now())) return true;
    w.minute.add(now());
    w.second.add(now());
    return false;
  }

  const http = await startHttpFake((req: LoggedRequest) => {
    const m = /^\/open-apis\/bot\/v2\/hook\/([^/]+)$/.exec(req.path);
    // unconfirmed: the live reply on other paths and methods
    if (!m || req.method !== 'POST') return { status: 404, body: '404 page not found' };
    const bot = bots.get(decodeURIComponent(m[1] ?? ''));
    // Live reply to an unknown or deleted webhook (not on the page).
    if (!bot) return fail(19001, 'param invalid: incoming webhook access token invalid');
    // 请求体大小不能超过 20 K → the page's 9499 Bad Request
    if (req.raw.length > maxBody) return BAD_REQUEST;
    const body = req.body;
    if (!isRecord(body)) return BAD_REQUEST;
    const bad = signature(body, bot) ?? (bot.ipWhitelist && !bot.ipWhitelist.includes(req.remoteAddress) ? fail(19022, 'Ip Not Allowed') : null) ?? shape(body);
    if (bad) return bad;
    if (bot.keywords && bot.keywords.length > 0) {
      const text = keywordText(body);
      if (!bot.keywords.some((k) => text.includes(k))) return fail(19024, 'Key Words Not Found');
    }
    // 11232 is the documented frequency-limit code; the msg is the live one.
    if (limited(bot.token)) return fail(11232, 'frequency limited psm[lark.oapi.app_platform_runtime]appID[1500]');
    messages.push({ token: bot.token, msg_type: body['msg_type'] as string, body, at: now() });
    return { body: { StatusCode: 0, StatusMessage: 'success', code: 0, data: {}, msg: 'success' } };
  });

  return {
    url: http.url,
    webhook: (token) => `${http.url}/open-apis/bot/v2/hook/${encodeURIComponent(token)}`,
    messages,
    remove: (token) => void bots.delete(token),
    http,
    close: () => http.close(),
  };
}
