/**
 * A local stand-in for the 企业微信 (WeCom) group robot webhook, built from 群机器人配置说明
 * (https://developer.work.weixin.qq.com/document/path/91770, read through copies of the page,
 * versions of 2023-07-25 and 2025-06-04) and the global error code list (全局错误码,
 * https://developer.work.weixin.qq.com/document/path/90313). Error texts are the ones the real
 * service returns, as published by people who hit them (see test/fakes/README.md).
 *
 *   POST /cgi-bin/webhook/send?key=KEY                      JSON message
 *   POST /cgi-bin/webhook/upload_media?key=KEY&type=file    multipart/form-data, field "media"
 *
 * Like the real service it answers HTTP 200 with `{errcode, errmsg}` whatever went wrong.
 */
import { createHash, randomBytes } from 'node:crypto';
import { parseMultipart, SlidingWindow, startHttpFake, type HttpFake, type HttpReply, type LoggedRequest } from './http-fake.ts';

export interface WecomRobotOptions {
  /** The robots' webhook keys. */
  readonly keys: readonly string[];
  /** Documented: 每个机器人发送的消息不能超过20条/分钟. */
  readonly messagesPerMinute?: number;
  /** Documented 2048 bytes (text.content). // unconfirmed: the live service was seen enforcing 5120 ("text.content exceed max length 5120"). */
  readonly textMaxBytes?: number;
  /** Documented 4096 bytes (markdown.content), confirmed by the live error "markdown.content exceed max length 4096". */
  readonly markdownMaxBytes?: number;
  /** The fake's clock in ms (rate window, media_id expiry). */
  readonly now?: () => number;
}

export interface WecomMessage {
  readonly key: string;
  readonly msgtype: string;
  /** The JSON body as sent. */
  readonly body: Record<string, unknown>;
  /** For news: the articles after the documented truncation (title 128 bytes, description 512 bytes). */
  readonly delivered: Record<string, unknown>;
  readonly at: number;
}

export interface WecomUpload {
  readonly key: string;
  readonly type: 'file' | 'voice';
  readonly media_id: string;
  readonly filename: string | undefined;
  /** `filelength` from Content-Disposition, when the client sent it (the documented example does). */
  readonly filelength: string | undefined;
  readonly contentType: string | undefined;
  readonly content: Buffer;
  readonly createdAt: number;
}

export interface WecomRobot {
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  sendUrl(key: string): string;
  uploadUrl(key: string, type?: string): string;
  readonly messages: WecomMessage[];
  readonly uploads: WecomUpload[];
  /** The robot is removed from its group: its key answers 93000 from now on. */
  revoke(key: string): void;
  /** The HTTP layer: request log and fault switches (failNext, hang, down, up). */
  readonly http: HttpFake;
  close(): Promise<void>;
}

const MEDIA_TTL_MS = 3 * 24 * 3600 * 1000; // 该media_id仅三天内有效
const FILE_MAX = 20 * 1024 * 1024; // 普通文件(file)：文件大小不超过20M // unconfirmed: whether 20M means 20·2^20 or 20·10^6 bytes
const VOICE_MAX = 2 * 1024 * 1024; // 语音(voice)：文件大小不超过2M
const MEDIA_MIN = 5; // 文件大小在5B~20M之间 (2023 text: 均要求大于5个字节) // unconfirmed: whether exactly 5 bytes passes
const IMAGE_MAX = 2 * 1024 * 1024; // 图片（base64编码前）最大不能超过2M
const NEWS_TITLE_MAX = 128; // 标题，不超过128个字节，超过会自动截断
const NEWS_DESCRIPTION_MAX = 512; // 描述，不超过512个字节，超过会自动截断

const utf8Bytes = (s: string) => Buffer.byteLength(s, 'utf8');
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Cuts a string to at most `max` UTF-8 bytes without splitting a character. */
function truncateBytes(s: string, max: number): string {
  const b = Buffer.from(s, 'utf8');
  if (b.length <= max) return s;
  let end = max;
  while (end > 0 && ((b[end] ?? 0) & 0xc0) === 0x80) end--;
  return b.subarray(0, end).toString('utf8');
}

