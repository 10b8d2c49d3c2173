/** The Feishu channel against the faithful fake of the custom bot (签名校验, keywords, limits). */
import { afterEach, describe, expect, it } from 'vitest';
import { startFeishuRobot, type FeishuRobot, type FeishuRobotOptions } from '../fakes/feishu-robot.ts';
import { describeChannel, maskWebhook, sendTo } from '../../src/notify/channels/index.ts';
import type { ChannelConfig } from '../../src/notify/channels/types.ts';
import { BRIEFING, longBriefing, utf8, WITH_LINK } from './sample-briefing.ts';

const SIGNED = '5e3d587e-d78e-4a07-bd07-265f269f86fd';
const PLAIN = '0a1b2c3d-0000-4a07-bd07-000000000a1c';
const MONTHLY = '9f8e7d6c-0000-4a07-bd07-00000000beef';
const SECRET = 'nIMtb7r3N9pkXyXdtAbx6e';
const T0 = Date.UTC(2026, 2, 31, 8, 0, 0);

let robot: FeishuRobot | undefined;
afterEach(async () => {
  await robot?.close();
  robot = undefined;
});

let clock = T0;
async function start(options: Partial<FeishuRobotOptions> = {}) {
  clock = T0;
  robot = await startFeishuRobot({
    bots: [{ token: SIGNED, secret: SECRET }, { token: PLAIN }, { token: MONTHLY, keywords: ['月报'] }],
    now: () => clock,
    ...options,
  });
  return robot;
}

const signed = (r: FeishuRobot, secret = SECRET): ChannelConfig => ({ kind: 'feishu', webhook: r.webhook(SIGNED), secret });
const plain = (r: FeishuRobot): ChannelConfig => ({ kind: 'feishu', webhook: r.webhook(PLAIN) });
const options = (extra: { timeoutMs?: number; now?: number } = {}) => ({ timeoutMs: extra.timeoutMs ?? 2000, now: () => new Date(extra.now ?? clock) });

type Node = { tag: string; text: string; href?: string };
const postOf = (r: FeishuRobot, i = 0) =>
  (r.messages[i]?.body['content'] as { post: { zh_cn: { title: string; content: Node[][] } } }).post.zh_cn;
const linesOf = (r: FeishuRobot, i = 0) => postOf(r, i).content.map((p) => p.map((n) => n.text).join(''));

