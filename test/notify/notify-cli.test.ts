/**
 * `union-dash notify` end to end, as the union chair relies on it: the real ledgers of the
 * fixture school, the real clients (nodemailer, fetch) against the fakes of the mail server
 * and of the 企业微信 / 钉钉 / 飞书 group robots, the 月调度简报 PDF printed by Chromium, and
 * the delivery log beside the config file deciding what is sent again.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { runNotify } from '../../src/cli/notify.ts';
import type { CliIO } from '../../src/cli/io.ts';
import { PdfPrinter } from '../../src/report/pdf/index.ts';
import { readPdf, requireBrowser, requirePoppler } from '../helpers/browser.ts';
import { startDingtalkRobot, dingtalkSign, type DingtalkRobot } from '../fakes/dingtalk-robot.ts';
import { startFeishuRobot, type FeishuRobot } from '../fakes/feishu-robot.ts';
import { startFakeSmtp, type FakeSmtp } from '../fakes/smtp.ts';
import { startWecomRobot, type WecomRobot } from '../fakes/wecom-robot.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const TODAY = '2026-07-31';
const MONTH = '2026-05';
const SCHOOL = '青禾市第三中学';
const LINK = 'http://192.168.1.10:3000';
const PDF_NAME = '2026年5月月调度简报.pdf';

const USER = 'union@qinghe3.test';
const PASSWORD = 'abcdEFGHijklMNOP';
const WRONG_PASSWORD = 'myLoginPassword123';
const TO = ['chair@qinghe3.test', 'vice@qinghe3.test', 'committee@qinghe3.test'];
const WECOM_KEY = '693a91f6-7f3c-4bc4-97a0-0ec2b1f5a1b2';
const DING_TOKEN = '5f0c2d1e9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4bc9d0';
const DING_SECRET = 'SEC3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e';
const FEISHU_TOKEN = '5e3d587e-d78e-4a07-bd07-265f269f86fd';
const FEISHU_SECRET = 'nIMtb7r3N9pkXyXdtAbx6e';
const SECRETS = [PASSWORD, WRONG_PASSWORD, WECOM_KEY, DING_TOKEN, DING_SECRET, FEISHU_TOKEN, FEISHU_SECRET];

const LABEL = {
  email: '邮件（chair@qinghe3.test 等 3 人）',
  wecom: '企业微信群机器人（…a1b2）',
  dingtalk: '钉钉群机器人（…c9d0）',
  feishu: '飞书群机器人（…86fd）',
} as const;

/** A 关爱慰问 activity added to the copy of the fixtures: the committee's briefing must not name it. */
const WELFARE_NAME = '慰问住院教职工周某某';
const WELFARE_MASK = '关爱慰问（详情仅主席可见）';

let printer: PdfPrinter;
beforeAll(() => {
  printer = new PdfPrinter();
});
afterAll(async () => {
  await printer.close();
});

interface Fakes {
  smtp: FakeSmtp;
  wecom: WecomRobot;
  dingtalk: DingtalkRobot;
  feishu: FeishuRobot;
}

