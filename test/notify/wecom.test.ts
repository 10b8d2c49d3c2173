/** The WeCom channel against the faithful fake of the group robot, with Node's fetch over real HTTP. */
import { afterEach, describe, expect, it } from 'vitest';
import { startWecomRobot, type WecomRobot, type WecomRobotOptions } from '../fakes/wecom-robot.ts';
import { describeChannel, maskWebhook, sendTo } from '../../src/notify/channels/index.ts';
import type { ChannelConfig } from '../../src/notify/channels/types.ts';
import { BRIEFING, longBriefing, PDF, utf8, WITH_LINK } from './sample-briefing.ts';

const KEY = '693a91f6-7f3c-4bc4-97a0-0ec2b1f5a1b2';
const OPTIONS = { timeoutMs: 2000 };

let robot: WecomRobot | undefined;
afterEach(async () => {
  await robot?.close();
  robot = undefined;
});

async function start(options: Partial<WecomRobotOptions> = {}) {
  robot = await startWecomRobot({ keys: [KEY], ...options });
  return robot;
}

const channel = (r: WecomRobot, key = KEY): ChannelConfig => ({ kind: 'wecom', webhook: r.sendUrl(key) });

const markdownOf = (r: WecomRobot, i = 0) => (r.messages[i]?.body['markdown'] as { content: string }).content;

