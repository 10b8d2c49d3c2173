import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { credentialSource, KeyFileError, loadServiceAccountKey, normalizePrivateKey } from './credentials.ts';

const pem = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const email = 'union-dash@school.iam.gserviceaccount.com';
const keyJson = (over: Record<string, unknown> = {}) =>
  JSON.stringify({ type: 'service_account', client_email: email, private_key: pem, private_key_id: 'k1', ...over });

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'union-dash-key-'));
});

const file = async (name: string, text: string) => {
  const p = join(dir, name);
  await writeFile(p, text);
  return { kind: 'service_account' as const, path: p };
};

describe('credentialSource', () => {
  it("prefers the config file's key file, then UNION_DASH_GOOGLE_KEY, then GOOGLE_APPLICATION_CREDENTIALS, then an API key", () => {
    const all = { unionKey: 'a.json', applicationCredentials: '/b.json', apiKey: 'AIza' };
    expect(credentialSource({ ...all, keyFile: 'c.json' }, '/school')).toEqual({ kind: 'service_account', path: '/school/c.json' });
    expect(credentialSource(all, '/school')).toEqual({ kind: 'service_account', path: '/school/a.json' });
    expect(credentialSource({ ...all, unionKey: ' ' }, '/school')).toEqual({ kind: 'service_account', path: '/b.json' });
    expect(credentialSource({ apiKey: 'AIza' }, '/school')).toEqual({ kind: 'api_key', key: 'AIza' });
    expect(credentialSource({}, '/school')).toEqual({ kind: 'none' });
  });
  it('takes UNION_DASH_GOOGLE_KEY holding the JSON itself', () => {
    expect(credentialSource({ unionKey: keyJson() }, '/school')).toEqual({ kind: 'service_account_json', json: keyJson() });
  });
});

describe('loadServiceAccountKey', () => {
  it('reads the e-mail and the key', async () => {
    const key = await loadServiceAccountKey(await file('ok.json', keyJson()));
    expect(key).toEqual({ clientEmail: email, privateKey: pem.trim(), privateKeyId: 'k1' });
  });

  it('accepts a private key whose newlines are a literal \\n (pasted through an env var)', async () => {
    const flat = pem.trim().replace(/\n/g, '\\n');
    const key = await loadServiceAccountKey({ kind: 'service_account_json', json: keyJson({ private_key: flat }) });
    expect(key.privateKey).toBe(pem.trim());
    expect(normalizePrivateKey(`"${flat}"`)).toBe(pem.trim());
  });

  it.each([
    ['missing.json', null, '文件不存在'],
    ['bad.json', '{not json', '不是有效的 JSON'],
    ['user.json', JSON.stringify({ type: 'authorized_user', client_id: 'x' }), '这是个人账号的登录凭据，不是服务账号密钥'],
    ['other.json', JSON.stringify({ installed: {} }), '不是服务账号密钥（type 应为 service_account）'],
    ['nokey.json', keyJson({ private_key: '' }), '缺少 client_email 或 private_key'],
    ['broken.json', keyJson({ private_key: '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----' }), '私钥 private_key 不完整或格式不对'],
  ])('names what is wrong with %s', async (name, text, reason) => {
    const source = text === null ? { kind: 'service_account' as const, path: join(dir, name) } : await file(name, text);
    const err = await loadServiceAccountKey(source).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KeyFileError);
    expect((err as KeyFileError).reason).toBe(reason);
  });
});
