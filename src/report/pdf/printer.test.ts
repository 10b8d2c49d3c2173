import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { readPdf, requireBrowser, requirePoppler, withoutCjkFonts } from '../../../test/helpers/browser.ts';
import { documentShell } from './document.ts';
import { PdfError } from './errors.ts';
import { PdfPrinter } from './printer.ts';

const SCHOOL_TITLE = '青禾市第三中学期末总评';

/** A report-like document: heading, chart-like SVG with Chinese text, a table long enough for 3 pages. */
function sampleReport(rows = 60): string {
  const body = Array.from(
    { length: rows },
    (_, i) => `<tr><td>${i + 1}</td><td>教师${i + 1}</td><td>活动资料缺失，请补交签到表</td></tr>`,
  ).join('');
  return documentShell({
    title: SCHOOL_TITLE,
    css: 'table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #888; padding: 6px; }',
    header: '青禾市第三中学 · 2025—2026学年第二学期',
    footer: '第 {page} 页 / 共 {pages} 页',
    body: `<h1>${SCHOOL_TITLE}</h1>
<svg xmlns="http://www.w3.org/2000/svg" width="400" height="60"><text x="10" y="40" font-size="20" style="font-family: sans-serif">活动参与率（按月）</text></svg>
<table><thead><tr><th>序号</th><th>姓名</th><th>需要处理的问题</th></tr></thead><tbody>${body}</tbody></table>`,
  });
}

const squash = (s: string) => s.replace(/\s+/g, '');

interface Proc {
  readonly pid: number;
  readonly ppid: number;
  readonly stat: string;
  readonly zombie: boolean;
}

/** Processes in the process group led by `pid` (the browser and its helpers). */
function processGroup(pid: number): Proc[] {
  return execFileSync('ps', ['-eo', 'pid=,ppid=,pgid=,stat='], { encoding: 'utf8' })
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .filter((f) => Number(f[2]) === pid)
    .map((f) => ({ pid: Number(f[0]), ppid: Number(f[1]), stat: f[3] ?? '', zombie: (f[3] ?? '').startsWith('Z') }));
}

/**
 * What is left of a browser: any live process, or a zombie this process failed to reap.
 * Processes whose parent died first are re-parented to init, which reaps them.
 */
function leftovers(pid: number): Proc[] {
  return processGroup(pid).filter((p) => !p.zombie || p.ppid === process.pid);
}

/** leftovers() once killed processes had a moment (up to 2 s) to finish dying. */
async function leftoversAfterExit(pid: number): Promise<Proc[]> {
  for (let i = 0; i < 20 && leftovers(pid).length > 0; i++) await new Promise((r) => setTimeout(r, 100));
  return leftovers(pid);
}

function processesMentioning(text: string): string[] {
  return execFileSync('ps', ['-eo', 'args='], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => l.includes(text) && !l.startsWith('ps '));
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function scratchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'union-dash-printer-test-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function printerFor(ctx: Parameters<typeof requireBrowser>[0], options: ConstructorParameters<typeof PdfPrinter>[0] = {}) {
  const printer = new PdfPrinter({ executablePath: requireBrowser(ctx), ...options });
  cleanups.push(() => printer.close());
  return printer;
}

