#!/usr/bin/env node
/**
 * `npm run build` (also run by `prepare`, so by `npm install`/`npm ci` in a checkout and by `npm pack`):
 *
 * 1. tsc -p tsconfig.build.json compiles src/ (less the tests) into dist/, same tree, with
 *    relative `.ts` imports rewritten to `.js` (rewriteRelativeImportExtensions).
 * 2. Copies every other file under src/ (Handlebars templates, stylesheets, the dashboard's
 *    browser script) to the same place under dist/, so `new URL('./x', import.meta.url)` finds it.
 * 3. Vendors the two Noto Sans SC weights the PDFs use (400 and 700, woff2 only) from the
 *    devDependency @fontsource/noto-sans-sc into dist/fonts/noto-sans-sc/, with its licence.
 *
 * Plain JavaScript, so it runs on a bare `node` before anything is compiled. Exits non-zero on
 * any type error (noEmitOnError) or missing file.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');
const DIST = join(ROOT, 'dist');
const FONT_WEIGHTS = [400, 700];
const require = createRequire(import.meta.url);

const started = Date.now();
rmSync(DIST, { recursive: true, force: true });

// 1. compile
const tsc = join(dirname(require.resolve('typescript/package.json')), 'bin', 'tsc');
const compiled = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json')], { cwd: ROOT, stdio: 'inherit' });
if (compiled.status !== 0) {
  console.error(`build: tsc failed (exit ${compiled.status ?? compiled.signal})`);
  process.exit(1);
}

// 2. runtime assets beside the compiled code
let assets = 0;
for (const entry of readdirSync(SRC, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || entry.name.endsWith('.ts')) continue;
  const from = join(entry.parentPath ?? entry.path, entry.name);
  const to = join(DIST, relative(SRC, from));
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
  assets++;
}

// 3. the PDF font: only the weights used, only woff2
const fontPackage = dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));
const fontOut = join(DIST, 'fonts', 'noto-sans-sc');
mkdirSync(join(fontOut, 'files'), { recursive: true });
let fontFiles = 0;
let fontBytes = 0;
for (const w of FONT_WEIGHTS) {
  const css = readFileSync(join(fontPackage, `${w}.css`), 'utf8');
  writeFileSync(join(fontOut, `${w}.css`), css);
  for (const [, file] of css.matchAll(/url\(['"]?\.\/files\/([^'")]+\.woff2)['"]?\)/g)) {
    copyFileSync(join(fontPackage, 'files', file), join(fontOut, 'files', file));
    fontFiles++;
    fontBytes += readFileSync(join(fontOut, 'files', file)).length;
  }
}
if (fontFiles === 0) {
  console.error('build: no woff2 file found in @fontsource/noto-sans-sc');
  process.exit(1);
}
copyFileSync(join(fontPackage, 'LICENSE'), join(fontOut, 'LICENSE'));
const { version: fontVersion } = JSON.parse(readFileSync(join(fontPackage, 'package.json'), 'utf8'));
writeFileSync(
  join(fontOut, 'README.txt'),
  `Noto Sans SC, weights ${FONT_WEIGHTS.join(' and ')} (woff2), copied from @fontsource/noto-sans-sc ${fontVersion} by scripts/build.mjs.\nSIL Open Font License 1.1: see LICENSE.\n`,
);

console.error(
  `build: dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s (${assets} assets, ${fontFiles} font files, ${(fontBytes / 2 ** 20).toFixed(1)} MiB)`,
);
