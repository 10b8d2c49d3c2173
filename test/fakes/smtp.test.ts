/**
 * The SMTP fake, exercised by the real client the project will use (nodemailer over TCP).
 */
import { afterEach, describe, expect, it } from 'vitest';
import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import { startFakeSmtp, type FakeSmtp, type FakeSmtpOptions } from './smtp.ts';

const USERS = { 'union@school.test': 'correct horse' };
const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n', 'latin1'), Buffer.alloc(3000, 0x20), Buffer.from('\n%%EOF\n')]);
const SUBJECT = '【月度简报】2026年3月工会工作调度';

let fake: FakeSmtp | undefined;
let transports: nodemailer.Transporter[] = [];

afterEach(async () => {
  for (const t of transports) t.close();
  transports = [];
  await fake?.close();
  fake = undefined;
});

async function start(options: FakeSmtpOptions): Promise<FakeSmtp> {
  fake = await startFakeSmtp(options);
  return fake;
}

function transport(f: FakeSmtp, extra: SMTPTransport.Options = {}): nodemailer.Transporter<SMTPTransport.SentMessageInfo> {
  const t = nodemailer.createTransport({
    host: f.host,
    port: f.port,
    secure: false,
    ignoreTLS: !f.tls,
    ...(f.tls ? { requireTLS: true, tls: { ca: f.tls.cert } } : {}),
    auth: { user: 'union@school.test', pass: 'correct horse' },
    connectionTimeout: 2000,
    greetingTimeout: 2000,
    socketTimeout: 2000,
    ...extra,
  });
  transports.push(t);
  return t;
}

const briefing = {
  from: '"学校工会" <union@school.test>',
  to: ['chair@school.test', '"张老师" <zhang@school.test>'],
  subject: SUBJECT,
  text: '各位老师：本月工会工作调度见附件。',
  html: '<p>各位老师：本月工会工作调度见<b>附件</b>。</p>',
  attachments: [{ filename: '2026年3月工会简报.pdf', content: PDF, contentType: 'application/pdf' }],
};

async function failure(p: Promise<unknown>): Promise<Error & { code?: string; responseCode?: number; response?: string; command?: string; rejected?: string[] }> {
  try {
    await p;
  } catch (err) {
    return err as Error & { code?: string; responseCode?: number };
  }
  throw new Error('expected the send to fail');
}

