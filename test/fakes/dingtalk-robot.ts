/**
 * A local stand-in for the 钉钉 (DingTalk) custom group robot webhook, built from the official
 * pages 自定义机器人接入 / 自定义机器人发送群消息 (https://open.dingtalk.com/document/robots/custom-robot-access,
 * https://open.dingtalk.com/document/orgapp/custom-robots-send-group-messages) and
 * 自定义机器人安全设置 (https://open.dingtalk.com/document/robots/customize-robot-security-settings),
 * read through copies (see test/fakes/README.md).
 *
 *   POST /robot/send?access_token=TOKEN[&timestamp=MS&sign=SIGN]
 *
 * It answers HTTP 200 with `{errcode, errmsg}` like the real service. Two code tables exist for
 * the same failures, and both are offered (`codes`):
 * - `'documented'` (default): the codes of the official error table (400101 access_token不存在,
 *   400102 机器人已停用, 410100 发送速度太快而限流 …); the page gives a Chinese description, not the
 *   errmsg, so the description is used as errmsg. // unconfirmed: the live errmsg of these codes
 * - `'observed'`: what the live endpoint has been seen answering (300005 "token is not exist",
 *   130101 "send too fast, exceed 20 times per minute").
 * A client should not rely on either: it must treat every errcode ≠ 0 as a failure and both
 * 410100 and 130101 as "rate limited".
 */
import { createHmac } from 'node:crypto';
import { SlidingWindow, startHttpFake, type HttpFake, type HttpReply, type LoggedRequest } from './http-fake.ts';

export interface DingtalkRobotConfig {
  readonly accessToken: string;
  /** 加签: the SEC… secret. When set, timestamp and sign are required on the URL. */
  readonly secret?: string;
  /** 自定义关键词 (at most 10): a message must contain at least one. */
  readonly keywords?: readonly string[];
  /** IP地址（段）: when set, requests from other addresses are refused (the fake only sees 127.0.0.1). */
  readonly ipWhitelist?: readonly string[];
}

export interface DingtalkRobotOptions {
  readonly robots: readonly DingtalkRobotConfig[];
  readonly codes?: 'documented' | 'observed';
  /** Documented: 每个机器人每分钟最多发送20条消息到群里 */
  readonly messagesPerMinute?: number;
  /** Documented: 如果超过20条，会限流10分钟 */
  readonly throttleMs?: number;
  /** unconfirmed (not in the pages read): the live service refused bodies over 20000 bytes ("message too long, exceed 20000 bytes"). */
  readonly maxBodyBytes?: number;
  /** The fake's clock in ms (signature window, rate limit). */
  readonly now?: () => number;
}

export interface DingtalkMessage {
  readonly accessToken: string;
  readonly msgtype: string;
  readonly body: Record<string, unknown>;
  readonly at: number;
}

export interface DingtalkRobot {
  readonly url: string;
  /** The webhook as the robot settings page shows it: `…/robot/send?access_token=TOKEN`. */
  webhook(accessToken: string): string;
  readonly messages: DingtalkMessage[];
  /** 机器人已停用 */
  stop(accessToken: string): void;
  /** The robot is deleted: its token no longer exists. */
  remove(accessToken: string): void;
  readonly http: HttpFake;
  close(): Promise<void>;
}

/** The documented signature: urlEncode(base64(HmacSHA256(key = secret, message = timestamp + "\n" + secret))), UTF-8. */
export function dingtalkSign(timestampMs: number | string, secret: string): string {
  return encodeURIComponent(createHmac('sha256', secret).update(`${timestampMs}\n${secret}`, 'utf8').digest('base64'));
}

