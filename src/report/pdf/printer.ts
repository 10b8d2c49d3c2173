import { rmSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { pdfText } from '../../messages/pdf.ts';
import { documentShell } from './document.ts';
import { PdfError } from './errors.ts';
import { onProcessExit } from './exit-hooks.ts';
import { findSystemBrowser } from './find-browser.ts';
import { markOwner, removeStale, TEMP_PREFIX } from './stale-temp.ts';
import { WAIT_FOR_FONTS_SCRIPT, WRITE_DOCUMENT_SCRIPT } from './fonts.ts';

/** Chromium flags verified on our machines (puppeteer adds `--headless=new` itself). */
export const BROWSER_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

const DEFAULT_TIMEOUT_MS = 30_000;
/** Two pages keep both cores busy; ten downloads at once must not mean ten pages of a 12-page report in memory. */
const DEFAULT_MAX_PAGES = 2;
const LAUNCH_TIMEOUT_MS = 30_000;
const CLOSE_GRACE_MS = 5_000;
/** Prints on one page before it is closed and a fresh one opened, to bound what a page keeps. */
const PRINTS_PER_PAGE = 50;
/** The empty file:// document a new page opens, so that the documents written into it may load file:// fonts. */
const START_PAGE = 'start.html';
/** Helpers that are still dying may write to the profile for a moment. */
const REMOVE = { recursive: true, force: true, maxRetries: 3 } as const;

export interface PdfPrinterOptions {
  /** Browser to run, already known to exist; default: `chromePath` or the usual locations, looked up at the first print. */
  readonly executablePath?: string;
  /** The browser the config names (CHROME_PATH, `pdf.chromePath`), or how to get it when it may change; a missing one is a clear PdfError at the launch. */
  readonly chromePath?: string | null | (() => string | null);
  /** Time limit of each print unless the print gives its own; default 30 s. */
  readonly timeoutMs?: number;
  /** Extra environment variables for the browser process. */
  readonly browserEnv?: Readonly<Record<string, string>>;
  /** Parent of the per-launch temp folder (profile and page files); default the OS temp dir. */
  readonly tempDir?: string;
  /** Pages printing at once; more prints wait their turn (their time limit starts with it). Default 2. */
  readonly maxPages?: number;
}

export interface PrintOptions {
  readonly landscape?: boolean;
  /** Time limit of this print, from opening the page to the finished PDF. */
  readonly timeoutMs?: number;
  /**
   * A tagged PDF (structure tree for screen readers, reflow and table order when copying);
   * default true. Untagged, the district term report prints in 0.29 s instead of 0.36 s and
   * weighs 264 KiB instead of 468 KiB: not worth losing what a screen reader needs.
   */
  readonly tagged?: boolean;
}

export interface ScreenshotOptions {
  /** Device pixels per CSS pixel; default 2 (sharp when printed). */
  readonly scale?: number;
  /** Time limit, from opening the page to the last image. */
  readonly timeoutMs?: number;
}

interface Session {
  readonly browser: Browser;
  /** Temp folder of this launch: `profile/` and the empty start page. */
  readonly root: string;
  readonly pid: number | undefined;
  unregister: () => void;
  /** Pages that finished a print and may take the next one. */
  readonly idle: Page[];
}

/**
 * Prints HTML to A4 PDF with one headless browser per printer, launched on the first print
 * and reused; relaunched if it crashed; killed on close() and on process exit or signals.
 * Header and footer belong to the document (see documentShell), so that they use the web font.
 * A page that printed is kept for the next print, which is written into the same document: the
 * faces it decoded stay decoded (a warm 12-page term report: 0.73 s with a new page per print,
 * 0.30 s on a kept page). A print that failed or timed out closes its page.
 */
export class PdfPrinter {
  readonly #options: PdfPrinterOptions;
  #session: Promise<Session> | undefined;
  #current: Session | undefined;
  #launches = 0;
  #printing = 0;
  #peak = 0;
  readonly #waiting: (() => void)[] = [];

  constructor(options: PdfPrinterOptions = {}) {
    this.#options = options;
  }

  /** How many browsers this printer has started. */
  get launches(): number {
    return this.#launches;
  }

  /** The most pages that were printing at once. */
  get peakPages(): number {
    return this.#peak;
  }

  /** Process id of the running browser, if one is running. */
  get browserPid(): number | undefined {
    return this.#current?.pid;
  }

  /** Starts the browser now instead of at the first print. */
  async warmUp(): Promise<void> {
    await this.#acquire();
  }

  /** Prints when a page is free: at most `maxPages` at once, the others in the order they came. */
  async print(html: string, options: PrintOptions = {}): Promise<Buffer> {
    // a finished print hands its page slot to the first in line
    if (this.#printing < (this.#options.maxPages ?? DEFAULT_MAX_PAGES)) this.#printing++;
    else await new Promise<void>((go) => this.#waiting.push(go));
    this.#peak = Math.max(this.#peak, this.#printing);
    try {
      return await this.#print(html, options);
    } finally {
      const next = this.#waiting.shift();
      if (next) next();
      else this.#printing--;
    }
  }

  async #print(html: string, options: PrintOptions): Promise<Buffer> {
    const timeoutMs = options.timeoutMs ?? this.#options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const session = await this.#acquire();
    let page: Page | undefined;
    let expired = false;
    let done = false;
    const work = async () => {
      const opened = takeIdle(session) ?? (await openPage(session));
      page = opened;
      if (expired) {
        void settleWithin(opened.close(), CLOSE_GRACE_MS);
        throw new Expired();
      }
      await opened.evaluate(`(${WRITE_DOCUMENT_SCRIPT})(${JSON.stringify(html)})`);
      const failedFonts = (await opened.evaluate(WAIT_FOR_FONTS_SCRIPT)) as number;
      if (failedFonts > 0) throw new PdfError('font_failed', pdfText.fontFailed(failedFonts));
      const pdf = await opened.pdf({
        format: 'A4',
        landscape: options.landscape ?? false,
        printBackground: true,
        tagged: options.tagged ?? true,
        timeout: 0,
      });
      done = !expired;
      return pdf;
    };
    try {
      const bytes = await withDeadline(work(), timeoutMs, () => {
        expired = true;
      });
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    } catch (error) {
      throw explain(error, session, timeoutMs);
    } finally {
      // only a page that printed may print again; a failed or late one may be stuck in its document
      if (done && page !== undefined && !page.isClosed() && session.browser.connected && (uses.get(page) ?? 0) < PRINTS_PER_PAGE) {
        session.idle.push(page);
      } else {
        await this.#closePage(page, session);
      }
    }
  }

  /**
   * PNG images of the elements `selector` matches, in document order, at `scale` device pixels
   * per CSS pixel (charts for a Word document): the same fonts, page slots and time limit as a
   * print, on a page of its own that is closed afterwards (its viewport is not a print's).
   */
  async screenshots(html: string, selector: string, options: ScreenshotOptions = {}): Promise<Buffer[]> {
    if (this.#printing < (this.#options.maxPages ?? DEFAULT_MAX_PAGES)) this.#printing++;
    else await new Promise<void>((go) => this.#waiting.push(go));
    this.#peak = Math.max(this.#peak, this.#printing);
    try {
      return await this.#screenshots(html, selector, options);
    } finally {
      const next = this.#waiting.shift();
      if (next) next();
      else this.#printing--;
    }
  }

  async #screenshots(html: string, selector: string, options: ScreenshotOptions): Promise<Buffer[]> {
    const timeoutMs = options.timeoutMs ?? this.#options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const session = await this.#acquire();
    let page: Page | undefined;
    let expired = false;
    const work = async () => {
      const opened = await openPage(session);
      page = opened;
      if (expired) throw new Expired();
      await opened.evaluate(`(${WRITE_DOCUMENT_SCRIPT})(${JSON.stringify(html)})`);
      const failedFonts = (await opened.evaluate(WAIT_FOR_FONTS_SCRIPT)) as number;
      if (failedFonts > 0) throw new PdfError('font_failed', pdfText.fontFailed(failedFonts));
      const [width, height] = (await opened.evaluate('[document.documentElement.scrollWidth, document.documentElement.scrollHeight]')) as [number, number];
      await opened.setViewport({ width: Math.ceil(width), height: Math.ceil(height), deviceScaleFactor: options.scale ?? 2 });
      const shots: Buffer[] = [];
      for (const element of await opened.$$(selector)) {
        const bytes = await element.screenshot({ type: 'png' });
        shots.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      }
      return shots;
    };
    try {
      return await withDeadline(work(), timeoutMs, () => {
        expired = true;
      });
    } catch (error) {
      throw explain(error, session, timeoutMs);
    } finally {
      await this.#closePage(page, session);
    }
  }

  /** An empty page through the same path, as the baseline for timing a report. */
  printBlank(options?: PrintOptions): Promise<Buffer> {
    return this.print(documentShell({ title: '', css: '', body: '' }), options);
  }

  /** Closes the browser and removes its temp folder; a later print launches a new one. */
  async close(): Promise<void> {
    const pending = this.#session;
    this.#session = undefined;
    const session = this.#current ?? (await pending?.catch(() => undefined));
    this.#current = undefined;
    if (session === undefined) return;
    session.unregister();
    await settleWithin(session.browser.close(), CLOSE_GRACE_MS);
    killBrowser(session);
    await rm(session.root, REMOVE).catch(() => {});
  }

  #acquire(): Promise<Session> {
    if (this.#current !== undefined && !this.#current.browser.connected) this.#discard(this.#current);
    if (this.#session === undefined) {
      const launching = this.#launch();
      this.#session = launching;
      launching.catch(() => {
        if (this.#session === launching) this.#session = undefined;
      });
    }
    return this.#session;
  }

  async #launch(): Promise<Session> {
    const named = this.#options.chromePath;
    const executablePath = this.#options.executablePath ?? findSystemBrowser(typeof named === 'function' ? named() : (named ?? null));
    const parent = this.#options.tempDir ?? tmpdir();
    await removeStale(parent);
    const root = await mkdtemp(join(parent, TEMP_PREFIX));
    await markOwner(root);
    await writeFile(join(root, START_PAGE), '<!doctype html><title></title>');
    let browser: Browser;
    try {
      const puppeteer = await import('puppeteer-core');
      browser = await puppeteer.launch({
        executablePath,
        headless: true,
        pipe: true,
        userDataDir: join(root, 'profile'),
        args: [...BROWSER_FLAGS],
        env: { ...process.env, ...this.#options.browserEnv },
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
        timeout: LAUNCH_TIMEOUT_MS,
      });
    } catch (cause) {
      await rm(root, { recursive: true, force: true });
      const reason = (cause instanceof Error ? cause.message : String(cause)).split('\n')[0] ?? '';
      throw new PdfError('browser_launch_failed', pdfText.launchFailed({ path: executablePath, reason }), { cause });
    }
    this.#launches += 1;
    const session: Session = { browser, root, pid: browser.process()?.pid, unregister: () => {}, idle: [] };
    session.unregister = onProcessExit(() => {
      killBrowser(session);
      try {
        rmSync(root, REMOVE);
      } catch {
        // a leftover temp folder must not break the exit
      }
    });
    browser.once('disconnected', () => this.#discard(session));
    this.#current = session;
    return session;
  }

  /** Forgets a browser that died or hangs, so the next print launches a new one. */
  #discard(session: Session): void {
    if (this.#current === session) {
      this.#current = undefined;
      this.#session = undefined;
    }
    session.unregister();
    killBrowser(session);
    rm(session.root, REMOVE).catch(() => {});
  }

  async #closePage(page: Page | undefined, session: Session): Promise<void> {
    if (page === undefined || !session.browser.connected) return;
    const closed = await settleWithin(page.close(), CLOSE_GRACE_MS);
    if (!closed) this.#discard(session);
  }
}

class Expired extends Error {}

/** Prints each page has taken. */
const uses = new WeakMap<Page, number>();

function takeIdle(session: Session): Page | undefined {
  let page: Page | undefined;
  while ((page = session.idle.pop()) !== undefined && page.isClosed());
  if (page !== undefined) uses.set(page, (uses.get(page) ?? 0) + 1);
  return page;
}

/** A new page at the empty file:// start document, counted as having one print. */
async function openPage(session: Session): Promise<Page> {
  const page = await session.browser.newPage();
  uses.set(page, 1);
  // a page whose renderer crashed must not take another print
  page.once('error', () => {
    const at = session.idle.indexOf(page);
    if (at >= 0) session.idle.splice(at, 1);
  });
  await page.goto(pathToFileURL(join(session.root, START_PAGE)).href, { waitUntil: 'load', timeout: 0 });
  return page;
}

function withDeadline<T>(work: Promise<T>, ms: number, onExpire: () => void): Promise<T> {
  work.catch(() => {});
  let timer: NodeJS.Timeout | undefined;
  const expiry = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onExpire();
      reject(new Expired());
    }, ms);
  });
  return Promise.race([work, expiry]).finally(() => clearTimeout(timer));
}

/** Whether `p` settled (either way) within `ms`. */
async function settleWithin(p: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  const settled = p.then(
    () => true as const,
    () => true as const,
  );
  try {
    return await Promise.race([settled, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Kills the browser with all its helper processes (its process group on POSIX). */
function killBrowser(session: Session): void {
  try {
    if (process.platform === 'win32') session.browser.process()?.kill();
    else if (session.pid !== undefined) process.kill(-session.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

function explain(error: unknown, session: Session, timeoutMs: number): PdfError {
  if (error instanceof Expired) {
    return new PdfError('print_timeout', pdfText.printTimeout(Number((timeoutMs / 1000).toFixed(1))));
  }
  if (error instanceof PdfError) return error;
  if (!session.browser.connected) return new PdfError('browser_gone', pdfText.browserGone, { cause: error });
  const reason = error instanceof Error ? error.message : String(error);
  return new PdfError('print_failed', pdfText.printFailed(reason), { cause: error });
}