describe('fake SMTP server with a real nodemailer client', () => {
  it('receives a message with a Chinese subject and a PDF attachment, parsed by mailparser (AUTH LOGIN, no TLS)', async () => {
    const f = await start({ users: USERS });
    const info = await transport(f, { authMethod: 'LOGIN' }).sendMail(briefing);

    expect(info.response).toMatch(/^250 2\.0\.0 Ok: queued as [0-9A-F]{10}$/);
    expect(info.accepted).toEqual(['chair@school.test', 'zhang@school.test']);
    expect(f.messages).toHaveLength(1);
    const m = f.messages[0]!;
    expect(m.subject).toBe(SUBJECT);
    expect(m.raw.toString('latin1')).toMatch(/^Subject: =\?UTF-8\?/im); // RFC 2047 on the wire
    expect(m.from).toBe('"学校工会" <union@school.test>');
    expect(m.to).toEqual(['chair@school.test', 'zhang@school.test']);
    expect(m.envelope).toEqual({ mailFrom: 'union@school.test', rcptTo: ['chair@school.test', 'zhang@school.test'] });
    expect(m.user).toBe('union@school.test');
    expect(m.secure).toBe(false);
    expect(m.text?.trim()).toBe('各位老师：本月工会工作调度见附件。');
    expect(m.html).toContain('<b>附件</b>');
    expect(m.attachments).toHaveLength(1);
    expect(m.attachments[0]!.filename).toBe('2026年3月工会简报.pdf');
    expect(m.attachments[0]!.contentType).toBe('application/pdf');
    expect(m.attachments[0]!.content.equals(PDF)).toBe(true);
  });

  it('upgrades with STARTTLS to a certificate made in this run, then authenticates with AUTH PLAIN', async () => {
    const f = await start({ users: USERS, starttls: true });
    expect(f.tls?.cert).toMatch(/^-----BEGIN CERTIFICATE-----/);
    await transport(f, { authMethod: 'PLAIN' }).sendMail(briefing);
    expect(f.messages[0]!.secure).toBe(true);
    expect(f.messages[0]!.user).toBe('union@school.test');
  });

  it('refuses the self-signed certificate to a client that does not pin it', async () => {
    const f = await start({ users: USERS, starttls: true });
    const err = await failure(transport(f, { tls: {} }).sendMail(briefing));
    expect(err.code).toBe('ESOCKET');
    expect(err.message).toMatch(/self[- ]signed certificate/i);
    expect(f.messages).toHaveLength(0);
  });

  it('refuses AUTH in clear text when STARTTLS is offered but not used (538)', async () => {
    const f = await start({ users: USERS, starttls: true });
    const err = await failure(transport(f, { ignoreTLS: true, requireTLS: false }).sendMail(briefing));
    expect(err.responseCode).toBe(538);
    expect(err.response).toBe('538 Error: Must issue a STARTTLS command first');
  });

  it('answers a wrong password with 535 5.7.8, and nodemailer reports EAUTH', async () => {
    const f = await start({ users: USERS });
    const err = await failure(transport(f, { auth: { user: 'union@school.test', pass: 'wrong' } }).sendMail(briefing));
    expect(err.code).toBe('EAUTH');
    expect(err.responseCode).toBe(535);
    expect(err.response).toBe('535 5.7.8 Error: authentication failed: authentication failure');
    expect(f.rejections).toEqual([{ stage: 'AUTH', code: 535, message: '5.7.8 Error: authentication failed: authentication failure' }]);
  });

  it('requires AUTH when users are configured (530)', async () => {
    const f = await start({ users: USERS });
    const err = await failure(transport(f, { auth: undefined }).sendMail(briefing));
    expect(err.responseCode).toBe(530);
    expect(f.messages).toHaveLength(0);
  });

  it('rejects a recipient with 550 5.1.1: the rest are delivered, and with no recipient left the send fails with EENVELOPE', async () => {
    const f = await start({ users: USERS, rejectRecipients: ['zhang@school.test'] });
    const info = await transport(f).sendMail(briefing);
    expect(info.accepted).toEqual(['chair@school.test']);
    expect(info.rejected).toEqual(['zhang@school.test']);
    expect(f.messages[0]!.envelope.rcptTo).toEqual(['chair@school.test']);

    const err = await failure(transport(f).sendMail({ ...briefing, to: 'zhang@school.test' }));
    expect(err.code).toBe('EENVELOPE');
    expect(err.responseCode).toBe(550);
    expect(err.response).toBe('550 5.1.1 <zhang@school.test>: Recipient address rejected: User unknown in virtual mailbox table');
  });

  it('fails with 451 4.3.0 twice, then accepts the third attempt', async () => {
    const f = await start({ users: USERS, temporaryFailure: { times: 2 } });
    const t = transport(f);
    for (let i = 0; i < 2; i++) {
      const err = await failure(t.sendMail(briefing));
      expect(err.code).toBe('EMESSAGE');
      expect(err.responseCode).toBe(451);
      expect(err.response).toBe('451 4.3.0 Error: queue file write error');
    }
    await t.sendMail(briefing);
    expect(f.messages).toHaveLength(1);
    expect(f.rejections.map((r) => r.code)).toEqual([451, 451]);
  });

  it('can give the temporary failure at RCPT TO instead (450)', async () => {
    const f = await start({ users: USERS, temporaryFailure: { times: 1, at: 'RCPT', code: 450 } });
    const t = transport(f);
    const err = await failure(t.sendMail({ ...briefing, to: 'chair@school.test' }));
    expect(err.code).toBe('EENVELOPE');
    expect(err.responseCode).toBe(450);
    await t.sendMail(briefing);
    expect(f.messages).toHaveLength(1);
  });

  it('advertises SIZE and refuses a bigger message with 552', async () => {
    const f = await start({ users: USERS, size: 2000 });
    const err = await failure(transport(f).sendMail(briefing));
    expect(err.responseCode).toBe(552);
    expect(f.messages).toHaveLength(0);
    await transport(f).sendMail({ from: briefing.from, to: 'chair@school.test', subject: '短消息', text: '好' });
    expect(f.messages).toHaveLength(1);
  });

  it('closes the connection in the middle of DATA: nodemailer reports a lost connection, and the next attempt goes through', async () => {
    const f = await start({ users: USERS, closeDuringData: { afterBytes: 512 } });
    const err = await failure(transport(f).sendMail(briefing));
    expect(err.code).toBe('ECONNECTION');
    expect(err.message).toMatch(/Connection closed unexpectedly/);
    expect(f.messages).toHaveLength(0);
    await transport(f).sendMail(briefing);
    expect(f.messages).toHaveLength(1);
  });

  it('accepts the TCP connection and never greets: greetingTimeout fires (ETIMEDOUT)', async () => {
    const f = await start({ hang: 'connect' });
    const started = Date.now();
    const err = await failure(transport(f, { greetingTimeout: 200 }).sendMail(briefing));
    expect(err.code).toBe('ETIMEDOUT');
    expect(err.message).toBe('Greeting never received');
    expect(Date.now() - started).toBeLessThan(1500);
    expect(f.connections).toBe(1);
  });

  it('never answers the end of DATA: socketTimeout fires (ETIMEDOUT) although the message arrived', async () => {
    const f = await start({ users: USERS, hang: 'data' });
    const err = await failure(transport(f, { socketTimeout: 300 }).sendMail(briefing));
    expect(err.code).toBe('ETIMEDOUT');
    expect(f.messages).toHaveLength(1);
  });
});
