/** The DingTalk channel against the faithful fake of the custom robot (加签, keywords, limits). */
import { afterEach, describe, expect, it } from 'vitest';
import { startDingtalkRobot, type DingtalkRobot, type DingtalkRobotOptions } from '../fakes/dingtalk-robot.ts';
import { dingtalkSignature } from '../../src/notify/channels/dingtalk.ts';
import { describeChannel, maskWebhook, sendTo } from '../../src/notify/channels/index.ts';
import type { ChannelConfig } from '../../src/notify/channels/types.ts';
import { BRIEFING, longBriefing, utf8, WITH_LINK } from './sample-briefing.ts';

const SIGNED = '5f0c2d1e9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4bc9d0';
const PLAIN = '0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7f00d';
const MONTHLY = '11112222333344445555666677778888999900001111222233334444555566aa';
const SECRET = 'SEC3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e';
const T0 = Date.UTC(2026, 2, 31, 8, 0, 0);

let robot: DingtalkRobot | undefined;
afterEach(async () => {
  await robot?.close();
  robot = undefined;
});

let clock = T0;
async function start(options: Partial<DingtalkRobotOptions> = {}) {
  clock = T0;
  robot = await startDingtalkRobot({
    robots: [{ accessToken: SIGNED, secret: SECRET }, { accessToken: PLAIN }, { accessToken: MONTHLY, keywords: ['月报'] }],
    now: () => clock,
    ...options,
  });
  return robot;
}

const signed = (r: DingtalkRobot, secret = SECRET): ChannelConfig => ({ kind: 'dingtalk', webhook: r.webhook(SIGNED), secret });
const plain = (r: DingtalkRobot): ChannelConfig => ({ kind: 'dingtalk', webhook: r.webhook(PLAIN) });
const options = (extra: { timeoutMs?: number; now?: number } = {}) => ({ timeoutMs: extra.timeoutMs ?? 2000, now: () => new Date(extra.now ?? clock) });
const markdownOf = (r: DingtalkRobot, i = 0) => r.messages[i]?.body['markdown'] as { title: string; text: string };

