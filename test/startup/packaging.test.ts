/**
 * The packed project installs and runs as a school's IT teacher would get it: `npm pack`
 * (which builds dist/ through `prepare`), then `npm install -g --prefix <tmp> <tgz>` and, in a
 * folder of its own, `npm install <tgz>` + `npx union-dash`; and the portable Windows zip
 * (`npm run package:win`) made from the same tarball. Against the npm registry with
 * --prefer-offline, so a warm npm cache makes it quicker; still the slowest file of the suite
 * (about a minute). One file, so that only one `npm pack` rebuilds dist/ at a time.
 * Skipped with a loud message only when npm is missing, never under CI=true.
 */
import { execFile, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf, requireBrowser, requirePoppler } from '../helpers/browser.ts';
import { readZip, type ZipEntry } from '../helpers/zip-reader.ts';
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
  console.warn(`\n${bar}\n!! SKIPPED test/startup/packaging.test.ts: npm is not on PATH.\n!! npm pack, npm install -g and the Windows zip are NOT tested on this machine.\n${bar}\n`);
}

/** What `check --as-of 2026-04-30` on the fixtures must print: their deliberate errors and warnings, as fixtures/README.md lists them (two of them in 考核细则.xlsx). */
const CHECK_TOTALS = '检查完毕：4 个错误，7 个提醒。错误所在的行未计入统计，请在表格中改正后重新检查。';
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
/** The Windows zip's entries, and where it was unpacked. */
let zip: ZipEntry[];
let unpacked: string;
const TOP = '工会数据看板';