let dir: string | undefined;
let fakes: Fakes | undefined;
afterEach(async () => {
  if (fakes) await Promise.all([fakes.smtp.close(), fakes.wecom.close(), fakes.dingtalk.close(), fakes.feishu.close()]);
  fakes = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** A fresh folder with the fixture ledgers and one 关爱慰问 activity in June (the month after the briefing's). */
async function school(): Promise<string> {
  dir = mkdtempSync(join(tmpdir(), 'union-dash-notify-cli-'));
  for (const f of readdirSync(FIXTURES)) if (f.endsWith('.xlsx')) copyFileSync(join(FIXTURES, f), join(dir, f));
  const book = new ExcelJS.Workbook();
  const file = join(dir, '活动与签到.xlsx');
  await book.xlsx.readFile(file);
  book.getWorksheet('活动台账')!.addRow([17, WELFARE_NAME, new Date(Date.UTC(2026, 5, 3)), '慰问', null, '市人民医院', '方立群']);
  await book.xlsx.writeFile(file);
  return dir;
}

async function startFakes(): Promise<Fakes> {
  const [smtp, wecom, dingtalk, feishu] = await Promise.all([
    startFakeSmtp({ users: { [USER]: PASSWORD } }),
    startWecomRobot({ keys: [WECOM_KEY] }),
    startDingtalkRobot({ robots: [{ accessToken: DING_TOKEN, secret: DING_SECRET }] }),
    startFeishuRobot({ bots: [{ token: FEISHU_TOKEN, secret: FEISHU_SECRET }] }),
  ]);
  fakes = { smtp, wecom, dingtalk, feishu };
  return fakes;
}

type Channel = Record<string, unknown>;

const emailChannel = (f: Fakes, extra: Channel = {}): Channel => ({
  kind: 'email',
  host: '127.0.0.1',
  port: f.smtp.port,
  user: USER,
  password: PASSWORD,
  from: `"${SCHOOL}工会" <${USER}>`,
  to: TO,
  ...extra,
});

const allChannels = (f: Fakes, email: Channel = emailChannel(f)): Channel[] => [
  email,
  { kind: 'wecom', webhook: f.wecom.sendUrl(WECOM_KEY) },
  { kind: 'dingtalk', webhook: f.dingtalk.webhook(DING_TOKEN), secret: DING_SECRET },
  { kind: 'feishu', webhook: f.feishu.webhook(FEISHU_TOKEN), secret: FEISHU_SECRET },
];

function writeConfig(folder: string, config: unknown): void {
  writeFileSync(join(folder, 'union-dash.config.json'), JSON.stringify(config, null, 2));
}

const notifyConfig = (channels: Channel[]) => ({ notify: { link: LINK, timeoutSeconds: 5, deadlineSeconds: 20, channels } });

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Every line written, stdout and stderr together. */
  readonly lines: readonly string[];
}

function io(folder: string, env: Record<string, string>, out: string[], err: string[]): CliIO {
  return { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd: folder, env, today: () => TODAY };
}

const runOf = (code: number, out: string[], err: string[]): Run => ({
  code,
  stdout: out.join('\n'),
  stderr: err.join('\n'),
  lines: [...out, ...err].flatMap((t) => t.split('\n')),
});

/** `union-dash notify FOLDER --month 2026-05 …`, with the file's one printer. */
async function notify(folder: string, args: readonly string[] = [], env: Record<string, string> = {}): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runNotify([folder, '--month', MONTH, ...args], io(folder, env, out, err), { printer });
  return runOf(code, out, err);
}

/** The same through the command line's entry point (no printer given: only for runs that print none). */
async function cli(folder: string, args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['notify', folder, '--month', MONTH, ...args], io(folder, env, out, err));
  return runOf(code, out, err);
}

const counts = (f: Fakes) => ({
  email: f.smtp.messages.length,
  wecom: f.wecom.messages.length,
  uploads: f.wecom.uploads.length,
  dingtalk: f.dingtalk.messages.length,
  feishu: f.feishu.messages.length,
});

const wecomMarkdown = (f: Fakes, i = 0) => (f.wecom.messages[i]!.body['markdown'] as { content: string }).content;
const dingtalkMarkdown = (f: Fakes, i = 0) => f.dingtalk.messages[i]!.body['markdown'] as { title: string; text: string };
type FeishuNode = { tag: string; text?: string; href?: string };
const feishuPost = (f: Fakes, i = 0) =>
  (f.feishu.messages[i]!.body['content'] as { post: { zh_cn: { title: string; content: FeishuNode[][] } } }).post.zh_cn;

const occurrences = (text: string, part: string) => text.split(part).length - 1;
const linesWith = (run: Run, text: string) => run.lines.filter((l) => l.includes(text));

function expectNoSecrets(run: Run, folder: string): void {
  const log = join(folder, 'union-dash.notify.log');
  const logged = existsSync(log) ? readFileSync(log, 'utf8') : '';
  for (const s of SECRETS) {
    expect(run.stdout, `stdout shows ${s}`).not.toContain(s);
    expect(run.stderr, `stderr shows ${s}`).not.toContain(s);
    expect(logged, `the delivery log shows ${s}`).not.toContain(s);
  }
}

