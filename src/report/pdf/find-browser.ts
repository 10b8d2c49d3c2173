import { existsSync } from 'node:fs';
import { posix, win32 } from 'node:path';
import { pdfText } from '../../messages/pdf.ts';
import { PdfError } from './errors.ts';

export interface BrowserSearch {
  readonly platform: NodeJS.Platform;
  /** The platform's own variables (ProgramFiles, LOCALAPPDATA, HOME) that locate the usual installs. */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly exists: (path: string) => boolean;
  /** The browser the config names (CHROME_PATH or `pdf.chromePath`); it must exist. */
  readonly chromePath?: string | null;
}

/** Where Chrome, Edge or Chromium usually live, most preferred first. */
export function browserCandidates(platform: NodeJS.Platform, env: BrowserSearch['env']): string[] {
  if (platform === 'win32') {
    const roots = [winEnv(env, 'ProgramFiles') ?? 'C:\\Program Files', winEnv(env, 'ProgramFiles(x86)') ?? 'C:\\Program Files (x86)'];
    const local = winEnv(env, 'LOCALAPPDATA');
    const chrome = ['Google', 'Chrome', 'Application', 'chrome.exe'];
    const edge = ['Microsoft', 'Edge', 'Application', 'msedge.exe'];
    return [
      ...roots.map((r) => win32.join(r, ...chrome)),
      ...(local ? [win32.join(local, ...chrome)] : []),
      ...roots.map((r) => win32.join(r, ...edge)),
      ...(local ? [win32.join(local, ...edge)] : []),
    ];
  }
  if (platform === 'darwin') {
    const apps = [
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      'Chromium.app/Contents/MacOS/Chromium',
    ];
    const home = env['HOME'];
    return [
      ...apps.map((a) => posix.join('/Applications', a)),
      ...(home ? apps.map((a) => posix.join(home, 'Applications', a)) : []),
    ];
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/usr/bin/microsoft-edge',
  ];
}

/** Windows variable names ignore case. */
function winEnv(env: BrowserSearch['env'], name: string): string | undefined {
  const key = Object.keys(env).find((k) => k.toUpperCase() === name.toUpperCase());
  return key === undefined ? undefined : env[key] || undefined;
}

/** The configured browser if set, else the first usual location that exists; throws a PdfError when none does. */
export function findBrowser(search: BrowserSearch): string {
  const named = search.chromePath?.trim();
  if (named) {
    if (search.exists(named)) return named;
    throw new PdfError('chrome_path_missing', pdfText.chromePathMissing(named), { tried: [named] });
  }
  const tried = browserCandidates(search.platform, search.env);
  const found = tried.find((p) => search.exists(p));
  if (found) return found;
  throw new PdfError('browser_not_found', pdfText.browserNotFound(search.platform), { tried });
}

/** findBrowser on this machine. */
export function findSystemBrowser(chromePath: string | null = null): string {
  return findBrowser({ platform: process.platform, env: process.env, exists: existsSync, chromePath });
}
