/**
 * The DingTalk custom-robot fake, exercised with Node's fetch over real HTTP. The signature is
 * computed here the way the documentation's Java/Python samples do it, independently of the fake.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createHmac } from 'node:crypto';
import { dingtalkSign, startDingtalkRobot, type DingtalkRobot, type DingtalkRobotOptions } from './dingtalk-robot.ts';

const SIGNED = 'd0c1a8f6signed';
const KEYWORD = 'f3a9keyword';
const SECRET = 'SEC1234567890abcdef1234567890abcdef1234567890abcdef1234567890abcd';
const T0 = Date.UTC(2026, 2, 31, 8, 0, 0);

let robot: DingtalkRobot | undefined;
afterEach(async () => {
  await robot?.close();
  robot = undefined;
});

async function start(options: Partial<DingtalkRobotOptions> = {}) {
  robot = await startDingtalkRobot({
    robots: [
      { accessToken: SIGNED, secret: SECRET },
      { accessToken: KEYWORD, keywords: ['工会', '简报'] },
    ],
    now: () => T0,
    ...options,
  });
  return robot;
}

/** The documented Python sample: quote_plus(base64.b64encode(hmac.new(secret, f"{ts}\n{secret}", sha256).digest())) */
function signature(ts: number | string, secret: string): string {
  const b64 = createHmac('sha256', Buffer.from(secret, 'utf8')).update(Buffer.from(`${ts}\n${secret}`, 'utf8')).digest('base64');
  return encodeURIComponent(b64); // base64 has no space, so this equals quote_plus
}

async function send(url: string, body: unknown) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json;charset=utf-8' }, body: JSON.stringify(body) });
  expect(res.status).toBe(200); // errors come as HTTP 200 with errcode ≠ 0
  return (await res.json()) as { errcode: number; errmsg: string };
}

const signedUrl = (r: DingtalkRobot, ts: number, sign = signature(ts, SECRET)) => `${r.webhook(SIGNED)}&timestamp=${ts}&sign=${sign}`;
const markdown = (title: string, text: string) => ({ msgtype: 'markdown', markdown: { title, text }, at: { atMobiles: [], isAtAll: false } });

