/** E-mail over SMTP with nodemailer: the briefing's text as the body, the PDF attached. */
import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import { classifySmtpError } from './email-failure.ts';
import type { Result } from './reason.ts';
import type { Briefing, ChannelConfig, SendOptions } from './types.ts';

type EmailConfig = Extract<ChannelConfig, { kind: 'email' }>;

function transportOptions(config: EmailConfig, options: SendOptions): SMTPTransport.Options {
  return {
    host: config.host,
    port: config.port,
    secure: config.secure === true,
    requireTLS: config.starttls === true,
    ...(config.user ? { auth: { user: config.user, pass: config.password ?? '' } } : {}),
    ...(options.tlsCa !== undefined ? { tls: { ca: options.tlsCa } } : {}),
    connectionTimeout: options.timeoutMs,
    greetingTimeout: options.timeoutMs,
    socketTimeout: options.timeoutMs,
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}

/** Rejects when the caller's deadline passes; nodemailer itself takes no AbortSignal. */
function deadline(signal: AbortSignal | undefined): { readonly promise: Promise<never>; readonly dispose: () => void } {
  if (!signal) return { promise: new Promise<never>(() => {}), dispose: () => {} };
  let onAbort = () => {};
  const promise = new Promise<never>((_, reject) => {
    onAbort = () => reject(Object.assign(new Error('deadline'), { code: 'ETIMEDOUT' }));
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  return { promise, dispose: () => signal.removeEventListener('abort', onAbort) };
}

export async function sendEmail(config: EmailConfig, briefing: Briefing, options: SendOptions): Promise<Result> {
  const transport = nodemailer.createTransport(transportOptions(config, options));
  const stop = deadline(options.signal);
  try {
    const info = await Promise.race([
      transport.sendMail({
        from: config.from,
        to: [...config.to],
        subject: briefing.subject,
        text: briefing.text,
        ...(briefing.pdf
          ? { attachments: [{ filename: briefing.pdf.filename, content: Buffer.from(briefing.pdf.bytes.buffer, briefing.pdf.bytes.byteOffset, briefing.pdf.bytes.byteLength), contentType: 'application/pdf' }] }
          : {}),
      }),
      stop.promise,
    ]);
    const bounced = info.rejected.map((r) => (typeof r === 'string' ? r : r.address));
    return {
      reason: { kind: 'sent', ...(briefing.pdf ? { attachment: briefing.pdf.filename } : {}), ...(bounced.length > 0 ? { bounced } : {}) },
      code: info.response,
    };
  } catch (error) {
    return classifySmtpError(error, config.to);
  } finally {
    stop.dispose();
    transport.close();
  }
}
