/**
 * The Feishu custom-bot fake, exercised with Node's fetch over real HTTP. The signature is
 * computed here as in the page's Python sample, independently of the fake.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createHmac } from 'node:crypto';
import { feishuSign, startFeishuRobot, type FeishuRobot, type FeishuRobotOptions } from './feishu-robot.ts';

const SIGNED = '5e3d587e-d78e-4a07-bd07-265f269f86fd';
const KEYWORD = '0a1b2c3d-0000-4a07-bd07-000000000002';
const SECRET = 'nIMtb7r3N9pkXyXdtAbx6e';
const T0 = Date.UTC(2026, 2, 31, 8, 0, 0);
const S0 = T0 / 1000;
const SUCCESS = { StatusCode: 0, StatusMessage: 'success', code: 0, data: {}, msg: 'success' };

let robot: FeishuRobot | undefined;
afterEach(async () => {
  await robot?.close();
  robot = undefined;
});

async function start(options: Partial<FeishuRobotOptions> = {}) {
  robot = await startFeishuRobot({
    bots: [
      { token: SIGNED, secret: SECRET },
      { token: KEYWORD, keywords: ['工会'] },
    ],
    now: () => T0,
    ...options,
  });
  return robot;
}

/** The page's Python sample: hmac.new(f"{timestamp}\n{secret}".encode(), digestmod=sha256) over nothing, then base64. */
function sign(timestamp: number | string, secret: string): string {
  return createHmac('sha256', Buffer.from(`${timestamp}\n${secret}`, 'utf8')).digest('base64');
}

async function send(url: string, body: unknown) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  expect(res.status).toBe(200);
  return (await res.json()) as { code: number; msg: string; data?: unknown };
}

const post = (title: string, lines: unknown[][]) => ({ msg_type: 'post', content: { post: { zh_cn: { title, content: lines } } } });
const briefing = post('3月工会工作调度', [
  [
    { tag: 'text', text: '本月完成率 86%，' },
    { tag: 'a', text: '查看简报', href: 'https://school.test/briefing/2026-03' },
  ],
  [{ tag: 'at', user_id: 'all', user_name: '所有人' }],
]);
const signed = (body: Record<string, unknown>, ts: number | string = String(S0), secret = SECRET) => ({ timestamp: ts, sign: sign(ts, secret), ...body });

