/**
 * Copies of an .xlsx in the other formats, for the differential tests: SheetJS's own writer
 * (.xls and WPS .et are both BIFF8), and LibreOffice when it is installed (`soffice`), the
 * independent producer the committed files in test/ingest/legacy/files/ came from.
 */
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TestContext } from 'vitest';
import { missingTool } from './missing-tool.ts';
import { tempDir } from './workbook.ts';

/** Writes `out` from the .xlsx at `xlsx` with SheetJS: `biff8` for .xls/.et, `ods` for .ods. */
export async function sheetJsCopy(xlsx: string, out: string, bookType: 'biff8' | 'ods'): Promise<string> {
  const XLSX = await import('@e965/xlsx');
  const wb = XLSX.read(await readFile(xlsx), { type: 'buffer', cellNF: true });
  await writeFile(out, XLSX.write(wb, { type: 'buffer', bookType }) as Buffer);
  return out;
}

/** The LibreOffice command, or null when it is not installed. */
export const libreOffice: string | null = (() => {
  const probe = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  return probe.status === 0 ? 'soffice' : null;
})();

/** LibreOffice for a test: without it the test fails under CI=true (which installs it) and is skipped loudly elsewhere. */
export function requireLibreOffice(ctx: TestContext): string {
  return libreOffice ?? missingTool(ctx, 'LibreOffice (soffice) is not installed (sudo apt-get install libreoffice-calc-nogui libreoffice-writer-nogui)', 'Conversion by LibreOffice');
}

/** Converts the .xlsx at `xlsx` into `outDir` with LibreOffice (own profile, so parallel runs do not collide). */
export async function libreOfficeCopy(xlsx: string, outDir: string, ext: 'xls' | 'ods'): Promise<string> {
  if (!libreOffice) throw new Error('LibreOffice (soffice) is not installed');
  const profile = pathToFileURL(await tempDir('union-dash-lo-profile-')).href;
  const run = spawnSync(
    libreOffice,
    [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', ext, '--outdir', outDir, xlsx],
    { encoding: 'utf8', timeout: 120_000 },
  );
  const out = join(outDir, `${basename(xlsx, extname(xlsx))}.${ext}`);
  if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr}`);
  return out;
}