describe('PdfPrinter with the real browser', () => {
  test('prints Chinese text with the embedded web font, repeated table header and page numbers, on a machine without CJK fonts', async (ctx) => {
    requirePoppler(ctx);
    const noCjk = withoutCjkFonts();
    cleanups.push(noCjk.dispose);
    const printer = printerFor(ctx, { browserEnv: noCjk.env });

    const pdf = await printer.print(sampleReport());
    const facts = readPdf(pdf);

    expect(facts.pages).toBe(3);
    expect(facts.pageSize).toContain('(A4)');
    const all = squash(facts.pageTexts.join(''));
    expect(all).toContain(SCHOOL_TITLE);
    expect(all).toContain('活动参与率（按月）');
    expect(all).toContain('教师60');
    facts.pageTexts.forEach((text, i) => {
      expect(squash(text)).toContain(`第${i + 1}页/共3页`);
      expect(squash(text)).toContain('序号姓名需要处理的问题');
    });
    expect(squash(facts.pageTexts[1] ?? '')).toContain('青禾市第三中学·2025—2026学年第二学期');
    // Every glyph comes from the named, embedded Noto Sans SC: nothing fell back to a system font.
    expect(facts.fonts.length).toBeGreaterThan(0);
    for (const font of facts.fonts) {
      expect(font.type).toBe('CID TrueType');
      expect(font.name).toMatch(/^[A-Z]{6}\+NotoSansSC/);
    }
  });

  test('screenshots the matched elements in document order at the given scale, on the browser that prints', async (ctx) => {
    const printer = printerFor(ctx);
    await printer.print(sampleReport(1));
    const html = documentShell({
      title: '',
      css: 'body { margin: 0 } .box { width: 120px; height: 40px; margin: 7px; } .wide { width: 300px; height: 25px; }',
      body: '<div class="box">图一</div><p>不截取</p><div class="box wide">图二</div>',
    });
    const shots = await printer.screenshots(html, '.box', { scale: 2 });
    // IHDR width and height of each PNG
    expect(shots.map((png) => [png.subarray(1, 4).toString('latin1'), png.readUInt32BE(16), png.readUInt32BE(20)])).toEqual([
      ['PNG', 240, 80],
      ['PNG', 600, 50],
    ]);
    // the screenshot's page is its own: a print after it still works, on the same browser
    expect((await printer.print(sampleReport(1))).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(printer.launches).toBe(1);
  });

  test('keeps one browser for successive prints, and prints landscape on request', async (ctx) => {
    requirePoppler(ctx);
    const printer = printerFor(ctx);
    expect(printer.launches).toBe(0);

    await printer.print(sampleReport(5));
    const pid = printer.browserPid;
    const landscape = await printer.print(sampleReport(5), { landscape: true });
    await printer.printBlank();

    expect(printer.launches).toBe(1);
    expect(printer.browserPid).toBe(pid);
    expect(readPdf(landscape).pageSize).toMatch(/^841\.\d+ x 595\.\d+/);
  });

  test('the page that printed one document prints the next with nothing of it: text, styles, layout or fonts', async (ctx) => {
    requirePoppler(ctx);
    const noCjk = withoutCjkFonts();
    cleanups.push(noCjk.dispose);
    const printer = printerFor(ctx, { browserEnv: noCjk.env });

    await printer.print(sampleReport(60)); // its page is kept and takes the next print
    const second = documentShell({
      title: '第二份',
      css: 'p { color: #c00; }',
      footer: '共 {pages} 页',
      body: '<p>工会小组长名单</p>',
    });
    const facts = readPdf(await printer.print(second, { landscape: true }));

    expect(facts.pages).toBe(1);
    const text = squash(facts.pageTexts.join(''));
    expect(text).toContain('工会小组长名单');
    expect(text).toContain('共1页');
    expect(text).not.toContain('教师');
    expect(text).not.toContain('青禾市第三中学');
    expect(facts.pageSize).toMatch(/^841\.\d+ x 595\.\d+/);
    for (const font of facts.fonts) expect(font.name).toMatch(/^[A-Z]{6}\+NotoSansSC/);
    expect(printer.launches).toBe(1);
  });

  test('prints a tagged PDF (a structure tree for screen readers) unless a print opts out', async (ctx) => {
    const printer = printerFor(ctx);
    const tagged = (await printer.print(sampleReport(5))).toString('latin1');
    const untagged = (await printer.print(sampleReport(5), { tagged: false })).toString('latin1');
    expect(tagged).toMatch(/\/StructTreeRoot/);
    expect(untagged).not.toMatch(/\/StructTreeRoot/);
  });

  test('concurrent first prints share one launch', async (ctx) => {
    const printer = printerFor(ctx);
    const pdfs = await Promise.all([printer.print(sampleReport(3)), printer.print(sampleReport(4)), printer.printBlank()]);
    expect(pdfs.every((p) => p.subarray(0, 5).toString() === '%PDF-')).toBe(true);
    expect(printer.launches).toBe(1);
  });

  test('a print that exceeds its time limit fails with a Chinese timeout error, and the next print works', async (ctx) => {
    const printer = printerFor(ctx);
    const stuck = documentShell({ title: '卡住', css: '', body: '<p>加载中</p><script>for (;;) {}</script>' });

    const started = Date.now();
    const error = await printer.print(stuck, { timeoutMs: 1500 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PdfError);
    expect((error as PdfError).code).toBe('print_timeout');
    expect((error as PdfError).message).toContain('生成 PDF 超时（超过 1.5 秒）');
    expect(Date.now() - started).toBeLessThan(1500 + 6000);

    const pdf = await printer.print(sampleReport(3));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  test('a missing font file fails the print instead of printing boxes', async (ctx) => {
    const printer = printerFor(ctx);
    const broken = `<!doctype html><meta charset="utf-8"><style>
@font-face { font-family: 'Noto Sans SC'; src: url("file:///nonexistent/noto-sans-sc.woff2") format('woff2'); }
body { font-family: 'Noto Sans SC'; }</style><p>青禾市第三中学</p>`;
    const error = await printer.print(broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PdfError);
    expect((error as PdfError).code).toBe('font_failed');
    expect((error as PdfError).message).toContain('中文字体有 1 个文件加载失败');
  });

  test('relaunches the browser after it crashed', async (ctx) => {
    const printer = printerFor(ctx);
    await printer.print(sampleReport(3));
    const first = printer.browserPid;
    expect(first).toBeTypeOf('number');

    process.kill(first!, 'SIGKILL');
    for (let i = 0; i < 50 && printer.browserPid !== undefined; i++) await new Promise((r) => setTimeout(r, 100));
    expect(printer.browserPid).toBeUndefined(); // the printer noticed
    const pdf = await printer.print(sampleReport(3));

    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(printer.launches).toBe(2);
    expect(printer.browserPid).not.toBe(first);
  });

  test('close() leaves no browser process and no temp folder behind', async (ctx) => {
    const temp = scratchDir();
    const printer = printerFor(ctx, { tempDir: temp });
    await printer.print(sampleReport(3));
    const pid = printer.browserPid!;
    expect(processGroup(pid).length).toBeGreaterThan(1); // browser plus its helpers
    expect(processesMentioning(temp).length).toBeGreaterThan(0);

    await printer.close();

    expect(await leftoversAfterExit(pid)).toEqual([]);
    expect(processGroup(pid).map((p) => p.pid)).not.toContain(pid); // reaped, not a zombie
    expect(processesMentioning(temp)).toEqual([]);
    expect(readdirSync(temp)).toEqual([]);
    expect(printer.browserPid).toBeUndefined();
  });

  test('SIGTERM to a process that is printing takes its browser down with it', async (ctx) => {
    requireBrowser(ctx);
    const temp = scratchDir();
    const script = join(temp, 'child.mts');
    writeFileSync(
      script,
      `import { PdfPrinter } from ${JSON.stringify(resolve('src/report/pdf/printer.ts'))};
const printer = new PdfPrinter({ tempDir: ${JSON.stringify(temp)} });
await printer.warmUp();
console.log('pid=' + printer.browserPid);
setInterval(() => {}, 1000);
`,
    );
    const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: resolve('.'), stdio: ['ignore', 'pipe', 'inherit'] });
    cleanups.push(() => {
      child.kill('SIGKILL');
    });
    const pid = await new Promise<number>((done, fail) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /pid=(\d+)/.exec(out);
        if (m) done(Number(m[1]));
      });
      child.once('exit', (code) => fail(new Error(`child exited early (${code})`)));
    });
    expect(processGroup(pid).length).toBeGreaterThan(0);

    const exited = new Promise<NodeJS.Signals | null>((done) => child.once('exit', (_code, signal) => done(signal)));
    child.kill('SIGTERM');

    expect(await exited).toBe('SIGTERM');
    expect(await leftoversAfterExit(pid)).toEqual([]);
    expect(readdirSync(temp)).toEqual(['child.mts']);
  });
});

