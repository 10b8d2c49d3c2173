/**
 * A local SMTP submission server for tests, built on smtp-server (the server half of the
 * Nodemailer project), on 127.0.0.1 and a random free port. Each accepted message is parsed with
 * mailparser and kept in `messages`.
 *
 * How a client connects (nodemailer):
 * - without `starttls`:  `{ host, port, secure: false, ignoreTLS: true, auth }` — the server does
 *   not advertise STARTTLS and accepts AUTH in clear text (allowInsecureAuth).
 * - with `starttls`:     `{ host, port, secure: false, requireTLS: true, tls: { ca: fake.tls.cert }, auth }`
 *   — STARTTLS is advertised with a certificate made in this run (subjectAltName DNS:localhost,
 *   IP:127.0.0.1), and AUTH before STARTTLS is refused with
 *   `538 Error: Must issue a STARTTLS command first` (smtp-server's reply).
 * - implicit TLS (port 465 style, `secure: true`) is not offered.
 *
 * Reply texts follow RFC 5321 codes and, where a server has to choose words, Postfix's wording
 * (the usual MTA behind a school's mail relay); the enhanced status codes (RFC 3463) are written
 * into the text the way Postfix prints them.
 */
import { createServer as createNetServer, type AddressInfo, type Server as NetServer, type Socket } from 'node:net';
import { randomBytes } from 'node:crypto';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { simpleParser, type AddressObject } from 'mailparser';
import { makeSelfSignedCert, type SelfSignedCert } from './self-signed-cert.ts';

export interface ReceivedAttachment {
  readonly filename: string | undefined;
  readonly contentType: string;
  readonly content: Buffer;
}

export interface ReceivedMessage {
  /** SMTP envelope (MAIL FROM / RCPT TO), which may differ from the headers. */
  readonly envelope: { readonly mailFrom: string | null; readonly rcptTo: readonly string[] };
  /** The AUTH user the message was submitted as, if any. */
  readonly user: string | undefined;
  /** Whether the transaction ran over TLS (after STARTTLS). */
  readonly secure: boolean;
  /** The From header as text, e.g. `"学校工会" <union@school.test>`. */
  readonly from: string;
  /** Addresses of the To header. */
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly subject: string;
  readonly text: string | undefined;
  readonly html: string | undefined;
  readonly attachments: readonly ReceivedAttachment[];
  /** The message as transferred (after dot-unstuffing). */
  readonly raw: Buffer;
}

export interface TemporaryFailure {
  /** How many attempts fail before the server accepts. */
  readonly times: number;
  /** The command whose reply is the 4xx (default DATA, i.e. after the message was sent). */
  readonly at?: 'MAIL' | 'RCPT' | 'DATA';
  /** 421, 450, 451 or 452 (default 451). */
  readonly code?: 421 | 450 | 451 | 452;
  readonly message?: string;
}

export interface FakeSmtpOptions {
  /** AUTH users (username → password). When given, AUTH LOGIN/PLAIN is required before MAIL FROM. */
  readonly users?: Readonly<Record<string, string>>;
  /** Offer STARTTLS: `true` makes a self-signed certificate now, or pass one. Default: no TLS at all. */
  readonly starttls?: boolean | SelfSignedCert;
  /** Maximum message size in bytes, advertised as `SIZE n` and enforced with 552. */
  readonly size?: number;
  /** Recipients answered with 550 (exact addresses, case-insensitive, or a predicate). */
  readonly rejectRecipients?: readonly string[] | ((address: string) => boolean);
  /** Fail with a 4xx `times` times, then accept. */
  readonly temporaryFailure?: TemporaryFailure;
  /** Drop the TCP connection once this many bytes of DATA arrived (no reply), `times` times (default once). */
  readonly closeDuringData?: { readonly afterBytes?: number; readonly times?: number };
  /**
   * `'connect'`: accept TCP connections and never send the 220 greeting (no SMTP at all).
   * `'data'`: behave normally but never answer the end of DATA (the message is still recorded).
   */
  readonly hang?: 'connect' | 'data';
  /** Host name in the greeting and EHLO reply (default `fake-smtp.test`). */
  readonly name?: string;
}

export interface SmtpRejection {
  readonly stage: 'AUTH' | 'MAIL' | 'RCPT' | 'DATA';
  readonly code: number;
  readonly message: string;
}

export interface FakeSmtp {
  readonly host: '127.0.0.1';
  readonly port: number;
  readonly messages: ReceivedMessage[];
  /** Every refusal the server sent, in order. */
  readonly rejections: SmtpRejection[];
  /** The STARTTLS certificate, when `starttls` was asked for. */
  readonly tls: SelfSignedCert | undefined;
  /** Number of TCP connections accepted so far. */
  readonly connections: number;
  close(): Promise<void>;
}

function smtpError(code: number, message: string): Error & { responseCode: number } {
  return Object.assign(new Error(message), { responseCode: code });
}

const addresses = (o: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(o) ? o : o ? [o] : []).flatMap((a) => a.value.flatMap((v) => (v.group ?? [v]).map((g) => g.address ?? '')));

const queueId = () => randomBytes(5).toString('hex').toUpperCase();

