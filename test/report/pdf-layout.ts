/** pdftotext -layout: each page's lines as printed, so a table row reads as one line. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function layoutPages(pdf: Uint8Array): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'union-dash-layout-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The printed lines of all pages with the spaces of layout removed. */
export const rowsOf = (pages: readonly string[]): string[] => pages.flatMap((p) => p.split('\n')).map((l) => l.replace(/\s+/g, ''));