describe.skipIf(!haveNpm)('the packed package and the Windows zip', () => {
  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'union-dash-install-'));
    const pack = await npm(['pack', '--json', '--pack-destination', tmp], ROOT);
    packed = JSON.parse(pack.stdout)[0];
    const tgz = join(tmp, packed.filename);
    const prefix = join(tmp, 'prefix');
    project = join(tmp, 'project');
    const zipFile = join(tmp, 'union-dash-win-x64.zip');
    await Promise.all([
      npm(['install', '-g', '--prefix', prefix, tgz], tmp),
      npm(['install', '--prefix', project, tgz], tmp),
      exec(process.execPath, [join(ROOT, 'scripts', 'package-win.mjs'), '--from-tgz', tgz, '--out', zipFile], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 }),
    ]);
    zip = readZip(zipFile);
    unpacked = join(tmp, 'unpacked');
    for (const e of zip) {
      const to = join(unpacked, ...e.name.split('/'));
      if (e.name.endsWith('/')) mkdirSync(to, { recursive: true });
      else writeFileSync(to, e.data());
    }
    global = WIN
      ? { pkg: join(prefix, 'node_modules', 'union-dash'), bin: join(prefix, 'union-dash.cmd') }
      : { pkg: join(prefix, 'lib', 'node_modules', 'union-dash'), bin: join(prefix, 'bin', 'union-dash') };
  }, 300_000);
  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }, 120_000);

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

  describe('the Windows zip', () => {
    const names = () => zip.map((e) => e.name);
    const inApp = (path: string) => `${TOP}/程序/${path}`;
    const text = (name: string) => zip.find((e) => e.name === name)!.data();
    /** The packages under 程序/node_modules. */
    const packages = () => new Set(names().flatMap((n) => /^[^/]+\/程序\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(n)?.[1] ?? []));

    it('holds the two .cmd files, the guide and the 台账 folder at its top, the program under 程序/', () => {
      expect(names().filter((n) => n.split('/').length === 2 || (n.split('/').length === 3 && n.endsWith('/')))).toEqual(
        expect.arrayContaining([`${TOP}/`, `${TOP}/启动看板.cmd`, `${TOP}/导出期末总评.cmd`, `${TOP}/使用说明.txt`, `${TOP}/台账/`, `${TOP}/程序/`]),
      );
      expect(names().filter((n) => !n.startsWith(`${TOP}/`))).toEqual([]);
      expect(zip.filter((e) => (e.flags & 0x800) === 0)).toEqual([]); // every name flagged UTF-8
      expect(names()).toEqual(expect.arrayContaining([inApp('bin/union-dash.js'), inApp('dist/cli/run.js'), inApp('package.json'), inApp('windows/wait-for-dashboard.cjs'), inApp('fixtures/经费台账.xlsx')]));
    });

    it('carries node.exe for Windows x64 (a PE program)', () => {
      const exe = zip.find((e) => e.name === inApp('node.exe'));
      expect(exe).toBeDefined();
      expect(exe!.size).toBeGreaterThan(30 * 2 ** 20);
      expect(exe!.data().subarray(0, 2).toString('latin1')).toBe('MZ');
    });

    it('has the production dependencies only, without their .ts and .map files; no sources or tests of ours', () => {
      const p = packages();
      for (const needed of ['express', 'echarts', 'exceljs', 'puppeteer-core', 'handlebars', 'arquero', '@uwdata/flechette']) expect(p.has(needed), needed).toBe(true);
      expect([...p].filter((n) => DEV_ONLY.includes(n))).toEqual([]);
      expect(names().filter((n) => /\/node_modules\/.*\.(?:[cm]?ts|map)$/.test(n))).toEqual([]);
      expect(names().filter((n) => /^[^/]+\/程序\/(src|test|bench|scripts|\.ci)\//.test(n))).toEqual([]);
    });

    it('the .cmd files are UTF-8 without BOM, CRLF, and switch cmd.exe to UTF-8 before their first Chinese line', () => {
      for (const cmd of ['启动看板.cmd', '导出期末总评.cmd']) {
        const bytes = text(`${TOP}/${cmd}`);
        expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), cmd).toBe(false);
        const s = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        expect(s.replace(/\r\n/g, ''), cmd).not.toMatch(/[\r\n]/);
        const lines = s.split('\r\n');
        expect(lines.slice(0, 2), cmd).toEqual(['@echo off', 'chcp 65001 >nul']);
      }
      expect(text(`${TOP}/使用说明.txt`).subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true); // Notepad: UTF-8 with BOM
    });

    /** The union-dash commands a .cmd runs: the arguments after "%NODE%" "程序\bin\union-dash.js". */
    function commands(cmd: string): string[][] {
      const lines = text(`${TOP}/${cmd}`).toString('utf8').split('\r\n');
      return lines
        .filter((l) => !/^\s*rem\b/i.test(l))
        .flatMap((l) => [...l.matchAll(/"%NODE%" "程序\\bin\\union-dash\.js" ([^|&\r\n]*)/g)].map((m) => [...m[1]!.matchAll(/"([^"]*)"|(\S+)/g)].map((a) => a[1] ?? a[2]!)));
    }

    it('启动看板.cmd uses the bundled node.exe, fills an empty 台账 with the template, serves 台账, then opens the browser on it', () => {
      const s = text(`${TOP}/启动看板.cmd`).toString('utf8');
      expect(s).toContain('set "NODE=%~dp0程序\\node.exe"');
      expect(s).toContain('cd /d "%~dp0"');
      expect(commands('启动看板.cmd')).toEqual([
        ['init', '台账'],
        ['serve', '台账'],
      ]);
      expect(s).toContain('"%NODE%" "程序\\windows\\wait-for-dashboard.cjs" && start "" http://127.0.0.1:3000/');
      for (const ref of s.matchAll(/"程序\\([^"]+)"/g)) expect(names(), ref[1]).toContain(inApp(ref[1]!.replaceAll('\\', '/')));
    });

    it('导出期末总评.cmd prints the term report from 台账 to 期末总评.pdf and opens it', () => {
      const s = text(`${TOP}/导出期末总评.cmd`).toString('utf8');
      expect(commands('导出期末总评.cmd')).toEqual([['report', '台账', '--out', '期末总评.pdf']]);
      expect(s).toContain('start "" "期末总评.pdf"');
      expect(s).toMatch(/if errorlevel 1 \(\r\n[\s\S]*pause/);
    });

    it('the unpacked program runs here: init fills 台账, check reads it, and the fixtures give their known result', () => {
      const top = join(unpacked, TOP);
      const bin = join(top, '程序', 'bin', 'union-dash.js');
      const env = { ...process.env };
      delete env['UNION_DASH_FROM_SOURCE'];
      const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: top, encoding: 'utf8', env });
      for (const args of commands('启动看板.cmd').filter(([c]) => c === 'init')) expect(run(args).status).toBe(0);
      expect(readdirSync(join(top, '台账'))).toEqual(['工会台账模板.xlsx']);
      expect(run(['check', '台账']).status).toBe(0);
      const fixtures = run(['check', FIXTURES, '--as-of', '2026-04-30']);
      expect(fixtures.status).toBe(1);
      expect(fixtures.stdout.trim().split('\n').at(-1)).toBe(CHECK_TOTALS);
    });

    it('the unpacked serve answers, and wait-for-dashboard.cjs tells when (before: exit 1 at once; after: exit 0)', async () => {
      const top = join(unpacked, TOP);
      const wait = (...args: string[]) => spawnSync(process.execPath, [join(top, '程序', 'windows', 'wait-for-dashboard.cjs'), ...args], { encoding: 'utf8', timeout: 30_000 });
      const ledgers = join(tmp, 'serve-台账');
      cpSync(FIXTURES, ledgers, { recursive: true });
      const env = { ...process.env };
      delete env['UNION_DASH_FROM_SOURCE'];
      const [serveArgs] = commands('启动看板.cmd').filter(([c]) => c === 'serve');
      const child = spawn(process.execPath, [join(top, '程序', 'bin', 'union-dash.js'), serveArgs![0]!, ledgers, '--port', '0'], { cwd: top, env, stdio: ['ignore', 'pipe', 'pipe'] });
      try {
        const port = await new Promise<number>((done, fail) => {
          let out = '';
          child.stdout.setEncoding('utf8').on('data', (d: string) => {
            out += d;
            const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
            if (m) done(Number(m[1]));
          });
          child.on('exit', (code) => fail(new Error(`serve exited ${code}`)));
        });
        expect(wait('--port', String(port)).status).toBe(0);
        expect(wait('--now', '--port', String(port)).status).toBe(0);
        const page = await fetch(`http://127.0.0.1:${port}/`);
        expect(page.status).toBe(200);
      } finally {
        child.kill();
      }
      const closed = await new Promise<number>((done) => {
        const s = spawn(process.execPath, ['-e', 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'], { stdio: ['ignore', 'pipe', 'ignore'] });
        s.stdout.setEncoding('utf8').on('data', (d: string) => done(Number(d.trim())));
      });
      expect(wait('--now', '--port', String(closed)).status).toBe(1);
    });

    it('导出期末总评.cmd\'s report command prints 期末总评.pdf from the unpacked program', (ctx) => {
      requireBrowser(ctx);
      const top = join(unpacked, TOP);
      const ledgers = join(top, '台账');
      rmSync(ledgers, { recursive: true, force: true });
      cpSync(FIXTURES, ledgers, { recursive: true });
      const env = { ...process.env };
      delete env['UNION_DASH_FROM_SOURCE'];
      const [args] = commands('导出期末总评.cmd');
      const r = spawnSync(process.execPath, [join(top, '程序', 'bin', 'union-dash.js'), ...args!, '--as-of', '2026-06-30'], { cwd: top, encoding: 'utf8', env, timeout: 120_000 });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(existsSync(join(top, '期末总评.pdf'))).toBe(true);
    });
  });
});