describe('fake Feishu custom bot', () => {
  it('accepts a signed rich-text (post) message with the documented success body', async () => {
    const r = await start();
    expect(await send(r.webhook(SIGNED), signed(briefing))).toEqual(SUCCESS);
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]).toMatchObject({ token: SIGNED, msg_type: 'post', body: { content: briefing.content } });
    expect(feishuSign(S0, SECRET)).toBe(sign(S0, SECRET));
  });

  it('accepts text, image, share_chat and interactive (card at the top level) messages', async () => {
    const r = await start();
    const url = r.webhook(SIGNED);
    expect((await send(url, signed({ msg_type: 'text', content: { text: '<at user_id="all">所有人</at> 3月简报已发邮件' } }))).code).toBe(0);
    expect((await send(url, signed({ msg_type: 'image', content: { image_key: 'img_ecffc3b9-8f14-400f-a014-05eca1a4310g' } }))).code).toBe(0);
    expect((await send(url, signed({ msg_type: 'share_chat', content: { share_chat_id: 'oc_f5b1a7eb27ae2' } }))).code).toBe(0);
    const card = { schema: '2.0', header: { title: { tag: 'plain_text', content: '3月工会简报' }, template: 'blue' }, body: { elements: [{ tag: 'markdown', content: '**完成率** 86%' }] } };
    expect((await send(url, signed({ msg_type: 'interactive', card }))).code).toBe(0);
    expect(await send(url, signed({ msg_type: 'interactive', content: JSON.stringify(card) }))).toEqual({ code: 9499, data: {}, msg: 'Bad Request' });
    expect(r.messages.map((m) => m.msg_type)).toEqual(['text', 'image', 'share_chat', 'interactive']);
  });

  it('answers a wrong signature, a missing one and a millisecond timestamp with 19021', async () => {
    const r = await start();
    const e19021 = { code: 19021, data: {}, msg: 'sign match fail or timestamp is not within one hour from current time' };
    expect(await send(r.webhook(SIGNED), signed(briefing, String(S0), 'wrong secret'))).toEqual(e19021);
    expect(await send(r.webhook(SIGNED), briefing)).toEqual(e19021);
    expect(await send(r.webhook(SIGNED), signed(briefing, String(T0)))).toEqual(e19021);
    expect(r.messages).toHaveLength(0);
  });

  it('accepts a timestamp up to 3600 s away (as a string or a number) and refuses 3601 s', async () => {
    const r = await start();
    expect((await send(r.webhook(SIGNED), signed(briefing, String(S0 - 3600)))).code).toBe(0);
    expect((await send(r.webhook(SIGNED), signed(briefing, S0 + 3600))).code).toBe(0);
    expect((await send(r.webhook(SIGNED), signed(briefing, String(S0 - 3601)))).code).toBe(19021);
  });

  it('with 自定义关键词, looks in text and title values only, not in href (19024)', async () => {
    const r = await start();
    expect((await send(r.webhook(KEYWORD), briefing)).code).toBe(0); // 工会 is in the title
    const hrefOnly = post('3月简报', [[{ tag: 'a', text: '查看', href: 'https://school.test/工会' }]]);
    expect(await send(r.webhook(KEYWORD), hrefOnly)).toEqual({ code: 19024, data: {}, msg: 'Key Words Not Found' });
    expect((await send(r.webhook(KEYWORD), { msg_type: 'text', content: { text: '工会简报' } })).code).toBe(0);
  });

  it('answers an unknown or deleted webhook with 19001, and an address outside the whitelist with 19022', async () => {
    const r = await start({ bots: [{ token: 'a' }, { token: 'ip', ipWhitelist: ['123.12.1.1'] }] });
    expect(await send(r.webhook('nope'), briefing)).toEqual({ code: 19001, data: {}, msg: 'param invalid: incoming webhook access token invalid' });
    expect((await send(r.webhook('a'), briefing)).code).toBe(0);
    r.remove('a');
    expect((await send(r.webhook('a'), briefing)).code).toBe(19001);
    expect(await send(r.webhook('ip'), briefing)).toEqual({ code: 19022, data: {}, msg: 'Ip Not Allowed' });
  });

  it('refuses a body over 20 KB and malformed bodies with 9499 Bad Request', async () => {
    const r = await start({ bots: [{ token: 'a' }] });
    const big = post('简报', [[{ tag: 'text', text: '工'.repeat(6900) }]]); // 20.7 KB of JSON
    expect(await send(r.webhook('a'), big)).toEqual({ code: 9499, data: {}, msg: 'Bad Request' });
    expect((await send(r.webhook('a'), post('简报', [[{ tag: 'text', text: '工'.repeat(6500) }]]))).code).toBe(0);
    expect((await send(r.webhook('a'), '{not json')).code).toBe(9499);
    expect((await send(r.webhook('a'), { msg_type: 'post', content: { post: { zh_cn: { title: 'x' } } } })).code).toBe(9499);
    expect((await send(r.webhook('a'), post('x', [[{ tag: 'a', text: 'no href' }]]))).code).toBe(9499);
    expect((await send(r.webhook('a'), { msg_type: 'text', content: {} })).code).toBe(9499);
    expect(await send(r.webhook('a'), { content: { text: 'x' } })).toEqual({ code: 19002, data: {}, msg: 'params error, msg_type need' });
  });

  it('limits a bot to 5 messages a second and 100 a minute (11232), on an injected clock', async () => {
    let t = T0;
    const r = await start({ bots: [{ token: 'a' }], now: () => t });
    const text = { msg_type: 'text', content: { text: '工会' } };
    for (let i = 0; i < 5; i++) expect((await send(r.webhook('a'), text)).code).toBe(0);
    const limited = await send(r.webhook('a'), text);
    expect(limited.code).toBe(11232);
    expect(limited.msg).toMatch(/^frequency limited/);
    t += 1000;
    expect((await send(r.webhook('a'), text)).code).toBe(0);
    // 94 more in the same minute at 4 a second: 100 in all, then the minute limit
    for (let i = 0; i < 94; i++) {
      t += 250;
      expect((await send(r.webhook('a'), text)).code).toBe(0);
    }
    t += 250;
    expect((await send(r.webhook('a'), text)).code).toBe(11232);
    expect(r.messages).toHaveLength(100);
    t = T0 + 60_001;
    expect((await send(r.webhook('a'), text)).code).toBe(0);
  });
});