describe('Feishu custom bot', () => {
  it('sends a signed post: the subject as title, one paragraph per line without markdown marks, the link as an a tag', async () => {
    const r = await start();
    const outcome = await sendTo(signed(r), WITH_LINK, options());

    expect(outcome).toMatchObject({ kind: 'feishu', status: 'sent', retryable: false, code: 0 });
    expect(outcome.message).toBe('飞书群机器人（…86fd）：发送成功（机器人不能发送附件，PDF 请通过邮件或看板查看）');
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]!.msg_type).toBe('post');
    const post = postOf(r);
    expect(post.title).toBe(BRIEFING.subject);
    expect(linesOf(r)).toEqual([
      '2026年3月工会工作月调度',
      '',
      '本月要点',
      '- 教职工参与率 86%，达到学期目标',
      '- 困难教职工慰问 3 人次',
      '- 经费支出 12,300 元，占预算 41%',
      '',
      '打开工会看板查看详情',
    ]);
    expect(post.content.at(-1)).toEqual([{ tag: 'a', text: '打开工会看板查看详情', href: 'http://192.168.1.20:8080/month/2026-03' }]);
    const body = r.messages[0]!.body;
    expect(body['timestamp']).toBe(String(T0 / 1000));
  });

  it('sends unsigned when no secret is configured', async () => {
    const r = await start();
    expect((await sendTo(plain(r), BRIEFING, options())).status).toBe('sent');
    expect(r.messages[0]!.body).not.toHaveProperty('sign');
  });

  it('a wrong secret is rejected (19021) with a line about the 加签 secret, which never shows the secret', async () => {
    const r = await start();
    const outcome = await sendTo(signed(r, 'wrongSecretWrongSecret'), BRIEFING, options());
    expect(outcome).toMatchObject({ status: 'rejected', retryable: false, code: 19021 });
    expect(outcome.message).toBe('飞书群机器人（…86fd）：签名校验失败，请核对机器人安全设置里“签名校验”的加签密钥是否填写正确，并确认本机时间准确');
    expect(JSON.stringify(outcome)).not.toContain('wrongSecret');
    expect(JSON.stringify(outcome)).not.toContain(SIGNED);
  });

  it('a clock two hours off fails the signature too', async () => {
    const r = await start();
    expect(await sendTo(signed(r), BRIEFING, options({ now: T0 + 2 * 3600_000 }))).toMatchObject({ status: 'rejected', code: 19021 });
  });

  it('a bot with 自定义关键词 refuses a briefing without one (19024); configuring the keyword puts it in the title', async () => {
    const r = await start();
    const webhook = r.webhook(MONTHLY);
    const refused = await sendTo({ kind: 'feishu', webhook }, BRIEFING, options());
    expect(refused).toMatchObject({ status: 'rejected', retryable: false, code: 19024 });
    expect(refused.message).toContain('自定义关键词');
    expect(refused.message).toContain('“工会”或“月调度”');

    const accepted = await sendTo({ kind: 'feishu', webhook, keyword: '月报' }, BRIEFING, options());
    expect(accepted.status).toBe('sent');
    expect(postOf(r).title).toBe('【月报】2026年3月工会工作月调度简报');
  });

  it('the 6th message within a second is rate limited (11232) and retryable', async () => {
    const r = await start();
    for (let i = 0; i < 5; i++) expect((await sendTo(plain(r), BRIEFING, options())).status).toBe('sent');
    const outcome = await sendTo(plain(r), BRIEFING, options());
    expect(outcome).toMatchObject({ status: 'rate_limited', retryable: true, code: 11232 });
    expect(outcome.message).toBe('飞书群机器人（…0a1c）：发送太频繁被限流，稍后会自动重试');
  });

  it('a deleted bot (19001) is revoked', async () => {
    const r = await start();
    r.remove(PLAIN);
    const outcome = await sendTo(plain(r), BRIEFING, options());
    expect(outcome).toMatchObject({ status: 'revoked', retryable: false, code: 19001 });
    expect(outcome.message).toBe('飞书群机器人（…0a1c）：机器人已被移出群或已停用，Webhook 地址失效，请在群里重新添加机器人并更新地址');
  });

  it('shortens an over-long briefing below the 20 KB body limit, and the bot accepts it', async () => {
    const r = await start();
    const long = longBriefing(600, 'http://192.168.1.20:8080/month/2026-03');
    expect(utf8(long.markdown)).toBeGreaterThan(20 * 1024);
    const outcome = await sendTo(signed(r), long, options());
    expect(outcome.status).toBe('sent');
    expect(outcome.message).toContain('内容较长，已节选');
    const raw = r.http.requests[0]!.raw.length;
    expect(raw).toBeLessThanOrEqual(20000);
    expect(raw).toBeGreaterThan(17000);
    const lines = linesOf(r);
    expect(lines.at(-1)).toBe('打开工会看板查看详情');
    expect(lines.at(-3)).toBe('（内容较长，以上为节选，完整内容见 PDF 附件或邮件）');
  });

  it('a gateway error page is unreachable; a hanging bot times out within timeoutMs; a down one is unreachable', async () => {
    const r = await start();
    r.http.failNext(1, 502);
    expect(await sendTo(plain(r), BRIEFING, options())).toMatchObject({ status: 'unreachable', retryable: true, code: 'HTTP 502' });

    r.http.hang();
    const started = Date.now();
    const hung = await sendTo(plain(r), BRIEFING, options({ timeoutMs: 300 }));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(hung).toMatchObject({ status: 'timeout', retryable: true, code: 'TIMEOUT' });
    expect(hung.message).toBe('飞书群机器人（…0a1c）：等待对方响应超时，稍后会自动重试');

    await r.http.down();
    expect(await sendTo(plain(r), BRIEFING, options())).toMatchObject({ status: 'unreachable', retryable: true, code: 'ECONNREFUSED' });
  });

  it('a host name that does not resolve is unreachable', async () => {
    const outcome = await sendTo({ kind: 'feishu', webhook: `http://robot.invalid/open-apis/bot/v2/hook/${PLAIN}` }, BRIEFING, { timeoutMs: 5000 });
    expect(outcome.status).toBe('unreachable');
    expect(outcome.retryable).toBe(true);
    expect(['ENOTFOUND', 'EAI_AGAIN']).toContain(outcome.code);
  });

  it('names and masks the webhook without its token', () => {
    const webhook = `https://open.feishu.cn/open-apis/bot/v2/hook/${SIGNED}`;
    expect(describeChannel({ kind: 'feishu', webhook })).toBe('飞书群机器人（…86fd）');
    expect(maskWebhook(webhook)).toBe('https://open.feishu.cn/open-apis/bot/v2/hook/...86fd');
  });
});
