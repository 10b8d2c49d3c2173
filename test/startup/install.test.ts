/**
 * The packed project installs and runs as a school's IT teacher would get it: `npm pack`
 * (which builds dist/ through `prepare`), then `npm install -g --prefix <tmp> <tgz>` and, in a
 * folder of its own, `npm install <tgz>` + `npx union-dash`. Against the npm registry with
 * --prefer-offline, so a warm npm cache makes it quick; still the slowest file of the suite
 * (about 30 s). Skipped with a loud message only when npm is missing, never under CI=true.
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf, requireBrowser, requirePoppler } from '../helpers/browser.ts';
import { HEAVY, runRecorded } from './record.ts';

const ROOT = join(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'fixtures');
const WIN = process.platform === 'win32';
const exec = promisify(execFile);

const npmVersion = spawnSync('npm', ['--version'], { encoding: 'utf8', shell: WIN });
const haveNpm = npmVersion.status === 0;
if (!haveNpm) {
  if (process.env['CI'] === 'true') throw new Error('CI=true: npm is not on PATH, so the packed install cannot be tested');
  const bar = '!'.repeat(78);
  console.warn(`\n${bar}\n!! SKIPPED test/startup/install.test.ts: npm is not on PATH.\n!! npm pack / npm install -g of the package is NOT tested on this machine.\n${bar}\n`);
}

/** What `check --as-of 2026-04-30` on the fixtures must print (their deliberate errors). */
const CHECK_TOTALS = '检查完毕：4 个错误，5 个提醒。错误所在的行未计入统计，请在表格中改正后重新检查。';
const CHECK_LINE = '经费台账.xlsx › 收支明细!F30：金额“1,2OO”不是有效数字（该行未计入）';
/** Packages only development needs: none may reach an installed copy. */
const DEV_ONLY = ['typescript', 'tsx', 'esbuild', 'vitest', '@fontsource/noto-sans-sc', 'autocannon', 'smtp-server', 'mailparser'];

const npm = (args: string[], cwd: string) =>
  exec('npm', [...args, '--no-audit', '--no-fund', '--prefer-offline'], { cwd, encoding: 'utf8', shell: WIN, maxBuffer: 64 * 2 ** 20, env: { ...process.env, CI: 'true' } });

let tmp: string;
let packed: { filename: string; entryCount: number; files: { path: string }[] };
/** `npm install -g --prefix`: the package folder and its command. */
let global: { pkg: string; bin: string };
/** A folder that ran `npm install <tgz>`. */
let project: string;