type Failure = 'tokenNotExist' | 'robotStopped' | 'tooFast' | 'unsupportedType';
const TABLES: Record<'documented' | 'observed', Record<Failure, { errcode: number; errmsg: string }>> = {
  documented: {
    tokenNotExist: { errcode: 400101, errmsg: 'access_token不存在' },
    robotStopped: { errcode: 400102, errmsg: '机器人已停用' },
    tooFast: { errcode: 410100, errmsg: '发送速度太快而限流' },
    unsupportedType: { errcode: 400105, errmsg: '不支持的消息类型' },
  },
  observed: {
    tokenNotExist: { errcode: 300005, errmsg: 'token is not exist' }, // live, 2026; older reports say 300001
    robotStopped: { errcode: 400102, errmsg: 'bot is stopped' }, // unconfirmed (a third party's copy of Aliyun's table)
    tooFast: { errcode: 130101, errmsg: 'send too fast, exceed 20 times per minute' },
    unsupportedType: { errcode: 400105, errmsg: '不支持的消息类型' }, // unconfirmed live text
  },
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (o: unknown, k: string): string | undefined => (isRecord(o) && typeof o[k] === 'string' && o[k] !== '' ? (o[k] as string) : undefined);

/** Required fields per msgtype, as in the message-type tables of the docs. */
function missingField(msgtype: string, section: unknown): string | null {
  const need = (...fields: string[]) => fields.find((f) => str(section, f) === undefined) ?? null;
  switch (msgtype) {
    case 'text':
      return need('content');
    case 'link':
      return need('title', 'text', 'messageUrl');
    case 'markdown':
      return need('title', 'text');
    case 'actionCard': {
      const base = need('title', 'text');
      if (base) return base;
      if (str(section, 'singleTitle') && str(section, 'singleURL')) return null;
      const btns = isRecord(section) ? section['btns'] : undefined;
      if (Array.isArray(btns) && btns.length > 0 && btns.every((b) => str(b, 'title') && str(b, 'actionURL'))) return null;
      return str(section, 'singleTitle') ? 'singleURL' : 'btns';
    }
    case 'feedCard': {
      const links = isRecord(section) ? section['links'] : undefined;
      if (!Array.isArray(links) || links.length === 0) return 'links';
      return links.every((l) => str(l, 'title') && str(l, 'messageURL') && str(l, 'picURL')) ? null : 'links';
    }
    default:
      return null;
  }
}

/** The text a keyword is looked for in. // unconfirmed: which fields DingTalk searches; here every text field, not the URLs. */
function searchableText(body: Record<string, unknown>, msgtype: string): string {
  const section = body[msgtype];
  const out: string[] = [];
  const walk = (v: unknown, key: string) => {
    if (typeof v === 'string') {
      if (!/url$/i.test(key)) out.push(v);
    } else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (isRecord(v)) for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(section, '');
  return out.join('\n');
}

export async function startDingtalkRobot(options: DingtalkRobotOptions): Promise<DingtalkRobot> {
  const now = options.now ?? Date.now;
  const table = TABLES[options.codes ?? 'documented'];
  const robots = new Map(options.robots.map((r) => [r.accessToken, r]));
  const stopped = new Set<string>();
  const perMinute = options.messagesPerMinute ?? 20;
  const throttleMs = options.throttleMs ?? 10 * 60_000;
  const maxBody = options.maxBodyBytes ?? 20000;
  const windows = new Map<string, SlidingWindow>();
  const throttledUntil = new Map<string, number>();
  const messages: DingtalkMessage[] = [];

  const reply = (errcode: number, errmsg: string): HttpReply => ({ body: { errcode, errmsg } });
  const fail = (f: Failure) => reply(table[f].errcode, table[f].errmsg);

  function security(req: LoggedRequest, robot: DingtalkRobotConfig): HttpReply | null {
    if (robot.secret !== undefined) {
      const ts = req.query.get('timestamp');
      const sign = req.query.get('sign'); // URLSearchParams decodes: a '+' the client forgot to encode arrives as ' ' and fails
      // 与请求调用时间误差不能超过1小时 // unconfirmed: that an old timestamp gets the same errmsg as a malformed one
      if (!ts || !/^\d+$/.test(ts) || Math.abs(now() - Number(ts)) > 3600_000) return reply(310000, 'invalid timestamp');
      // unconfirmed: the reply when sign is missing (assumed the same as a wrong one)
      const expected = createHmac('sha256', robot.secret).update(`${ts}\n${robot.secret}`, 'utf8').digest('base64');
      if (sign !== expected) return reply(310000, 'sign not match');
    }
    if (robot.ipWhitelist && !robot.ipWhitelist.includes(req.remoteAddress)) return reply(310000, `ip ${req.remoteAddress} not in whitelist`);
    return null;
  }

  const http = await startHttpFake((req) => {
    // unconfirmed: the live reply on other paths
    if (req.path !== '/robot/send') return { status: 404, body: '<html><body>404 Not Found</body></html>', headers: { 'content-type': 'text/html' } };
    // Live probes (third party): GET → 43002 需要POST请求; no access_token → 40035 缺少参数 access_token.
    if (req.method !== 'POST') return reply(43002, '需要POST请求');
    const token = req.query.get('access_token') ?? '';
    if (token === '') return reply(40035, '缺少参数 access_token');
    const robot = robots.get(token);
    if (!robot) return fail('tokenNotExist');
    if (stopped.has(token)) return fail('robotStopped');
    if ((throttledUntil.get(token) ?? -Infinity) > now()) return fail('tooFast');
    if (req.raw.length > maxBody) return reply(460101, `message too long, exceed ${maxBody} bytes`);
    const bad = security(req, robot);
    if (bad) return bad;
    const body = req.body;
    // unconfirmed: live reply to a body that is not JSON ("缺少参数 json" was seen for a missing body)
    if (!isRecord(body)) return reply(40035, '缺少参数 json');
    const msgtype = body['msgtype'];
    if (typeof msgtype !== 'string' || msgtype === '') return reply(40035, '缺少参数 msgtype'); // unconfirmed
    if (!['text', 'link', 'markdown', 'actionCard', 'feedCard'].includes(msgtype)) return fail('unsupportedType');
    const missing = missingField(msgtype, body[msgtype]);
    // Live text for a missing field (2025): 400403 错误描述:参数 markdown --》 text 缺失，或者参数格式不正确; …
    if (missing) {
      return reply(400403, `错误描述:参数 ${msgtype} --》 ${missing} 缺失，或者参数格式不正确; 解决方案:请填充上对应参数;参考链接:请参考本接口对应文档查看参数获取方式，或者在https://open.dingtalk.com/document/  搜索对应文档;`);
    }
    if (robot.keywords && robot.keywords.length > 0) {
      const text = searchableText(body, msgtype);
      if (!robot.keywords.some((k) => text.includes(k))) return reply(310000, 'keywords not in content');
    }
    let w = windows.get(token);
    if (!w) windows.set(token, (w = new SlidingWindow(perMinute, 60_000)));
    // unconfirmed: whether refused messages count toward the 20 per minute (here only accepted ones do)
    if (w.full(now())) {
      throttledUntil.set(token, now() + throttleMs);
      return fail('tooFast');
    }
    w.add(now());
    messages.push({ accessToken: token, msgtype, body, at: now() });
    return reply(0, 'ok');
  });

  return {
    url: http.url,
    webhook: (token) => `${http.url}/robot/send?access_token=${encodeURIComponent(token)}`,
    messages,
    stop: (token) => void stopped.add(token),
    remove: (token) => void robots.delete(token),
    http,
    close: () => http.close(),
  };
}