describe('DingTalk custom robot', () => {
  it('sends a signed markdown message that the robot accepts; the PDF cannot go, the dashboard link ends the text', async () => {
    const r = await start();
    const outcome = await sendTo(signed(r), WITH_LINK, options());

    expect(outcome).toMatchObject({ kind: 'dingtalk', status: 'sent', retryable: false, code: 0 });
    expect(outcome.message).toBe('钉钉群机器人（…c9d0）：发送成功（机器人不能发送附件，PDF 请通过邮件或看板查看）');
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]!.msgtype).toBe('markdown');
    const { title, text } = markdownOf(r);
    expect(title).toBe(BRIEFING.subject);
    expect(text).toBe(`${BRIEFING.markdown}\n\n[打开工会看板查看详情](http://192.168.1.20:8080/month/2026-03)`);
    const query = r.http.requests[0]!.query;
    expect(query.get('timestamp')).toBe(String(T0));
  });

  it('percent-encodes a signature whose base64 has "+" and "/" so that it still matches', async () => {
    let t = T0;
    while (!/[+/]/.test(dingtalkSignature(t, SECRET))) t++;
    const r = await start();
    clock = t;
    const outcome = await sendTo(signed(r), BRIEFING, options());
    expect(outcome.status).toBe('sent');
    expect(r.http.requests[0]!.query.get('sign')).toBe(dingtalkSignature(t, SECRET));
  });

  it('sends unsigned when no secret is configured', async () => {
    const r = await start();
    expect((await sendTo(plain(r), BRIEFING, options())).status).toBe('sent');
    expect(r.http.requests[0]!.query.has('sign')).toBe(false);
  });

  it('a wrong secret is rejected with a line about the 加签 secret, which never shows the secret', async () => {
    const r = await start();
    const wrong = 'SECffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff';
    const outcome = await sendTo(signed(r, wrong), BRIEFING, options());
    expect(outcome).toMatchObject({ status: 'rejected', retryable: false, code: 310000 });
    expect(outcome.message).toBe('钉钉群机器人（…c9d0）：签名校验失败，请核对机器人安全设置里的“加签”密钥（SEC 开头）是否填写正确，并确认本机时间准确');
    expect(outcome.message).not.toContain(wrong);
    expect(outcome.message).not.toContain(SECRET);
    expect(JSON.stringify(outcome)).not.toContain(SIGNED);
    expect(r.messages).toHaveLength(0);
  });

  it('a clock two hours off fails the signature the same way (invalid timestamp)', async () => {
    const r = await start();
    const outcome = await sendTo(signed(r), BRIEFING, options({ now: T0 - 2 * 3600_000 }));
    expect(outcome.status).toBe('rejected');
    expect(outcome.message).toContain('加签');
  });

  it('a robot with 自定义关键词 refuses a briefing without one; configuring the keyword puts it in the title', async () => {
    const r = await start();
    const webhook = r.webhook(MONTHLY);
    const refused = await sendTo({ kind: 'dingtalk', webhook }, BRIEFING, options());
    expect(refused).toMatchObject({ status: 'rejected', retryable: false, code: 310000 });
    expect(refused.message).toBe(
      '钉钉群机器人（…66aa）：消息被拒收，机器人设置了“自定义关键词”，消息里必须出现其中一个；请在机器人安全设置里添加关键词“工会”或“月调度”，或在本渠道的 keyword 中填写已设的关键词',
    );

    const accepted = await sendTo({ kind: 'dingtalk', webhook, keyword: '月报' }, BRIEFING, options());
    expect(accepted.status).toBe('sent');
    expect(markdownOf(r).title).toBe('【月报】2026年3月工会工作月调度简报');
  });

  it('the 21st message within a minute is rate limited and retryable (documented 410100)', async () => {
    const r = await start();
    for (let i = 0; i < 20; i++) expect((await sendTo(plain(r), BRIEFING, options())).status).toBe('sent');
    const outcome = await sendTo(plain(r), BRIEFING, options());
    expect(outcome).toMatchObject({ status: 'rate_limited', retryable: true, code: 410100 });
    expect(outcome.message).toBe('钉钉群机器人（…f00d）：发送太频繁被限流，稍后会自动重试');
  });

  it('the live codes are understood as well: 130101 is rate limited, 300005 is revoked', async () => {
    const r = await start({ codes: 'observed', messagesPerMinute: 1 });
    expect((await sendTo(plain(r), BRIEFING, options())).status).toBe('sent');
    expect(await sendTo(plain(r), BRIEFING, options())).toMatchObject({ status: 'rate_limited', retryable: true, code: 130101 });
    r.remove(SIGNED);
    expect(await sendTo(signed(r), BRIEFING, options())).toMatchObject({ status: 'revoked', retryable: false, code: 300005 });
  });

  it('a deleted robot (400101) and a stopped one (400102) are revoked', async () => {
    const r = await start();
    r.remove(PLAIN);
    const removed = await sendTo(plain(r), BRIEFING, options());
    expect(removed).toMatchObject({ status: 'revoked', retryable: false, code: 400101 });
    expect(removed.message).toBe('钉钉群机器人（…f00d）：机器人已被移出群或已停用，Webhook 地址失效，请在群里重新添加机器人并更新地址');
    r.stop(SIGNED);
    expect(await sendTo(signed(r), BRIEFING, options())).toMatchObject({ status: 'revoked', code: 400102 });
  });

  it('shortens an over-long briefing below the 20000-byte body limit, and the robot accepts it', async () => {
    const r = await start();
    const long = longBriefing(600, 'http://192.168.1.20:8080/month/2026-03');
    expect(utf8(long.markdown)).toBeGreaterThan(20000);
    const outcome = await sendTo(signed(r), long, options());
    expect(outcome.status).toBe('sent');
    expect(outcome.message).toContain('内容较长，已节选');
    const raw = r.http.requests[0]!.raw.length;
    expect(raw).toBeLessThanOrEqual(20000);
    expect(raw).toBeGreaterThan(18000);
    const lines = markdownOf(r).text.split('\n');
    expect(lines.at(-1)).toBe('[打开工会看板查看详情](http://192.168.1.20:8080/month/2026-03)');
    expect(lines.at(-3)).toBe('（内容较长，以上为节选，完整内容见 PDF 附件或邮件）');
  });

  it('a gateway error page is unreachable; a hanging robot times out within timeoutMs; a down one is unreachable', async () => {
    const r = await start();
    r.http.failNext(1, 503);
    expect(await sendTo(plain(r), BRIEFING, options())).toMatchObject({ status: 'unreachable', retryable: true, code: 'HTTP 503' });

    r.http.hang();
    const started = Date.now();
    const hung = await sendTo(plain(r), BRIEFING, options({ timeoutMs: 300 }));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(hung).toMatchObject({ status: 'timeout', retryable: true });

    await r.http.down();
    const down = await sendTo(plain(r), BRIEFING, options());
    expect(down).toMatchObject({ status: 'unreachable', retryable: true, code: 'ECONNREFUSED' });
    expect(down.message).toBe('钉钉群机器人（…f00d）：无法连接（连接被拒绝），稍后会自动重试');
  });

  it('names and masks the webhook without its token', () => {
    const webhook = `https://oapi.dingtalk.com/robot/send?access_token=${SIGNED}`;
    expect(describeChannel({ kind: 'dingtalk', webhook, secret: SECRET })).toBe('钉钉群机器人（…c9d0）');
    expect(maskWebhook(webhook)).toBe('https://oapi.dingtalk.com/robot/send?access_token=...c9d0');
  });
});
