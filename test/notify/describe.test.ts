/** Naming a channel without ever showing its whole key. */
import { describe, expect, it } from 'vitest';
import { describeChannel, maskWebhook } from '../../src/notify/channels/index.ts';

describe('describeChannel and maskWebhook', () => {
  it.each([
    { webhook: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7f3c-4bc4-97a0-0ec2b1f5a1b2', label: '企业微信群机器人（…a1b2）', masked: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=...a1b2' },
    { webhook: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=KEY', label: '企业微信群机器人（地址不完整）', masked: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=...' },
    { webhook: 'not a url', label: '企业微信群机器人（地址不完整）', masked: '(webhook)' },
  ])('$webhook', ({ webhook, label, masked }) => {
    expect(describeChannel({ kind: 'wecom', webhook })).toBe(label);
    expect(maskWebhook(webhook)).toBe(masked);
  });

  it('a short key is not shown at all, a long one only by its last 4 characters', () => {
    const key = '693a91f6-7f3c-4bc4-97a0-0ec2b1f5a1b2';
    const masked = maskWebhook(`https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${key}`);
    expect(masked).not.toContain(key.slice(0, -4));
    expect(describeChannel({ kind: 'email', from: 'a@x.cn', host: 'smtp.x.cn', port: 465, to: ['a@x.cn', 'b@x.cn', 'c@x.cn'] })).toBe('邮件（a@x.cn 等 3 人）');
  });
});