export async function startWecomRobot(options: WecomRobotOptions): Promise<WecomRobot> {
  const now = options.now ?? Date.now;
  const keys = new Set(options.keys);
  const perMinute = options.messagesPerMinute ?? 20;
  const textMax = options.textMaxBytes ?? 2048;
  const markdownMax = options.markdownMaxBytes ?? 4096;
  const windows = new Map<string, SlidingWindow>();
  const messages: WecomMessage[] = [];
  const uploads: WecomUpload[] = [];
  let hints = 0;

  /**
   * The live service appends a request id and the caller's address to every error, e.g.
   * "invalid webhook url, hint: [1716264289200120408162556], from ip: 61.156.117.29, more info at
   * https://open.work.weixin.qq.com/devtool/query?e=93000". Clients must branch on errcode only
   * (the docs: 开发者的程序应该根据errcode来判断出错的情况，而不应该依赖errmsg来匹配).
   */
  const error = (req: LoggedRequest, errcode: number, text: string): HttpReply => ({
    body: {
      errcode,
      errmsg: `${text}, hint: [${now()}${String(++hints).padStart(12, '0')}], from ip: ${req.remoteAddress}, more info at https://open.work.weixin.qq.com/devtool/query?e=${errcode}`,
    },
  });
  const ok = (extra: Record<string, unknown> = {}): HttpReply => ({ body: { errcode: 0, errmsg: 'ok', ...extra } });

  const windowOf = (key: string) => {
    let w = windows.get(key);
    if (!w) windows.set(key, (w = new SlidingWindow(perMinute, 60_000)));
    return w;
  };

  function validContent(req: LoggedRequest, field: string, section: unknown, max: number): HttpReply | null {
    const content = isRecord(section) ? section['content'] : undefined;
    if (typeof content !== 'string' || content.length === 0) return error(req, 44004, 'empty content');
    if (utf8Bytes(content) > max) return error(req, 40058, `${field}.content exceed max length ${max}. invalid Request Parameter`);
    return null;
  }

  function mediaCheck(req: LoggedRequest, key: string, section: unknown, type: 'file' | 'voice'): HttpReply | null {
    const mediaId = isRecord(section) ? section['media_id'] : undefined;
    // unconfirmed: the errmsg of a missing media_id (41006 is 缺少media_id参数 in the global list)
    if (typeof mediaId !== 'string' || mediaId === '') return error(req, 41006, 'media_id missing');
    const upload = uploads.find((u) => u.media_id === mediaId);
    // media_id只能是对应上传文件的机器人可以使用; 3天内有效. // unconfirmed: that a voice media_id in a file message is refused
    if (!upload || upload.key !== key || upload.type !== type || now() - upload.createdAt > MEDIA_TTL_MS) return error(req, 40007, 'invalid media_id');
    return null;
  }

  function send(req: LoggedRequest, key: string): HttpReply {
    const body = req.body;
    // unconfirmed: the reply to a body that is not JSON. The docs only say errmsg then carries "Warning: wrong json format."
    if (!isRecord(body)) return error(req, 40008, 'Warning: wrong json format. invalid message type');
    const msgtype = body['msgtype'];
    const section = typeof msgtype === 'string' ? body[msgtype] : undefined;
    let delivered: Record<string, unknown> = body;
    let problem: HttpReply | null = null;
    switch (msgtype) {
      case 'text':
        problem = validContent(req, 'text', section, textMax);
        break;
      case 'markdown':
        problem = validContent(req, 'markdown', section, markdownMax);
        break;
      case 'markdown_v2': // 2025 docs; same 4096-byte limit assumed // unconfirmed
        problem = validContent(req, 'markdown_v2', section, markdownMax);
        break;
      case 'file':
        problem = mediaCheck(req, key, section, 'file');
        break;
      case 'voice':
        problem = mediaCheck(req, key, section, 'voice');
        break;
      case 'image': {
        const b64 = isRecord(section) ? section['base64'] : undefined;
        const md5 = isRecord(section) ? section['md5'] : undefined;
        // unconfirmed: errcodes for a missing/mismatching md5 (40058 assumed); 40009 is 上传图片大小不是有效值
        if (typeof b64 !== 'string' || typeof md5 !== 'string') problem = error(req, 40058, 'image.base64 or image.md5 missing. invalid Request Parameter');
        else {
          const bytes = Buffer.from(b64, 'base64');
          if (bytes.length > IMAGE_MAX) problem = error(req, 40009, 'invalid image size');
          else if (createHash('md5').update(bytes).digest('hex') !== md5.toLowerCase()) problem = error(req, 40058, 'image.md5 not match. invalid Request Parameter');
        }
        break;
      }
      case 'news': {
        const articles = isRecord(section) ? section['articles'] : undefined;
        // 一个图文消息支持1到8条图文 // unconfirmed: errcode/errmsg outside 1..8 (45008 is 图文消息的文章数量不符合系统限制)
        if (!Array.isArray(articles) || articles.length < 1 || articles.length > 8) {
          problem = error(req, 45008, 'article size out of limit');
          break;
        }
        // unconfirmed: errcode of an article without title or url (40058 assumed)
        if (!articles.every((a) => isRecord(a) && typeof a['title'] === 'string' && a['title'] !== '' && typeof a['url'] === 'string' && a['url'] !== '')) {
          problem = error(req, 40058, 'news.articles.title or url missing. invalid Request Parameter');
          break;
        }
        delivered = {
          ...body,
          news: {
            articles: (articles as Record<string, unknown>[]).map((a) => ({
              ...a,
              title: truncateBytes(a['title'] as string, NEWS_TITLE_MAX),
              ...(typeof a['description'] === 'string' ? { description: truncateBytes(a['description'], NEWS_DESCRIPTION_MAX) } : {}),
            })),
          },
        };
        break;
      }
      case 'template_card':
        // The card's fields are not validated. // unconfirmed: errcodes of a malformed card
        if (!isRecord(section) || !['text_notice', 'news_notice'].includes(section['card_type'] as string)) problem = error(req, 40058, 'template_card.card_type invalid. invalid Request Parameter');
        break;
      default:
        problem = error(req, 40008, 'invalid message type');
    }
    if (problem) return problem;
    // unconfirmed: whether refused requests count toward the 20/minute, and whether the window is rolling (it is here).
    const w = windowOf(key);
    if (w.full(now())) return error(req, 45009, 'api freq out of limit');
    w.add(now());
    messages.push({ key, msgtype: msgtype as string, body, delivered, at: now() });
    return ok();
  }

  function upload(req: LoggedRequest, key: string): HttpReply {
    const type = req.query.get('type');
    // 文件类型，分别有语音(voice)和普通文件(file). // unconfirmed: errmsg of a bad type (40005 is 不合法的type参数)
    if (type !== 'file' && type !== 'voice') return error(req, 40005, 'invalid media type');
    const parts = parseMultipart(req.raw, req.headers['content-type']);
    const media = parts?.find((p) => p.name === 'media');
    // unconfirmed: errmsg when the "media" part is missing (44001 is 多媒体文件为空)
    if (!media) return error(req, 44001, 'empty media data');
    const size = media.data.length;
    // unconfirmed: errmsg of a size outside the limits (40006 is 不合法的文件大小)
    if (size < MEDIA_MIN || size > (type === 'voice' ? VOICE_MAX : FILE_MAX)) return error(req, 40006, 'invalid file size');
    // Voice: 仅支持AMR格式 (AMR files start with "#!AMR"). // unconfirmed: errcode (301017 is 上传语音文件仅支持AMR格式)
    if (type === 'voice' && !media.data.subarray(0, 5).equals(Buffer.from('#!AMR'))) return error(req, 301017, 'invalid voice file format');
    const createdAt = now();
    const media_id = randomBytes(33).toString('base64url'); // 44 characters, like the documented example
    uploads.push({ key, type, media_id, filename: media.filename, filelength: media.params['filelength'], contentType: media.contentType, content: Buffer.from(media.data), createdAt });
    // created_at is a string in the documented reply ("created_at": "1380000000").
    return ok({ type, media_id, created_at: String(Math.floor(createdAt / 1000)) });
  }

  const http = await startHttpFake((req) => {
    const route = req.path === '/cgi-bin/webhook/send' ? send : req.path === '/cgi-bin/webhook/upload_media' ? upload : null;
    // unconfirmed: what the live service answers on other paths
    if (!route) return { status: 404, body: '<html><body>404 Not Found</body></html>', headers: { 'content-type': 'text/html' } };
    // unconfirmed: the reply to GET (43002 is the WeChat family's "require POST method")
    if (req.method !== 'POST') return error(req, 43002, 'require POST method');
    const key = req.query.get('key') ?? '';
    // 93000: 机器人webhookurl不合法或者机器人已经被移除出群 — also the live reply to a missing key.
    if (!keys.has(key)) return error(req, 93000, 'invalid webhook url');
    return route(req, key);
  });

  return {
    url: http.url,
    sendUrl: (key) => `${http.url}/cgi-bin/webhook/send?key=${encodeURIComponent(key)}`,
    uploadUrl: (key, type = 'file') => `${http.url}/cgi-bin/webhook/upload_media?key=${encodeURIComponent(key)}&type=${encodeURIComponent(type)}`,
    messages,
    uploads,
    revoke: (key) => void keys.delete(key),
    http,
    close: () => http.close(),
  };
}
