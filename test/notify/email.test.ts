/** The e-mail channel: the real nodemailer client against the SMTP fake (smtp-server + mailparser). */
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeSmtp, type FakeSmtp, type FakeSmtpOptions } from '../fakes/smtp.ts';
import { describeChannel, sendTo } from '../../src/notify/channels/index.ts';
import type { ChannelConfig, SendOptions } from '../../src/notify/channels/types.ts';
import { BRIEFING, PDF } from './sample-briefing.ts';

const USER = 'union@school.test';
const PASSWORD = 'abcdEFGHijklMNOP';
const TO = ['chair@school.test', 'zhang@school.test', 'li@school.test'];

let fake: FakeSmtp | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function start(options: FakeSmtpOptions = {}) {
  fake = await startFakeSmtp({ users: { [USER]: PASSWORD }, ...options });
  return fake;
}

const email = (f: { port: number }, extra: Partial<Extract<ChannelConfig, { kind: 'email' }>> = {}): ChannelConfig => ({
  kind: 'email',
  host: '127.0.0.1',
  port: f.port,
  user: USER,
  password: PASSWORD,
  from: `"学校工会" <${USER}>`,
  to: TO,
  ...extra,
});

const OPTIONS: SendOptions = { timeoutMs: 2000 };

describe('e-mail over SMTP', () => {
  it('delivers the briefing to every recipient with its subject, text and the PDF attached byte for byte', async () => {
    const f = await start();
    const outcome = await sendTo(email(f), BRIEFING, OPTIONS);

    expect(outcome).toMatchObject({ kind: 'email', status: 'sent', retryable: false, channel: '邮件（chair@school.test 等 3 人）' });
    expect(outcome.message).toBe('邮件（chair@school.test 等 3 人）：发送成功（含附件 2026年3月工会月调度简报.pdf）');
    expect(f.messages).toHaveLength(1);
    const m = f.messages[0]!;
    expect(m.user).toBe(USER);
    expect(m.from).toBe(`"学校工会" <${USER}>`);
    expect(m.to).toEqual(TO);
    expect(m.envelope.rcptTo).toEqual(TO);
    expect(m.subject).toBe(BRIEFING.subject);
    expect(m.text?.trim()).toBe(BRIEFING.text);
    expect(m.attachments).toHaveLength(1);
    expect(m.attachments[0]!.filename).toBe('2026年3月工会月调度简报.pdf');
    expect(m.attachments[0]!.contentType).toBe('application/pdf');
    expect(m.attachments[0]!.content.equals(Buffer.from(PDF))).toBe(true);
  });

  it('upgrades with STARTTLS when asked, trusting the CA it is given', async () => {
    const f = await start({ starttls: true });
    const outcome = await sendTo(email(f, { starttls: true }), BRIEFING, { ...OPTIONS, tlsCa: f.tls!.cert });
    expect(outcome.status).toBe('sent');
    expect(f.messages[0]!.secure).toBe(true);
  });

  it('a certificate it cannot trust is a configuration problem, not retried', async () => {
    const f = await start({ starttls: true });
    const outcome = await sendTo(email(f, { starttls: true }), BRIEFING, OPTIONS);
    expect(outcome).toMatchObject({ status: 'unreachable', retryable: false, code: 'ESOCKET' });
    expect(outcome.message).toBe('邮件（chair@school.test 等 3 人）：邮件服务器的安全证书校验失败，请核对服务器地址、端口和加密方式（SSL/STARTTLS）');
    expect(f.messages).toHaveLength(0);
  });

  it('a wrong password is auth_failed, says 授权码 not the login password, and never shows the password', async () => {
    const f = await start();
    const wrong = 'myLoginPassword123';
    const outcome = await sendTo(email(f, { password: wrong }), BRIEFING, OPTIONS);
    expect(outcome).toMatchObject({ status: 'auth_failed', retryable: false, code: 'EAUTH 535' });
    expect(outcome.message).toBe(
      '邮件（chair@school.test 等 3 人）：邮箱登录失败，账号或邮箱密码/授权码不正确；QQ、163、126 等邮箱要填邮箱设置里生成的“授权码”，不是登录密码',
    );
    expect(JSON.stringify(outcome)).not.toContain(wrong);
    expect(f.messages).toHaveLength(0);
  });

  it('a server that requires a login nobody configured says so', async () => {
    const f = await start();
    const { user: _u, password: _p, ...anonymous } = email(f) as Extract<ChannelConfig, { kind: 'email' }>;
    const outcome = await sendTo(anonymous, BRIEFING, OPTIONS);
    expect(outcome).toMatchObject({ status: 'auth_failed', retryable: false });
    expect(outcome.message).toBe('邮件（chair@school.test 等 3 人）：邮件服务器要求登录，请填写发件邮箱账号和授权码（或密码）');
  });

  it('delivers to the others when one address is refused, and names it', async () => {
    const f = await start({ rejectRecipients: ['zhang@school.test'] });
    const outcome = await sendTo(email(f), BRIEFING, OPTIONS);
    expect(outcome.status).toBe('sent');
    expect(outcome.message).toBe('邮件（chair@school.test 等 3 人）：发送成功（含附件 2026年3月工会月调度简报.pdf；但 zhang@school.test 被退回，请核对地址）');
    expect(f.messages[0]!.envelope.rcptTo).toEqual(['chair@school.test', 'li@school.test']);
  });

  it('every address refused (550) is rejected, naming them, not retried', async () => {
    const f = await start({ rejectRecipients: ['zhang@school.test', 'li@school.test'] });
    const outcome = await sendTo(email(f, { to: ['zhang@school.test', 'li@school.test'] }), BRIEFING, OPTIONS);
    expect(outcome).toMatchObject({ status: 'rejected', retryable: false, code: 'EENVELOPE 550' });
    expect(outcome.message).toBe('邮件（zhang@school.test 等 2 人）：收件人 zhang@school.test、li@school.test 被邮件服务器拒收，请核对邮箱地址');
  });

  it('a transient 4xx (451 after DATA, 450 at RCPT) is retryable, and the retry goes through', async () => {
    const f = await start({ temporaryFailure: { times: 1 } });
    const outcome = await sendTo(email(f), BRIEFING, OPTIONS);
    expect(outcome).toMatchObject({ status: 'rejected', retryable: true, code: 451 });
    expect(outcome.message).toBe('邮件（chair@school.test 等 3 人）：邮件服务器暂时无法接收（451），稍后会自动重试');
    expect((await sendTo(email(f), BRIEFING, OPTIONS)).status).toBe('sent');
    await f.close();

    const g = await start({ temporaryFailure: { times: 1, at: 'RCPT', code: 450 } });
    expect(await sendTo(email(g, { to: ['chair@school.test'] }), BRIEFING, OPTIONS)).toMatchObject({ status: 'rejected', retryable: true, code: 450 });
  });

  it('a message over the advertised SIZE is too big (552), not retried', async () => {
    const f = await start({ size: 2000 });
    const outcome = await sendTo(email(f), BRIEFING, OPTIONS);
    expect(outcome).toMatchObject({ status: 'rejected', retryable: false });
    expect(outcome.message).toBe('邮件（chair@school.test 等 3 人）：邮件太大被邮件服务器拒收，请缩小 PDF 附件后再发');
  });

  it('a connection dropped during DATA is unreachable and retryable', async () => {
    const f = await start({ closeDuringData: { afterBytes: 512 } });
    const outcome = await sendTo(email(f), BRIEFING, OPTIONS);
    expect(outcome).toMatchObject({ status: 'unreachable', retryable: true, code: 'ECONNECTION' });
    expect(outcome.message).toBe('邮件（chair@school.test 等 3 人）：无法连接（连接中断），稍后会自动重试');
  });

  it('a server that never greets times out within timeoutMs', async () => {
    const f = await start({ hang: 'connect' });
    const started = Date.now();
    const outcome = await sendTo(email(f), BRIEFING, { timeoutMs: 300 });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(outcome).toMatchObject({ status: 'timeout', retryable: true, code: 'ETIMEDOUT' });
    expect(outcome.message).toBe('邮件（chair@school.test 等 3 人）：等待对方响应超时，稍后会自动重试');
  });

  it('a server that never answers the end of DATA times out', async () => {
    const f = await start({ hang: 'data' });
    const outcome = await sendTo(email(f), BRIEFING, { timeoutMs: 300 });
    expect(outcome).toMatchObject({ status: 'timeout', retryable: true });
  });

  it("the caller's deadline ends the wait before nodemailer's own timeouts", async () => {
    const f = await start({ hang: 'connect' });
    const started = Date.now();
    const outcome = await sendTo(email(f), BRIEFING, { timeoutMs: 30_000, signal: AbortSignal.timeout(200) });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(outcome.status).toBe('timeout');
  });

  it('a server that is down is unreachable (connection refused) and retryable', async () => {
    const f = await start();
    const port = f.port;
    await f.close();
    fake = undefined;
    const outcome = await sendTo(email({ port }), BRIEFING, OPTIONS);
    expect(outcome).toMatchObject({ status: 'unreachable', retryable: true, code: 'ESOCKET ECONNREFUSED' });
    expect(outcome.message).toBe('邮件（chair@school.test 等 3 人）：无法连接（连接被拒绝），稍后会自动重试');
  });

  it('is named by its first recipient and their number, or by the name the chair gave it', () => {
    expect(describeChannel(email({ port: 25 }, { to: ['chair@school.test'] }))).toBe('邮件（chair@school.test）');
    expect(describeChannel(email({ port: 25 }, { name: '工会委员邮件组' }))).toBe('工会委员邮件组');
  });
});
