/** A monthly briefing as the report stage would hand it to the channels, and a long one. */
import type { Briefing } from '../../src/notify/channels/types.ts';

export const PDF = new Uint8Array(Buffer.concat([Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n', 'latin1'), Buffer.alloc(3000, 0x20), Buffer.from('\n%%EOF\n')]));

export const BRIEFING: Briefing = {
  subject: '2026年3月工会工作月调度简报',
  markdown: [
    '# 2026年3月工会工作月调度',
    '',
    '**本月要点**',
    '- 教职工参与率 86%，达到学期目标',
    '- 困难教职工慰问 3 人次',
    '- 经费支出 12,300 元，占预算 41%',
  ].join('\n'),
  text: '各位老师：\n2026年3月工会工作月调度简报见附件。\n本月教职工参与率 86%。',
  pdf: { filename: '2026年3月工会月调度简报.pdf', bytes: PDF },
};

export const WITH_LINK: Briefing = { ...BRIEFING, link: 'http://192.168.1.20:8080/month/2026-03' };

/** `lines` numbered lines of Chinese text (about 60 UTF-8 bytes each). */
export const longBriefing = (lines: number, link?: string): Briefing => ({
  ...BRIEFING,
  markdown: ['# 2026年3月工会工作月调度', ...Array.from({ length: lines }, (_, i) => `- 第 ${i + 1} 项：组织教职工参加文体活动并做好记录`)].join('\n'),
  ...(link ? { link } : {}),
});

export const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');