describe('union-dash notify', () => {
  it('sends the May briefing to the mailbox and the three group robots: subject, sections, the PDF, the link, no 慰问 names', async (ctx) => {
    requireBrowser(ctx);
    requirePoppler(ctx);
    const folder = await school();
    const f = await startFakes();
    writeConfig(folder, notifyConfig(allChannels(f)));

    const run = await notify(folder);

    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('正在发送2026年5月月调度简报到 4 个渠道');
    expect(linesWith(run, `${LABEL.email}：发送成功（含附件 ${PDF_NAME}）`)).toHaveLength(1);
    expect(linesWith(run, `${LABEL.wecom}：发送成功（含附件 ${PDF_NAME}）`)).toHaveLength(1);
    expect(linesWith(run, `${LABEL.dingtalk}：发送成功`)).toHaveLength(1);
    expect(linesWith(run, `${LABEL.feishu}：发送成功`)).toHaveLength(1);
    expect(run.stdout).toContain('发送完毕：4/4 个渠道成功。');
    expect(counts(f)).toEqual({ email: 1, wecom: 2, uploads: 1, dingtalk: 1, feishu: 1 });

    // the e-mail
    const mail = f.smtp.messages[0]!;
    expect(mail.user).toBe(USER);
    expect(mail.envelope.rcptTo).toEqual(TO);
    expect(mail.subject).toContain(SCHOOL);
    expect(mail.subject).toContain('2026年5月');
    const tally = /达标 (\d+) 项，未达标 (\d+) 项/.exec(mail.subject);
    expect(tally, mail.subject).not.toBeNull();
    const text = mail.text ?? '';
    // the counts in the subject are the body's
    expect(text).toContain(`【目标（达标 ${tally![1]} · 未达标 ${tally![2]} ·`);
    expect(text).toMatch(/【督办事项（销号 \d+ · 逾期 \d+ · 新增 \d+）】/);
    expect(text).toContain('收集教职工对食堂的意见并反馈');
    expect(text).toMatch(/【预警（\d+ 条）】/);
    expect(text).toContain('详细内容见附件《月调度简报》PDF。');
    expect(text).toContain(LINK);
    // the committee's view: the 慰问 activity is counted but not named
    expect(text).toContain(WELFARE_MASK);
    expect(text).not.toContain(WELFARE_NAME);
    expect(mail.raw.toString('utf8')).not.toContain(WELFARE_NAME);

    expect(mail.attachments).toHaveLength(1);
    const attachment = mail.attachments[0]!;
    expect(attachment.filename).toBe(PDF_NAME);
    expect(attachment.contentType).toBe('application/pdf');
    expect(attachment.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdfText = readPdf(new Uint8Array(attachment.content)).pageTexts.join('\n');
    expect(pdfText).toContain('月调度简报');
    expect(pdfText).toContain(SCHOOL);
    expect(pdfText).not.toContain(WELFARE_NAME);

    // 企业微信: markdown, then the same PDF as a file message
    expect(f.wecom.messages.map((m) => m.msgtype)).toEqual(['markdown', 'file']);
    const md = wecomMarkdown(f);
    expect(md).toContain('2026年5月月调度简报');
    expect(md).toContain('督办事项');
    expect(md).toContain(LINK);
    expect(md).not.toContain(WELFARE_NAME);
    const upload = f.wecom.uploads[0]!;
    expect(upload.filename).toBe(PDF_NAME);
    expect(upload.content.equals(attachment.content)).toBe(true);
    expect((f.wecom.messages[1]!.body['file'] as { media_id: string }).media_id).toBe(upload.media_id);

    // 钉钉: one signed markdown message ending with the dashboard link
    expect(f.dingtalk.messages[0]!.msgtype).toBe('markdown');
    const ding = dingtalkMarkdown(f);
    expect(ding.title).toContain('2026年5月');
    expect(ding.text).toContain(`](${LINK})`);
    expect(ding.text).not.toContain(WELFARE_NAME);
    expect(f.dingtalk.http.requests[0]!.query.has('sign')).toBe(true);
    // one link to the dashboard, not two (soft: reported, the rest of this test still runs)
    expect(occurrences(ding.text, LINK), '钉钉 message links the dashboard more than once').toBe(1);
    expect(occurrences(md, LINK), '企业微信 message links the dashboard more than once').toBe(1);

    // 飞书: one signed post with the link as an a tag
    expect(f.feishu.messages[0]!.msg_type).toBe('post');
    const post = feishuPost(f);
    expect(post.title).toContain('2026年5月');
    expect(post.content.flat().some((n) => n.tag === 'a' && n.href === LINK)).toBe(true);
    expect(post.content.flat().filter((n) => n.href === LINK), '飞书 post links the dashboard more than once').toHaveLength(1);
    expect(JSON.stringify(f.feishu.messages[0]!.body)).not.toContain(WELFARE_NAME);

    expectNoSecrets(run, folder);
  });

  it('a second run sends nothing again and says 已发送过; --force sends to every channel again', async (ctx) => {
    requireBrowser(ctx);
    const folder = await school();
    const f = await startFakes();
    writeConfig(folder, notifyConfig(allChannels(f)));

    expect((await notify(folder)).code).toBe(0);
    const first = counts(f);
    expect(first).toEqual({ email: 1, wecom: 2, uploads: 1, dingtalk: 1, feishu: 1 });

    const again = await notify(folder);
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(counts(f)).toEqual(first);
    for (const label of Object.values(LABEL)) expect(linesWith(again, `已发送过，跳过：${label}`)).toHaveLength(1);
    expect(linesWith(again, '发送成功')).toHaveLength(0);

    const forced = await notify(folder, ['--force']);
    expect(forced.code, forced.stdout + forced.stderr).toBe(0);
    expect(counts(f)).toEqual({ email: 2, wecom: 4, uploads: 2, dingtalk: 2, feishu: 2 });
    expect(linesWith(forced, '发送成功')).toHaveLength(4);
    expect(linesWith(forced, '已发送过')).toHaveLength(0);
  });

  it('a wrong mail password fails the e-mail alone with one line about the 授权码; once fixed, only the e-mail is sent', async (ctx) => {
    requireBrowser(ctx);
    const folder = await school();
    const f = await startFakes();
    writeConfig(folder, notifyConfig(allChannels(f, emailChannel(f, { password: WRONG_PASSWORD }))));

    const failed = await notify(folder);
    expect(failed.code, failed.stdout + failed.stderr).toBe(1);
    const auth = linesWith(failed, '授权码');
    expect(auth).toHaveLength(1);
    expect(auth[0]).toMatch(new RegExp(`^${LABEL.email}：邮箱登录失败`));
    expect(failed.stderr).toContain('1 个渠道没有发送成功');
    expect(failed.stdout).toContain('发送完毕：3/4 个渠道成功。');
    expect(counts(f)).toEqual({ email: 0, wecom: 2, uploads: 1, dingtalk: 1, feishu: 1 });
    expectNoSecrets(failed, folder);

    writeConfig(folder, notifyConfig(allChannels(f)));
    const fixed = await notify(folder);
    expect(fixed.code, fixed.stdout + fixed.stderr).toBe(0);
    expect(counts(f)).toEqual({ email: 1, wecom: 2, uploads: 1, dingtalk: 1, feishu: 1 });
    expect(linesWith(fixed, `${LABEL.email}：发送成功`)).toHaveLength(1);
    for (const label of [LABEL.wecom, LABEL.dingtalk, LABEL.feishu]) expect(linesWith(fixed, `已发送过，跳过：${label}`)).toHaveLength(1);
    expect(f.smtp.messages[0]!.attachments[0]!.filename).toBe(PDF_NAME);
  });

  it('a revoked 企业微信 robot, a rate-limited 钉钉 robot and a 飞书 robot that is down: one line each, exit 1, no key or secret shown', async (ctx) => {
    requireBrowser(ctx);
    const folder = await school();
    const f = await startFakes();
    writeConfig(folder, notifyConfig(allChannels(f)));

    f.wecom.revoke(WECOM_KEY);
    // somebody else's 20 messages this minute
    for (let i = 0; i < 20; i++) {
      const t = Date.now();
      const res = await fetch(`${f.dingtalk.webhook(DING_TOKEN)}&timestamp=${t}&sign=${dingtalkSign(t, DING_SECRET)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ msgtype: 'text', text: { content: `告警 ${i}` } }),
      });
      expect(((await res.json()) as { errcode: number }).errcode).toBe(0);
    }
    await f.feishu.http.down();
    const before = counts(f);

    const run = await notify(folder);
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(linesWith(run, `${LABEL.email}：发送成功`)).toHaveLength(1);
    const wecom = linesWith(run, LABEL.wecom);
    expect(wecom).toHaveLength(1);
    expect(wecom[0]).toBe(`${LABEL.wecom}：机器人已被移出群或已停用，Webhook 地址失效，请在群里重新添加机器人并更新地址`);
    const ding = linesWith(run, LABEL.dingtalk);
    expect(ding).toHaveLength(1);
    expect(ding[0]).toBe(`${LABEL.dingtalk}：发送太频繁被限流，稍后会自动重试`);
    const feishu = linesWith(run, LABEL.feishu);
    expect(feishu).toHaveLength(1);
    expect(feishu[0]).toMatch(new RegExp(`^${LABEL.feishu}：无法连接（`));
    expect(feishu[0]).toContain('连接被拒绝');
    expect(run.stdout).toContain('发送完毕：1/4 个渠道成功。');
    expect(run.stderr).toContain('3 个渠道没有发送成功');
    expect(counts(f)).toEqual({ ...before, email: 1 });
    expect(f.wecom.messages).toHaveLength(0);
    expect(run.lines.every((l) => !/Error|at .*\.ts:\d+/.test(l))).toBe(true);
    expectNoSecrets(run, folder);
  });

  it('--dry-run sends nothing, lists every channel and prints the message', async () => {
    const folder = await school();
    const f = await startFakes();
    writeConfig(folder, notifyConfig(allChannels(f)));

    const run = await cli(folder, ['--dry-run']);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('试运行：2026年5月月调度简报（不会真的发送）');
    expect(run.stdout).toMatch(new RegExp(`标题：【${SCHOOL}工会】2026年5月月调度简报：达标 \\d+ 项，未达标 \\d+ 项`));
    expect(run.stdout).toContain(`附件：${PDF_NAME}`);
    for (const label of Object.values(LABEL)) expect(linesWith(run, `将发送到：${label}`)).toHaveLength(1);
    expect(run.stdout).toContain('消息内容：');
    expect(run.stdout).toMatch(/【督办事项（销号 \d+ · 逾期 \d+ · 新增 \d+）】/);
    expect(run.stdout).toMatch(/【预警（\d+ 条）】/);
    expect(run.stdout).not.toContain(WELFARE_NAME);

    expect(counts(f)).toEqual({ email: 0, wecom: 0, uploads: 0, dingtalk: 0, feishu: 0 });
    expect(f.wecom.http.requests).toHaveLength(0);
    expect(f.dingtalk.http.requests).toHaveLength(0);
    expect(f.feishu.http.requests).toHaveLength(0);
    expect(existsSync(join(folder, 'union-dash.notify.log'))).toBe(false);
    expectNoSecrets(run, folder);
  });

  it('without notify in the config: exit 2 pointing at notify.channels; a misspelt "chanels": exit 2 naming channels', async () => {
    const folder = await school();
    const f = await startFakes();

    writeConfig(folder, { pdf: {} });
    const none = await cli(folder, []);
    expect(none.code, none.stdout + none.stderr).toBe(2);
    expect(none.stderr).toContain('notify.channels');
    expect(none.stderr).toContain('union-dash.config.json');

    writeConfig(folder, { notify: { link: LINK, chanels: allChannels(f) } });
    const misspelt = await cli(folder, []);
    expect(misspelt.code, misspelt.stdout + misspelt.stderr).toBe(2);
    expect(misspelt.stderr).toContain('union-dash.config.json');
    expect(misspelt.stderr).toMatch(/“(notify\.)?channels”/);
    // what the chair typed, so that the misspelling is found (soft: reported)
    expect(misspelt.stderr, 'the message does not name the misspelt key').toContain('chanels');
    expect(misspelt.lines.filter((l) => l.trim() !== '').length).toBeLessThanOrEqual(3);

    expect(counts(f)).toEqual({ email: 0, wecom: 0, uploads: 0, dingtalk: 0, feishu: 0 });
    expect(existsSync(join(folder, 'union-dash.notify.log'))).toBe(false);
  });

  it('takes the mail password from UNION_DASH_SMTP_PASSWORD when the config has none', async (ctx) => {
    requireBrowser(ctx);
    const folder = await school();
    const f = await startFakes();
    const { password: _p, ...noPassword } = emailChannel(f);
    writeConfig(folder, notifyConfig([noPassword]));

    // without the variable the server refuses the login
    const refused = await notify(folder);
    expect(refused.code, refused.stdout + refused.stderr).toBe(1);
    expect(linesWith(refused, '授权码')).toHaveLength(1);
    expect(f.smtp.messages).toHaveLength(0);

    const run = await notify(folder, [], { UNION_DASH_SMTP_PASSWORD: PASSWORD });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(linesWith(run, `${LABEL.email}：发送成功（含附件 ${PDF_NAME}）`)).toHaveLength(1);
    expect(f.smtp.messages).toHaveLength(1);
    expect(f.smtp.messages[0]!.user).toBe(USER);
    expectNoSecrets(run, folder);
  });

  it('the 前到期 heading names a real day: the end of June is 6月30日', async () => {
    const folder = await school();
    const f = await startFakes();
    writeConfig(folder, notifyConfig(allChannels(f)));
    const run = await cli(folder, ['--dry-run']);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('6月31日');
    expect(run.stdout).toContain('【6月30日前到期】');
  });
});