describe('PdfPrinter without a working browser', () => {
  test('a browser that cannot start gives a Chinese launch error, and so does the next attempt', async () => {
    const temp = scratchDir();
    const printer = new PdfPrinter({ executablePath: join(temp, '没有这个浏览器'), tempDir: temp });
    cleanups.push(() => printer.close());

    for (let attempt = 0; attempt < 2; attempt++) {
      const error = await printer.print('<p>测试</p>').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PdfError);
      expect((error as PdfError).code).toBe('browser_launch_failed');
      expect((error as PdfError).message).toContain('无法启动浏览器');
    }
    expect(printer.launches).toBe(0);
    expect(readdirSync(temp)).toEqual([]);
  });

  test('a launch removes the temp folders of printers that were killed, and leaves live and foreign ones', async () => {
    const temp = scratchDir();
    const dead = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid!; // a pid that has gone
    const folder = (name: string, owner?: number) => {
      mkdirSync(join(temp, name));
      writeFileSync(join(temp, name, 'profile.txt'), 'x');
      if (owner !== undefined) writeFileSync(join(temp, name, 'owner.pid'), String(owner));
    };
    folder('union-dash-pdf-killed', dead);
    folder('union-dash-pdf-alive', process.pid);
    folder('union-dash-pdf-unmarked');
    folder('someone-else', dead);
    const printer = new PdfPrinter({ executablePath: join(temp, '没有这个浏览器'), tempDir: temp });
    cleanups.push(() => printer.close());

    await printer.print('<p>测试</p>').catch(() => {});

    expect(readdirSync(temp).sort()).toEqual(['someone-else', 'union-dash-pdf-alive', 'union-dash-pdf-unmarked']);
  });
});
