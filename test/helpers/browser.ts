import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'vitest';
import { PdfError } from '../../src/report/pdf/errors.ts';
import { findSystemBrowser } from '../../src/report/pdf/find-browser.ts';
import { missingTool } from './missing-tool.ts';

/**
 * The browser for a PDF test. Without one the test fails under CI=true, and on a
 * developer's machine it is skipped with a loud warning.
 */
export function requireBrowser(ctx: TestContext): string {
  try {
    return findSystemBrowser();
  } catch (error) {
    if (!(error instanceof PdfError)) throw error;
    return missing(ctx, `no Chromium/Chrome/Edge found (${error.message})`);
  }
}

/** Fails or skips like requireBrowser when poppler-utils (pdftotext, pdffonts, pdfinfo) is missing. */
export function requirePoppler(ctx: TestContext): void {
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
  } catch {
    missing(ctx, 'poppler-utils not installed (sudo apt-get install poppler-utils)');
  }
}

const missing = (ctx: TestContext, why: string): never => missingTool(ctx, why, 'PDF printing');

/** What poppler reads from a PDF. */
export interface PdfFacts {
  readonly pages: number;
  /** `pdfinfo` page size, e.g. "595.92 x 841.92 pts (A4)". */
  readonly pageSize: string;
  /** Text of each page (pdftotext), index 0 = page 1. */
  readonly pageTexts: readonly string[];
  /** `pdffonts` rows: font name and type. */
  readonly fonts: readonly { readonly name: string; readonly type: string }[];
}

export function readPdf(pdf: Uint8Array): PdfFacts {
  const dir = mkdtempSync(join(tmpdir(), 'union-dash-pdf-test-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
    const pageSize = /^Page size:\s+(.+)$/m.exec(info)?.[1]?.trim() ?? '';
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    const pageTexts = text.split('\f').slice(0, pages);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter((l) => l.trim() !== '')
      .map((l) => ({ name: l.slice(0, 36).trim(), type: l.slice(37, 54).trim() }));
    return { pages, pageSize, pageTexts, fonts };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Environment for a browser that sees the system's fonts minus every Chinese, Japanese and
 * Korean one (Linux fontconfig), as on a server without CJK fonts. Returns the variables
 * and a cleanup. (With no fonts at all Chromium crashes, so Latin fonts are kept.)
 */
export function withoutCjkFonts(): { env: Record<string, string>; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'union-dash-no-cjk-'));
  const file = join(dir, 'fonts.conf');
  const reject = ['zh-cn', 'zh-tw', 'zh-hk', 'ja', 'ko']
    .map((lang) => `      <pattern><patelt name="lang"><string>${lang}</string></patelt></pattern>`)
    .join('\n');
  writeFileSync(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <cachedir>${join(dir, 'cache')}</cachedir>
  <selectfont>
    <rejectfont>
${reject}
    </rejectfont>
  </selectfont>
</fontconfig>
`,
  );
  return { env: { FONTCONFIG_FILE: file }, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