async function startHangingServer(): Promise<FakeSmtp> {
  const sockets = new Set<Socket>();
  let connections = 0;
  const server: NetServer = createNetServer((socket) => {
    connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    socket.resume(); // read and discard whatever the client says; never write
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    host: '127.0.0.1',
    port: (server.address() as AddressInfo).port,
    messages: [],
    rejections: [],
    tls: undefined,
    get connections() {
      return connections;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

export async function startFakeSmtp(options: FakeSmtpOptions = {}): Promise<FakeSmtp> {
  if (options.hang === 'connect') return startHangingServer();

  const tls = options.starttls === true ? makeSelfSignedCert() : options.starttls || undefined;
  const users = options.users;
  const messages: ReceivedMessage[] = [];
  const rejections: SmtpRejection[] = [];
  let connections = 0;
  let temporaryLeft = options.temporaryFailure?.times ?? 0;
  let dropsLeft = options.closeDuringData ? (options.closeDuringData.times ?? 1) : 0;
  const temporaryAt = options.temporaryFailure?.at ?? 'DATA';
  const hungCallbacks: (() => void)[] = [];

  const reject = (stage: SmtpRejection['stage'], code: number, message: string) => {
    rejections.push({ stage, code, message });
    return smtpError(code, message);
  };
  const temporary = (stage: 'MAIL' | 'RCPT' | 'DATA'): Error | null => {
    if (temporaryAt !== stage || temporaryLeft <= 0) return null;
    temporaryLeft--;
    const code = options.temporaryFailure?.code ?? 451;
    const text =
      options.temporaryFailure?.message ??
      {
        421: '4.3.2 Service not available, closing transmission channel',
        450: '4.2.0 Mailbox temporarily unavailable, try again later',
        451: '4.3.0 Error: queue file write error',
        452: '4.3.1 Insufficient system storage',
      }[code];
    return reject(stage, code, text);
  };
  const isRejected = (address: string): boolean => {
    const r = options.rejectRecipients;
    if (!r) return false;
    if (typeof r === 'function') return r(address);
    return r.some((a) => a.toLowerCase() === address.toLowerCase());
  };

  const disabled: string[] = [];
  if (!tls) disabled.push('STARTTLS');
  if (!users) disabled.push('AUTH');

  const server = new SMTPServer({
    name: options.name ?? 'fake-smtp.test',
    banner: 'ESMTP fake (union-dash tests)',
    logger: false,
    secure: false,
    ...(tls ? { key: tls.key, cert: tls.cert } : {}),
    disabledCommands: disabled,
    authMethods: ['PLAIN', 'LOGIN'],
    authOptional: !users,
    allowInsecureAuth: !tls,
    ...(options.size !== undefined ? { size: options.size, rejectOversized: true } : {}),
    closeTimeout: 100,
    disableReverseLookup: true, // no DNS from the tests
    onConnect(_session, callback) {
      connections++;
      callback();
    },
    onAuth(auth, _session, callback) {
      const expected = auth.username !== undefined ? users?.[auth.username] : undefined;
      if (expected !== undefined && auth.password === expected) return callback(null, { user: auth.username });
      // Postfix/Dovecot wording for a wrong user name or password. // unconfirmed: the wording of the school's actual relay
      callback(reject('AUTH', 535, '5.7.8 Error: authentication failed: authentication failure'));
    },
    onMailFrom(_address, _session, callback) {
      callback(temporary('MAIL'));
    },
    onRcptTo(address, _session, callback) {
      const t = temporary('RCPT');
      if (t) return callback(t);
      if (isRejected(address.address)) {
        // unconfirmed: Postfix's wording; the relay the school uses may word it differently
        return callback(reject('RCPT', 550, `5.1.1 <${address.address}>: Recipient address rejected: User unknown in virtual mailbox table`));
      }
      callback();
    },
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback) {
      const chunks: Buffer[] = [];
      let received = 0;
      const drop = dropsLeft > 0;
      if (drop) dropsLeft--;
      const afterBytes = options.closeDuringData?.afterBytes ?? 1;
      stream.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        received += chunk.length;
        if (drop && received >= afterBytes) {
          // smtp-server keeps the client socket on the connection object; destroying it is what a
          // crashing relay or a cut network looks like to the client: no reply, connection gone.
          for (const c of server.connections as Set<{ id: string; _socket?: Socket }>) {
            if (c.id === session.id) c._socket?.destroy();
          }
        }
      });
      stream.on('end', () => {
        if (drop) return;
        if (stream.sizeExceeded) {
          // rejectOversized answers 552 itself, whatever is passed here.
          rejections.push({ stage: 'DATA', code: 552, message: `Error: message exceeds fixed maximum message size ${options.size}` });
          return callback(null);
        }
        const t = temporary('DATA');
        if (t) return callback(t);
        const raw = Buffer.concat(chunks);
        simpleParser(raw)
          .then((parsed) => {
            messages.push({
              envelope: {
                mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
                rcptTo: session.envelope.rcptTo.map((r) => r.address),
              },
              user: typeof session.user === 'string' ? session.user : undefined,
              secure: session.secure,
              from: parsed.from?.text ?? '',
              to: addresses(parsed.to),
              cc: addresses(parsed.cc),
              subject: parsed.subject ?? '',
              text: parsed.text,
              html: parsed.html === false ? undefined : parsed.html,
              attachments: parsed.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
              raw,
            });
            if (options.hang === 'data') hungCallbacks.push(() => callback(null));
            else callback(null, `2.0.0 Ok: queued as ${queueId()}`);
          })
          .catch((err: Error) => callback(reject('DATA', 554, `5.6.0 Error: message could not be parsed: ${err.message}`)));
      });
    },
  });
  server.on('error', () => {});

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;

  return {
    host: '127.0.0.1',
    port,
    messages,
    rejections,
    tls,
    get connections() {
      return connections;
    },
    close: () =>
      new Promise<void>((resolve) => {
        hungCallbacks.length = 0;
        for (const c of server.connections as Set<{ _socket?: Socket }>) c._socket?.destroy();
        server.close(() => resolve());
      }),
  };
}