describe('WeCom group robot', () => {
  it('sends the markdown, then uploads the PDF and sends it as a file message', async () => {
    const r = await start();
    const outcome = await sendTo(channel(r), BRIEFING, OPTIONS);

    expect(outcome).toMatchObject({ kind: 'wecom', status: 'sent', retryable: false, code: 0 });
    expect(outcome.message).toBe('企业微信群机器人（…a1b2）：发送成功（含附件 2026年3月工会月调度简报.pdf）');
    expect(r.messages.map((m) => m.msgtype)).toEqual(['markdown', 'file']);
    expect(markdownOf(r)).toBe(BRIEFING.markdown);
    expect(r.uploads).toHaveLength(1);
    const upload = r.uploads[0]!;
    expect(upload.filename).toBe('2026年3月工会月调度简报.pdf');
    expect(upload.filelength).toBe(String(PDF.length));
    expect(upload.content.equals(Buffer.from(PDF))).toBe(true);
    expect((r.messages[1]!.body['file'] as { media_id: string }).media_id).toBe(upload.media_id);
  });

  it('sends the text alone when there is no PDF, with the dashboard link as its last line', async () => {
    const r = await start();
    const { pdf: _pdf, ...noPdf } = WITH_LINK;
    const outcome = await sendTo(channel(r), noPdf, OPTIONS);
    expect(outcome.message).toBe('企业微信群机器人（…a1b2）：发送成功');
    expect(r.uploads).toHaveLength(0);
    expect(r.messages.map((m) => m.msgtype)).toEqual(['markdown']);
    expect(markdownOf(r).split('\n').at(-1)).toBe('[打开工会看板查看详情](http://192.168.1.20:8080/month/2026-03)');
  });

  it('adds the subject as a heading when the markdown has none', async () => {
    const r = await start();
    await sendTo(channel(r), { ...BRIEFING, markdown: '本月无新增活动。', pdf: undefined }, OPTIONS);
    expect(markdownOf(r)).toBe('# 2026年3月工会工作月调度简报\n\n本月无新增活动。');
  });

  it('shortens an over-long markdown at a line to fit 4096 bytes, says the rest is in the PDF, and is accepted', async () => {
    const r = await start();
    const long = longBriefing(200, 'http://192.168.1.20:8080/month/2026-03');
    expect(utf8(long.markdown)).toBeGreaterThan(4096);
    const outcome = await sendTo(channel(r), long, OPTIONS);

    expect(outcome.status).toBe('sent');
    expect(outcome.message).toContain('内容较长，已节选');
    const content = markdownOf(r);
    expect(utf8(content)).toBeLessThanOrEqual(4096);
    expect(utf8(content)).toBeGreaterThan(3500);
    const lines = content.split('\n');
    expect(lines.at(-1)).toBe('[打开工会看板查看详情](http://192.168.1.20:8080/month/2026-03)');
    expect(lines.at(-3)).toBe('（内容较长，以上为节选，完整内容见 PDF 附件或邮件）');
    // every kept line is a whole line of the original
    const original = new Set(long.markdown.split('\n'));
    for (const line of lines.slice(0, -4)) expect(original.has(line)).toBe(true);
    expect(r.messages.map((m) => m.msgtype)).toEqual(['markdown', 'file']);
  });

  it('a revoked key gives revoked, not retryable, and prints no key', async () => {
    const r = await start();
    r.revoke(KEY);
    const outcome = await sendTo(channel(r), BRIEFING, OPTIONS);
    expect(outcome).toMatchObject({ status: 'revoked', retryable: false, code: 93000 });
    expect(outcome.message).toBe('企业微信群机器人（…a1b2）：机器人已被移出群或已停用，Webhook 地址失效，请在群里重新添加机器人并更新地址');
    expect(outcome.message).not.toContain(KEY);
  });

  it('the 21st message within a minute is rate limited and retryable', async () => {
    let clock = Date.UTC(2026, 2, 31, 1, 0, 0);
    const r = await start({ now: () => clock });
    const textOnly = { ...BRIEFING, pdf: undefined };
    for (let i = 0; i < 20; i++) expect((await sendTo(channel(r), textOnly, OPTIONS)).status).toBe('sent');
    const outcome = await sendTo(channel(r), textOnly, OPTIONS);
    expect(outcome).toMatchObject({ status: 'rate_limited', retryable: true, code: 45009 });
    expect(outcome.message).toBe('企业微信群机器人（…a1b2）：发送太频繁被限流，稍后会自动重试');
    clock += 61_000;
    expect((await sendTo(channel(r), textOnly, OPTIONS)).status).toBe('sent');
  });

  it('when the file message is the one limited, says the text went out and marks the outcome partial', async () => {
    const r = await start({ messagesPerMinute: 1 });
    const outcome = await sendTo(channel(r), BRIEFING, OPTIONS);
    expect(outcome).toMatchObject({ status: 'rate_limited', retryable: true, partial: true });
    expect(outcome.message).toBe('企业微信群机器人（…a1b2）：发送太频繁被限流，稍后会自动重试（正文已发出，PDF 附件未发出）');
    expect(r.messages.map((m) => m.msgtype)).toEqual(['markdown']);
  });

  it('a gateway error page is unreachable and retryable', async () => {
    const r = await start();
    r.http.failNext(1, 502);
    const outcome = await sendTo(channel(r), BRIEFING, OPTIONS);
    expect(outcome).toMatchObject({ status: 'unreachable', retryable: true, code: 'HTTP 502' });
    expect(outcome.message).toBe('企业微信群机器人（…a1b2）：无法连接（服务器返回错误页面（HTTP 502）），稍后会自动重试');
    expect(r.messages).toHaveLength(0);
  });

  it('a hanging server gives timeout within timeoutMs', async () => {
    const r = await start();
    r.http.hang();
    const started = Date.now();
    const outcome = await sendTo(channel(r), BRIEFING, { timeoutMs: 300 });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(outcome).toMatchObject({ status: 'timeout', retryable: true });
    expect(outcome.message).toBe('企业微信群机器人（…a1b2）：等待对方响应超时，稍后会自动重试');
  });

  it("the caller's deadline ends the wait too", async () => {
    const r = await start();
    r.http.hang();
    const outcome = await sendTo(channel(r), BRIEFING, { timeoutMs: 30_000, signal: AbortSignal.timeout(200) });
    expect(outcome.status).toBe('timeout');
  });

  it('a server that is down gives unreachable (connection refused), and it works again once up', async () => {
    const r = await start();
    await r.http.down();
    const outcome = await sendTo(channel(r), BRIEFING, OPTIONS);
    expect(outcome).toMatchObject({ status: 'unreachable', retryable: true, code: 'ECONNREFUSED' });
    expect(outcome.message).toBe('企业微信群机器人（…a1b2）：无法连接（连接被拒绝），稍后会自动重试');
    await r.http.up();
    expect((await sendTo(channel(r), BRIEFING, OPTIONS)).status).toBe('sent');
  });

  it('a webhook without a key is refused before anything is sent', async () => {
    const r = await start();
    const outcome = await sendTo({ kind: 'wecom', webhook: `${r.url}/cgi-bin/webhook/send` }, BRIEFING, OPTIONS);
    expect(outcome).toMatchObject({ status: 'rejected', retryable: false });
    expect(outcome.message).toBe('企业微信群机器人（地址不完整）：Webhook 地址不正确，请从机器人设置里重新复制完整地址');
    expect(r.http.requests).toHaveLength(0);
  });

  it('names the channel by the name the chair gave it, and masks the key', async () => {
    const r = await start();
    const named: ChannelConfig = { kind: 'wecom', name: '工会委员群', webhook: r.sendUrl(KEY) };
    expect(describeChannel(named)).toBe('工会委员群');
    expect((await sendTo(named, BRIEFING, OPTIONS)).message).toBe('工会委员群：发送成功（含附件 2026年3月工会月调度简报.pdf）');
    expect(describeChannel({ kind: 'wecom', webhook: `https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${KEY}` })).toBe('企业微信群机器人（…a1b2）');
    expect(maskWebhook(`https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${KEY}`)).toBe('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=...a1b2');
  });
});
