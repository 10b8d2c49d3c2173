/**
 * The WeCom group-robot fake, exercised with Node's own fetch (undici) over real HTTP.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { startWecomRobot, type WecomRobot, type WecomRobotOptions } from './wecom-robot.ts';

const KEY = '693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa';
const OTHER = 'b1c2d3e4-0000-4bc4-97a0-000000000002';

let robot: WecomRobot | undefined;
afterEach(async () => {
  await robot?.close();
  robot = undefined;
});

async function start(options: Partial<WecomRobotOptions> = {}) {
  robot = await startWecomRobot({ keys: [KEY, OTHER], ...options });
  return robot;
}

interface Reply {
  readonly status: number;
  readonly contentType: string | null;
  readonly json: { errcode: number; errmsg: string; [k: string]: unknown };
}

async function post(url: string, body: unknown): Promise<Reply> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: res.status, contentType: res.headers.get('content-type'), json: (await res.json()) as Reply['json'] };
}

async function upload(url: string, content: Uint8Array, filename: string): Promise<Reply> {
  const form = new FormData();
  form.append('media', new Blob([content], { type: 'application/pdf' }), filename);
  const res = await fetch(url, { method: 'POST', body: form });
  return { status: res.status, contentType: res.headers.get('content-type'), json: (await res.json()) as Reply['json'] };
}

const markdown = (content: string) => ({ msgtype: 'markdown', markdown: { content } });
const ERRMSG_TAIL = /^, hint: \[\d{25}\], from ip: 127\.0\.0\.1, more info at https:\/\/open\.work\.weixin\.qq\.com\/devtool\/query\?e=\d+$/;

function expectError(r: Reply, errcode: number, errmsgStart: string) {
  expect(r.status).toBe(200); // the real service answers 200 whatever went wrong
  expect(r.json.errcode).toBe(errcode);
  expect(r.json.errmsg.startsWith(errmsgStart)).toBe(true);
  expect(r.json.errmsg.slice(errmsgStart.length)).toMatch(ERRMSG_TAIL);
}

describe('fake WeCom group robot, /cgi-bin/webhook/send', () => {
  it('accepts a Chinese markdown message with {errcode: 0, errmsg: "ok"} and records it', async () => {
    const r = await start();
    const content = '## 3月工会工作调度\n>完成率：<font color="info">86%</font>\n详见附件。';
    const reply = await post(r.sendUrl(KEY), markdown(content));
    expect(reply).toEqual({ status: 200, contentType: 'application/json; charset=UTF-8', json: { errcode: 0, errmsg: 'ok' } });
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]).toMatchObject({ key: KEY, msgtype: 'markdown', body: markdown(content) });
  });

  it('counts the markdown limit in UTF-8 bytes: 4096 bytes pass, 4097 give 40058', async () => {
    const r = await start();
    const exactly = '工'.repeat(1365) + 'a'; // 1365 × 3 + 1 = 4096 bytes, but only 1366 characters
    expect((await post(r.sendUrl(KEY), markdown(exactly))).json.errcode).toBe(0);
    const over = await post(r.sendUrl(KEY), markdown(exactly + 'b'));
    expectError(over, 40058, 'markdown.content exceed max length 4096. invalid Request Parameter');
    expect(r.messages).toHaveLength(1);
  });

  it('limits text content to the documented 2048 bytes', async () => {
    const r = await start();
    expect((await post(r.sendUrl(KEY), { msgtype: 'text', text: { content: 'x'.repeat(2048), mentioned_list: ['@all'] } })).json.errcode).toBe(0);
    expectError(await post(r.sendUrl(KEY), { msgtype: 'text', text: { content: 'x'.repeat(2049) } }), 40058, 'text.content exceed max length 2048. invalid Request Parameter');
  });

  it('answers an empty content with 44004 and an unknown msgtype with 40008', async () => {
    const r = await start();
    expectError(await post(r.sendUrl(KEY), markdown('')), 44004, 'empty content');
    expectError(await post(r.sendUrl(KEY), { msgtype: 'text', text: {} }), 44004, 'empty content');
    expectError(await post(r.sendUrl(KEY), { msgtype: 'pdf', pdf: { content: 'x' } }), 40008, 'invalid message type');
    expectError(await post(r.sendUrl(KEY), { markdown: { content: 'x' } }), 40008, 'invalid message type');
    expect(r.messages).toHaveLength(0);
  });

  it('answers an unknown, missing or revoked key with 93000 "invalid webhook url"', async () => {
    const r = await start();
    expectError(await post(r.sendUrl('no-such-key'), markdown('x')), 93000, 'invalid webhook url');
    expectError(await post(`${r.url}/cgi-bin/webhook/send`, markdown('x')), 93000, 'invalid webhook url');
    expect((await post(r.sendUrl(KEY), markdown('x'))).json.errcode).toBe(0);
    r.revoke(KEY);
    expectError(await post(r.sendUrl(KEY), markdown('x')), 93000, 'invalid webhook url');
  });

  it('allows 20 messages per minute per robot, then 45009 until the minute has passed (injected clock)', async () => {
    let t = Date.UTC(2026, 2, 31, 8, 0, 0);
    const r = await start({ now: () => t });
    for (let i = 0; i < 20; i++) {
      expect((await post(r.sendUrl(KEY), markdown(`第${i + 1}条`))).json.errcode).toBe(0);
      t += 1000;
    }
    expectError(await post(r.sendUrl(KEY), markdown('第21条')), 45009, 'api freq out of limit');
    expect((await post(r.sendUrl(OTHER), markdown('另一个机器人'))).json.errcode).toBe(0); // the limit is per robot
    t = Date.UTC(2026, 2, 31, 8, 1, 0) + 1; // the first message is now more than 60 s old
    expect((await post(r.sendUrl(KEY), markdown('第22条'))).json.errcode).toBe(0);
    expect(r.messages.filter((m) => m.key === KEY)).toHaveLength(21);
  });

  it('truncates news titles (128 bytes) and descriptions (512 bytes) as documented, and wants 1 to 8 articles', async () => {
    const r = await start();
    const article = { title: '工'.repeat(50), description: '会'.repeat(200), url: 'https://school.test/briefing', picurl: 'https://school.test/a.png' };
    expect((await post(r.sendUrl(KEY), { msgtype: 'news', news: { articles: [article] } })).json.errcode).toBe(0);
    const delivered = r.messages[0]!.delivered as { news: { articles: { title: string; description: string }[] } };
    expect(delivered.news.articles[0]!.title).toBe('工'.repeat(42)); // 126 bytes: a 43rd character would need 129
    expect(delivered.news.articles[0]!.description).toBe('会'.repeat(170));
    expectError(await post(r.sendUrl(KEY), { msgtype: 'news', news: { articles: Array(9).fill(article) } }), 45008, 'article size out of limit');
  });

  it('checks an image against its md5', async () => {
    const r = await start();
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const md5 = createHash('md5').update(png).digest('hex');
    expect((await post(r.sendUrl(KEY), { msgtype: 'image', image: { base64: png.toString('base64'), md5 } })).json.errcode).toBe(0);
    expect((await post(r.sendUrl(KEY), { msgtype: 'image', image: { base64: png.toString('base64'), md5: '0'.repeat(32) } })).json.errcode).toBe(40058);
  });
});

describe('fake WeCom group robot, /cgi-bin/webhook/upload_media then a file message', () => {
  const pdf = new Uint8Array(Buffer.from('%PDF-1.4\n' + ' '.repeat(2000) + '\n%%EOF\n'));

  it('uploads a PDF (multipart field "media") and sends it with the media_id it issued', async () => {
    let t = Date.UTC(2026, 2, 31, 8, 0, 0);
    const r = await start({ now: () => t });
    const up = await upload(r.uploadUrl(KEY), pdf, '2026年3月工会简报.pdf');
    expect(up.status).toBe(200);
    expect(up.json).toEqual({ errcode: 0, errmsg: 'ok', type: 'file', media_id: expect.stringMatching(/^[A-Za-z0-9_-]{44}$/), created_at: String(t / 1000) });
    expect(r.uploads[0]).toMatchObject({ key: KEY, type: 'file', filename: '2026年3月工会简报.pdf', contentType: 'application/pdf' });
    expect(Buffer.compare(r.uploads[0]!.content, Buffer.from(pdf))).toBe(0);

    const mediaId = up.json['media_id'] as string;
    expect((await post(r.sendUrl(KEY), { msgtype: 'file', file: { media_id: mediaId } })).json).toEqual({ errcode: 0, errmsg: 'ok' });
    expect(r.messages[0]).toMatchObject({ msgtype: 'file', body: { file: { media_id: mediaId } } });

    // media_id只能是对应上传文件的机器人可以使用
    expectError(await post(r.sendUrl(OTHER), { msgtype: 'file', file: { media_id: mediaId } }), 40007, 'invalid media_id');
    // 该media_id仅三天内有效
    t += 3 * 24 * 3600 * 1000 + 1;
    expectError(await post(r.sendUrl(KEY), { msgtype: 'file', file: { media_id: mediaId } }), 40007, 'invalid media_id');
  });

  it('refuses a file message whose media_id the fake never issued', async () => {
    const r = await start();
    expectError(await post(r.sendUrl(KEY), { msgtype: 'file', file: { media_id: '1G6nrLmr5EC3MMb_-zK1dDdzmd0p7cNliYu9V5w7o8K0' } }), 40007, 'invalid media_id');
    expect((await post(r.sendUrl(KEY), { msgtype: 'file', file: {} })).json.errcode).toBe(41006);
  });

  it('accepts the documented request form byte for byte (no space after ";", filelength parameter)', async () => {
    const r = await start();
    const boundary = '-------------------------acebdf13572468';
    const body = `--${boundary}\r\nContent-Disposition: form-data; name="media";filename="wework.txt"; filelength=6\r\nContent-Type: application/octet-stream\r\n\r\nmytext\r\n--${boundary}--\r\n`;
    const res = await fetch(r.uploadUrl(KEY), { method: 'POST', headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, body });
    expect(((await res.json()) as Reply['json']).errcode).toBe(0);
    expect(r.uploads[0]).toMatchObject({ filename: 'wework.txt', filelength: '6', contentType: 'application/octet-stream' });
    expect(r.uploads[0]!.content.toString()).toBe('mytext');
  });

  it('keeps files between 5 bytes and 20 MiB: 4 bytes and 20 MiB + 1 give 40006', async () => {
    const r = await start();
    expect((await upload(r.uploadUrl(KEY), new Uint8Array(5), 'a.txt')).json.errcode).toBe(0);
    expectError(await upload(r.uploadUrl(KEY), new Uint8Array(4), 'a.txt'), 40006, 'invalid file size');
    expectError(await upload(r.uploadUrl(KEY), new Uint8Array(20 * 1024 * 1024 + 1), 'big.pdf'), 40006, 'invalid file size');
    expect(r.uploads).toHaveLength(1);
  });

  it('answers a wrong type, a missing media part and a revoked key', async () => {
    const r = await start();
    expect((await upload(r.uploadUrl(KEY, 'image'), pdf, 'a.pdf')).json.errcode).toBe(40005);
    const form = new FormData();
    form.append('file', new Blob([pdf]), 'a.pdf');
    const res = await fetch(r.uploadUrl(KEY), { method: 'POST', body: form });
    expect(((await res.json()) as Reply['json']).errcode).toBe(44001);
    r.revoke(KEY);
    expectError(await upload(r.uploadUrl(KEY), pdf, 'a.pdf'), 93000, 'invalid webhook url');
  });
});
