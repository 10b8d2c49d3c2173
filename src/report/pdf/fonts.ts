import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The CJK web font every printed document uses: the copy of its 400 and 700 weights that
 * `npm run build` puts in dist/fonts/ (what an installed package has), else @fontsource/noto-sans-sc
 * (a developer's checkout running the sources).
 */
export const FONT_FAMILY = 'Noto Sans SC';
export const FONT_WEIGHTS = [400, 700] as const;

const require = createRequire(import.meta.url);

function fontCssPath(weight: number): string {
  const vendored = fileURLToPath(new URL(`../../fonts/noto-sans-sc/${weight}.css`, import.meta.url));
  return existsSync(vendored) ? vendored : require.resolve(`@fontsource/noto-sans-sc/${weight}.css`);
}

/**
 * The package's @font-face rules (one per unicode-range subset and weight), rewritten to
 * load only the woff2 files by absolute file:// URL, so a page opened from a file needs no network.
 */
export function fontFaceCss(): string {
  return FONT_WEIGHTS.map((w) => {
    const cssPath = fontCssPath(w);
    return rewriteSources(readFileSync(cssPath, 'utf8'), dirname(cssPath));
  }).join('\n');
}

function rewriteSources(css: string, dir: string): string {
  return css.replace(/src:\s*([^;]+);/g, (_rule, sources: string) => {
    const woff2 = /url\(['"]?([^'")]+\.woff2)['"]?\)/.exec(sources)?.[1];
    if (woff2 === undefined) throw new Error(`@fontsource/noto-sans-sc: no woff2 in "${sources}"`);
    return `src: url("${pathToFileURL(join(dir, woff2)).href}") format('woff2');`;
  });
}

/**
 * Runs in the page with the document's HTML as `html`: replaces the page's document with it,
 * keeping the body out of layout (an adopted stylesheet that WAIT_FOR_FONTS_SCRIPT removes)
 * until the faces are loaded. Laid out at once, a long report would be laid out again each time
 * one of its dozens of unicode-range faces arrives. Writing into the same document, rather than
 * navigating, keeps the faces that earlier prints on this page decoded: the document's resource
 * cache survives document.open(). Resolves at the load event.
 */
export const WRITE_DOCUMENT_SCRIPT = `(html) => new Promise((resolve) => {
  document.open();
  const hold = new CSSStyleSheet();
  hold.replaceSync('body { display: none !important; }');
  document.adoptedStyleSheets = [hold];
  window.__unionDashHold = hold;
  window.addEventListener('load', () => resolve(), { once: true });
  document.write(html);
  document.close();
  if (document.readyState === 'complete') resolve();
})`;

/**
 * Runs in the page. While layout is held (WRITE_DOCUMENT_SCRIPT), loads the faces of the body
 * text and of the non-ASCII strings of the stylesheets (@page margin-box content, which layout
 * never requests before printing) at 400 and 700, with the digits of page numbers, all at once;
 * then lets the body be laid out, once, and waits for any face that layout still asks for.
 * Resolves to the number of faces of our family that failed to load.
 */
export const WAIT_FOR_FONTS_SCRIPT = `(async () => {
  try {
    const css = [...document.querySelectorAll('style')].map((s) => s.textContent || '').join('').replace(/[\\x00-\\x7f]/g, '');
    const text = [...new Set((document.body?.textContent || '') + css + '0123456789/')].join('');
    await Promise.all(['400', '700'].map((w) => document.fonts.load(w + ' 16px "${FONT_FAMILY}"', text).catch(() => null)));
  } finally {
    const hold = window.__unionDashHold;
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== hold);
  }
  void document.body?.offsetHeight;
  await document.fonts.ready;
  return [...document.fonts].filter((f) => f.family.replace(/["']/g, '') === '${FONT_FAMILY}' && f.status === 'error').length;
})()`;