describe.skipIf(!haveNpm)('the packed package', () => {
  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'union-dash-install-'));
    const pack = await npm(['pack', '--json', '--pack-destination', tmp], ROOT);
    packed = JSON.parse(pack.stdout)[0];
    const tgz = join(tmp, packed.filename);
    const prefix = join(tmp, 'prefix');
    project = join(tmp, 'project');
    await Promise.all([npm(['install', '-g', '--prefix', prefix, tgz], tmp), npm(['install', '--prefix', project, tgz], tmp)]);
    global = WIN
      ? { pkg: join(prefix, 'node_modules', 'union-dash'), bin: join(prefix, 'union-dash.cmd') }
      : { pkg: join(prefix, 'lib', 'node_modules', 'union-dash'), bin: join(prefix, 'bin', 'union-dash') };
  }, 240_000);
  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('holds the compiled code, the sample ledgers and two font weights; no sources, tests, bench or CI files', () => {
    const paths = packed.files.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['package.json', 'README.md', 'bin/union-dash.js', 'dist/cli/run.js', 'dist/server/views/layout.hbs', 'dist/report/templates/report.css', 'dist/fonts/noto-sans-sc/LICENSE']));
    expect(paths.filter((p) => /^(src|test|bench|scripts|\.ci)\//.test(p) || p.endsWith('.ts') || p.endsWith('.tgz') || p.endsWith('.zip'))).toEqual([]);
    const fonts = paths.filter((p) => p.startsWith('dist/fonts/noto-sans-sc/files/'));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((p) => !/-(400|700)-normal\.woff2$/.test(p))).toEqual([]);
  });

  it('npm install -g puts a union-dash command that checks the fixtures (exit 1: their deliberate errors)', () => {
    const r = spawnSync(global.bin, ['check', FIXTURES, '--as-of', '2026-04-30'], { cwd: tmp, encoding: 'utf8', shell: WIN });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(CHECK_LINE);
    expect(r.stdout.trim().split('\n').at(-1)).toBe(CHECK_TOTALS);
  });

  it('the installed command runs its compiled code from its own folder and check loads neither ECharts, puppeteer-core nor Express', () => {
    const r = runRecorded(join(global.pkg, 'bin', 'union-dash.js'), ['check', FIXTURES, '--as-of', '2026-04-30'], { cwd: tmp, env: { UNION_DASH_FROM_SOURCE: '1' } });
    expect(r.status).toBe(1);
    const ours = r.modules.filter((m) => m.includes('/union-dash/') && !m.includes('/node_modules/union-dash/node_modules/'));
    expect(ours.some((m) => m.endsWith('/dist/cli/check.js'))).toBe(true);
    expect(ours.filter((m) => !m.includes(global.pkg))).toEqual([]);
    expect(HEAVY.filter((p) => r.packages.has(p))).toEqual([]);
    expect([...r.packages].filter((p) => DEV_ONLY.includes(p))).toEqual([]);
  });

  it('installs only production dependencies (no typescript, tsx, vitest, nor the whole @fontsource package)', () => {
    const installed = readdirSync(join(global.pkg, 'node_modules')).flatMap((n) => (n.startsWith('@') ? readdirSync(join(global.pkg, 'node_modules', n)).map((m) => `${n}/${m}`) : [n]));
    expect(installed).toEqual(expect.arrayContaining(['express', 'echarts', 'exceljs', 'puppeteer-core', '@uwdata/flechette']));
    expect(installed.filter((p) => DEV_ONLY.includes(p))).toEqual([]);
    expect(JSON.parse(readFileSync(join(global.pkg, 'node_modules', '@uwdata', 'flechette', 'package.json'), 'utf8')).version).toBe('2.6.0');
    expect(existsSync(join(global.pkg, 'src'))).toBe(false);
  });

  it('npx union-dash works in a folder that installed the tarball, and with no source serves up the bundled sample', () => {
    const r = spawnSync('npx', ['--no-install', 'union-dash', 'check', FIXTURES, '--as-of', '2026-04-30'], { cwd: project, encoding: 'utf8', shell: WIN });
    expect(r.status).toBe(1);
    expect(r.stdout.trim().split('\n').at(-1)).toBe(CHECK_TOTALS);
    // no source given: the sample ledgers shipped in the package
    const bundled = spawnSync('npx', ['--no-install', 'union-dash', 'metrics', '--as-of', '2026-04-30', '--json'], { cwd: project, encoding: 'utf8', shell: WIN });
    expect(bundled.status).toBe(0);
    expect(JSON.parse(bundled.stdout).term.id).toBe('2025-2026-2');
  });

  it('prints the term report with the vendored Noto Sans SC embedded', (ctx) => {
    requireBrowser(ctx);
    requirePoppler(ctx);
    const out = join(tmp, '期末总评.pdf');
    const r = spawnSync(global.bin, ['report', FIXTURES, '--as-of', '2026-06-30', '--out', out], { cwd: tmp, encoding: 'utf8', shell: WIN, timeout: 120_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const pdf = readPdf(readFileSync(out));
    expect(pdf.fonts.some((f) => f.name.includes('NotoSansSC'))).toBe(true);
    expect(pdf.pageTexts.join('')).toMatch(/期末/);
  });
});
