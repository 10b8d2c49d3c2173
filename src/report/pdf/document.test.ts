import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { cssContent, documentShell, pageCss } from './document.ts';
import { fontFaceCss } from './fonts.ts';

describe('fontFaceCss', () => {
  const css = fontFaceCss();
  const urls = [...css.matchAll(/url\("([^"]+)"\)/g)].map((m) => m[1] ?? '');

  test('points every subset of the regular and bold weights at a woff2 file that exists, by absolute file URL', () => {
    const faces = css.match(/@font-face/g) ?? [];
    expect(faces.length).toBeGreaterThan(150);
    expect(urls.length).toBe(faces.length);
    for (const url of urls) {
      expect(url).toMatch(/^file:\/\/.+\.woff2$/);
      expect(existsSync(fileURLToPath(url))).toBe(true);
    }
    expect(css).toContain('font-weight: 400');
    expect(css).toContain('font-weight: 700');
    expect(css).not.toMatch(/url\(\.\//);
  });
});

describe('page layout', () => {
  test('page numbers become CSS counters', () => {
    expect(cssContent('第 {page} 页 / 共 {pages} 页')).toBe('"第 " counter(page) " 页 / 共 " counter(pages) " 页"');
  });

  test('margin text cannot break out of the CSS string or the style element', () => {
    const content = cssContent('a"b\\c</style><script>');
    expect(content).toBe('"a\\"b\\\\c\\3C /style>\\3C script>"');
    expect(content).not.toContain('</');
  });

  test('header and footer land in the top and bottom margins, and can spare the cover page', () => {
    const css = pageCss({ header: { left: '青禾市第三中学', right: '期末总评' }, footer: '第 {page} 页', plainFirstPage: true });
    expect(css).toContain('@top-left { content: "青禾市第三中学"');
    expect(css).toContain('@top-right { content: "期末总评"');
    expect(css).toContain('@bottom-center { content: "第 " counter(page) " 页"');
    expect(css).toMatch(/@page :first \{\s*@top-left \{ content: none; \}\s*@top-right \{ content: none; \}\s*@bottom-center \{ content: none; \}/);
  });
});

describe('documentShell', () => {
  test('wraps the body with the web font, the escaped title and the template css after the base css', () => {
    const html = documentShell({ title: '期末总评 <草稿>', css: 'h1 { color: red; }', body: '<h1>青禾市第三中学</h1>' });
    expect(html).toContain('<title>期末总评 &#60;草稿&#62;</title>');
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('font-family: "Noto Sans SC", sans-serif');
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html.indexOf('@font-face')).toBeLessThan(html.indexOf('h1 { color: red; }'));
    expect(html).toContain('<body>\n<h1>青禾市第三中学</h1>\n</body>');
  });
});
