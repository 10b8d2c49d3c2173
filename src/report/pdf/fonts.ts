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
 * Runs in the page. Layout requests the faces the text needs at its real weights; the body
 * text and the non-ASCII strings of the stylesheets (@page margin-box content, which layout
 * never requests before printing) are also loaded at 400, with the digits of page numbers.
 * Resolves to the number of faces of our family that failed to load.
 */
export const WAIT_FOR_FONTS_SCRIPT = `(async () => {
  void document.body?.offsetHeight;
  const css = [...document.querySelectorAll('style')].map((s) => s.textContent || '').join('').replace(/[\\x00-\\x7f]/g, '');
  const text = [...new Set((document.body?.textContent || '') + css + '0123456789/')].join('');
  await document.fonts.load('400 16px "${FONT_FAMILY}"', text).catch(() => null);
  await document.fonts.ready;
  return [...document.fonts].filter((f) => f.family.replace(/["']/g, '') === '${FONT_FAMILY}' && f.status === 'error').length;
})()`;
