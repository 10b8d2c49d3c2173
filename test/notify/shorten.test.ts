/** Cutting a robot message at a line boundary, and the markdown → Feishu post conversion. */
import { describe, expect, it } from 'vitest';
import { markdownToPost } from '../../src/notify/channels/feishu-post.ts';
import { shortenLines, utf8Length } from '../../src/notify/channels/shorten.ts';

const LAST = '（其余见附件）';
const A = 'a'.repeat(20);
const B = 'b'.repeat(20);
const within = (max: number) => (s: string) => utf8Length(s) <= max;

describe('shortenLines', () => {
  it.each([
    { name: 'fits: unchanged', text: 'a\nb\nc', max: 100, expected: 'a\nb\nc', shortened: false },
    { name: 'keeps whole leading lines, then a blank line and the last line', text: `${A}\n${B}\n${A}\n${B}`, max: 41 + 2 + utf8Length(LAST), expected: `${A}\n${B}\n\n${LAST}`, shortened: true },
    { name: 'drops trailing blank lines before the note', text: 'aaaa\n\n\nbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', max: 30, expected: `aaaa\n\n${LAST}`, shortened: true },
    { name: 'one over-long first line is cut by bytes, never inside a character', text: '工会'.repeat(50), max: 40, expected: `工会工会工\n\n${LAST}`, shortened: true },
  ])('$name', ({ text, max, expected, shortened }) => {
    const out = shortenLines(text, within(max), LAST);
    expect(out).toEqual({ text: expected, shortened });
    expect(utf8Length(out.text)).toBeLessThanOrEqual(max);
  });

  it('finds the largest number of lines that fit (a limit exactly at a line end keeps that line)', () => {
    const lines = Array.from({ length: 100 }, (_, i) => `第${String(i).padStart(2, '0')}行`);
    const text = lines.join('\n');
    for (const keep of [1, 17, 63, 90]) {
      const max = utf8Length([...lines.slice(0, keep), '', LAST].join('\n'));
      expect(shortenLines(text, within(max), LAST).text).toBe([...lines.slice(0, keep), '', LAST].join('\n'));
    }
  });
});

describe('markdownToPost', () => {
  it('drops heading hashes, bold stars and font tags, and turns [text](url) into a tags where they stand', () => {
    expect(markdownToPost('# 标题\n**本月**参与率 <font color="warning">86%</font>\n详见 [看板](http://x.test/a) 与 [简报](http://x.test/b)。\n')).toEqual([
      [{ tag: 'text', text: '标题' }],
      [{ tag: 'text', text: '本月参与率 86%' }],
      [
        { tag: 'text', text: '详见 ' },
        { tag: 'a', text: '看板', href: 'http://x.test/a' },
        { tag: 'text', text: ' 与 ' },
        { tag: 'a', text: '简报', href: 'http://x.test/b' },
        { tag: 'text', text: '。' },
      ],
      [{ tag: 'text', text: '' }],
    ]);
  });
});