describe('fake DingTalk custom robot', () => {
  it('accepts a correctly signed markdown message and records it', async () => {
    const r = await start();
    const body = markdown('3月工会简报', '#### 3月工会工作调度\n> 完成率 **86%**\n\n详见邮件附件');
    expect(await send(signedUrl(r, T0), body)).toEqual({ errcode: 0, errmsg: 'ok' });
    expect(r.messages).toEqual([{ accessToken: SIGNED, msgtype: 'markdown', body, at: T0 }]);
    expect(dingtalkSign(T0, SECRET)).toBe(signature(T0, SECRET));
  });

  it('answers a wrong or missing signature with 310000 "sign not match"', async () => {
    const r = await start();
    expect(await send(signedUrl(r, T0, signature(T0, 'SECwrong')), markdown('t', 'x'))).toEqual({ errcode: 310000, errmsg: 'sign not match' });
    expect(await send(`${r.webhook(SIGNED)}&timestamp=${T0}`, markdown('t', 'x'))).toEqual({ errcode: 310000, errmsg: 'sign not match' });
    // the timestamp in seconds instead of milliseconds is more than an hour away
    expect(await send(signedUrl(r, Math.floor(T0 / 1000), signature(Math.floor(T0 / 1000), SECRET)), markdown('t', 'x'))).toEqual({ errcode: 310000, errmsg: 'invalid timestamp' });
    expect(r.messages).toHaveLength(0);
  });

  it('needs the base64 signature URL-encoded: a raw "+" reads as a space and the signature fails', async () => {
    const r = await start();
    let ts = T0;
    while (!decodeURIComponent(signature(ts, SECRET)).includes('+')) ts--;
    const raw = decodeURIComponent(signature(ts, SECRET));
    expect(await send(signedUrl(r, ts, raw), markdown('t', 'x'))).toEqual({ errcode: 310000, errmsg: 'sign not match' });
    expect((await send(signedUrl(r, ts), markdown('t', 'x'))).errcode).toBe(0);
  });

  it('accepts timestamps up to one hour away from now and refuses older ones (310000 invalid timestamp)', async () => {
    const r = await start();
    expect((await send(signedUrl(r, T0 - 3600_000), markdown('t', 'x'))).errcode).toBe(0);
    expect((await send(signedUrl(r, T0 + 3600_000), markdown('t', 'x'))).errcode).toBe(0);
    expect(await send(signedUrl(r, T0 - 3600_001), markdown('t', 'x'))).toEqual({ errcode: 310000, errmsg: 'invalid timestamp' });
    expect(await send(`${r.webhook(SIGNED)}&timestamp=abc&sign=x`, markdown('t', 'x'))).toEqual({ errcode: 310000, errmsg: 'invalid timestamp' });
  });

  it('with 自定义关键词, wants a keyword in the message text (a keyword in a URL does not count)', async () => {
    const r = await start();
    expect(await send(r.webhook(KEYWORD), markdown('月度', '本月调度已完成'))).toEqual({ errcode: 310000, errmsg: 'keywords not in content' });
    expect(await send(r.webhook(KEYWORD), { msgtype: 'link', link: { title: '月度', text: '见链接', messageUrl: 'https://school.test/工会' } })).toEqual({
      errcode: 310000,
      errmsg: 'keywords not in content',
    });
    expect((await send(r.webhook(KEYWORD), markdown('3月工会简报', '本月调度已完成'))).errcode).toBe(0);
    expect((await send(r.webhook(KEYWORD), { msgtype: 'text', text: { content: '简报已发送' } })).errcode).toBe(0);
  });

  it('refuses a caller outside the IP whitelist with 310000', async () => {
    const r = await start({ robots: [{ accessToken: 'ip', ipWhitelist: ['10.1.2.3'] }] });
    expect(await send(r.webhook('ip'), markdown('t', 'x'))).toEqual({ errcode: 310000, errmsg: 'ip 127.0.0.1 not in whitelist' });
  });

  it('answers an unknown token, a deleted robot and a stopped robot with the documented codes', async () => {
    const r = await start();
    expect(await send(r.webhook('nope'), markdown('t', 'x'))).toEqual({ errcode: 400101, errmsg: 'access_token不存在' });
    expect(await send(`${r.url}/robot/send`, markdown('t', 'x'))).toEqual({ errcode: 40035, errmsg: '缺少参数 access_token' });
    r.stop(SIGNED);
    expect(await send(signedUrl(r, T0), markdown('t', 'x'))).toEqual({ errcode: 400102, errmsg: '机器人已停用' });
    r.remove(KEYWORD);
    expect((await send(r.webhook(KEYWORD), markdown('工会', 'x'))).errcode).toBe(400101);
  });

  it("or with the live service's codes, when asked for them", async () => {
    const r = await start({ codes: 'observed' });
    expect(await send(r.webhook('nope'), markdown('t', 'x'))).toEqual({ errcode: 300005, errmsg: 'token is not exist' });
  });

  it('validates the message shapes: text, link, markdown, actionCard', async () => {
    const r = await start({ robots: [{ accessToken: 'plain' }] });
    const url = r.webhook('plain');
    expect((await send(url, { msgtype: 'text', text: { content: '工会' }, at: { isAtAll: true } })).errcode).toBe(0);
    expect((await send(url, { msgtype: 'link', link: { title: '简报', text: '摘要', messageUrl: 'https://school.test/b', picUrl: '' } })).errcode).toBe(0);
    expect((await send(url, { msgtype: 'actionCard', actionCard: { title: '简报', text: '### 摘要', singleTitle: '阅读全文', singleURL: 'https://school.test/b' } })).errcode).toBe(0);
    expect((await send(url, { msgtype: 'actionCard', actionCard: { title: '简报', text: '摘要', btnOrientation: '0', btns: [{ title: '查看', actionURL: 'https://school.test/b' }] } })).errcode).toBe(0);
    const missing = await send(url, { msgtype: 'markdown', markdown: { title: '简报' } });
    expect(missing.errcode).toBe(400403);
    expect(missing.errmsg).toMatch(/^错误描述:参数 markdown --》 text 缺失，或者参数格式不正确;/);
    expect((await send(url, { msgtype: 'actionCard', actionCard: { title: '简报', text: '摘要' } })).errcode).toBe(400403);
    expect(await send(url, { msgtype: 'image', image: {} })).toEqual({ errcode: 400105, errmsg: '不支持的消息类型' });
    expect(r.messages.map((m) => m.msgtype)).toEqual(['text', 'link', 'actionCard', 'actionCard']);
  });

  it('refuses a body over 20000 bytes (460101)', async () => {
    const r = await start({ robots: [{ accessToken: 'plain' }] });
    const text = '工'.repeat(6700); // about 20 100 bytes of JSON
    expect(await send(r.webhook('plain'), markdown('简报', text))).toEqual({ errcode: 460101, errmsg: 'message too long, exceed 20000 bytes' });
    expect((await send(r.webhook('plain'), markdown('简报', '工'.repeat(6000)))).errcode).toBe(0);
  });

  it('allows 20 messages a minute, then throttles the robot for 10 minutes (410100; 130101 with the live codes)', async () => {
    let t = T0;
    const r = await start({ robots: [{ accessToken: 'plain' }], now: () => t });
    for (let i = 0; i < 20; i++) {
      expect((await send(r.webhook('plain'), markdown('简报', `第${i + 1}条`))).errcode).toBe(0);
      t += 500;
    }
    expect(await send(r.webhook('plain'), markdown('简报', '第21条'))).toEqual({ errcode: 410100, errmsg: '发送速度太快而限流' });
    t += 60_000; // the minute is over, but the penalty lasts 10 minutes
    expect((await send(r.webhook('plain'), markdown('简报', 'x'))).errcode).toBe(410100);
    t = T0 + 10_000 + 10 * 60_000;
    expect((await send(r.webhook('plain'), markdown('简报', 'x'))).errcode).toBe(0);

    await r.close();
    t = T0;
    const live = (robot = await startDingtalkRobot({ robots: [{ accessToken: 'plain' }], codes: 'observed', now: () => t }));
    for (let i = 0; i < 20; i++) await send(live.webhook('plain'), markdown('简报', 'x'));
    expect(await send(live.webhook('plain'), markdown('简报', 'x'))).toEqual({ errcode: 130101, errmsg: 'send too fast, exceed 20 times per minute' });
  });
});
