import { describe, expect, test } from 'vitest';
import { PdfError } from './errors.ts';
import { browserCandidates, findBrowser } from './find-browser.ts';

const only =
  (...present: string[]) =>
  (path: string) =>
    present.includes(path);

function notFound(platform: NodeJS.Platform, env: Record<string, string> = {}): PdfError {
  try {
    findBrowser({ platform, env, exists: () => false });
  } catch (error) {
    if (error instanceof PdfError) return error;
    throw error;
  }
  throw new Error('expected no browser');
}

describe('findBrowser', () => {
  test('CHROME_PATH wins over the usual locations', () => {
    const path = '/opt/我的浏览器/chrome';
    expect(findBrowser({ platform: 'linux', env: {}, chromePath: path, exists: only(path, '/usr/bin/chromium') })).toBe(path);
  });

  test('a CHROME_PATH that does not exist is reported, not silently replaced', () => {
    let error: unknown;
    try {
      findBrowser({ platform: 'linux', env: {}, chromePath: '/opt/chrome-old', exists: only('/usr/bin/chromium') });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PdfError);
    expect((error as PdfError).code).toBe('chrome_path_missing');
    expect((error as PdfError).message).toContain('CHROME_PATH 指向的“/opt/chrome-old”不存在');
  });

  test.each([
    [['/usr/bin/chromium', '/usr/bin/google-chrome'], '/usr/bin/chromium'],
    [['/usr/bin/chromium-browser'], '/usr/bin/chromium-browser'],
    [['/usr/bin/google-chrome-stable', '/usr/bin/microsoft-edge'], '/usr/bin/google-chrome-stable'],
    [['/snap/bin/chromium'], '/snap/bin/chromium'],
    [['/usr/bin/microsoft-edge'], '/usr/bin/microsoft-edge'],
  ])('Linux with %j finds %s', (present, expected) => {
    expect(findBrowser({ platform: 'linux', env: {}, exists: only(...present) })).toBe(expected);
  });

  const windowsEnv = {
    ProgramFiles: 'C:\\Program Files',
    'ProgramFiles(x86)': 'C:\\Program Files (x86)',
    LOCALAPPDATA: 'C:\\Users\\王老师\\AppData\\Local',
  };

  test.each([
    ['C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'],
    ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'],
    ['C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe'],
    ['C:\\Users\\王老师\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe'],
  ])('Windows finds %s', (path) => {
    expect(findBrowser({ platform: 'win32', env: windowsEnv, exists: only(path) })).toBe(path);
  });

  test('Windows prefers Chrome to Edge, and reads Program Files whatever the case of the variable', () => {
    const chrome = 'D:\\Apps\\Google\\Chrome\\Application\\chrome.exe';
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(findBrowser({ platform: 'win32', env: { PROGRAMFILES: 'D:\\Apps' }, exists: only(chrome, edge) })).toBe(chrome);
  });

  test.each([
    ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
    ['/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'],
    ['/Applications/Chromium.app/Contents/MacOS/Chromium'],
    ['/Users/wang/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
  ])('macOS finds %s', (path) => {
    expect(findBrowser({ platform: 'darwin', env: { HOME: '/Users/wang' }, exists: only(path) })).toBe(path);
  });

  test('macOS and Windows paths are never looked for on Linux', () => {
    const linux = browserCandidates('linux', { HOME: '/home/wang', LOCALAPPDATA: 'C:\\x' });
    expect(linux.every((p) => p.startsWith('/usr/bin/') || p.startsWith('/snap/'))).toBe(true);
  });
});

describe('no browser found', () => {
  test('Linux: the Chinese message gives the Debian install command and says the rest still works', () => {
    const error = notFound('linux');
    expect(error.code).toBe('browser_not_found');
    expect(error.message).toContain('找不到用来生成 PDF 的浏览器');
    expect(error.message).toContain('sudo apt-get install chromium fonts-noto-cjk');
    expect(error.message).toContain('CHROME_PATH');
    expect(error.message).toContain('看板、检查和表格导出不受影响');
    expect(error.tried).toContain('/usr/bin/chromium');
  });

  test('Windows: the message asks for Edge or Chrome or CHROME_PATH', () => {
    const error = notFound('win32', { LOCALAPPDATA: 'C:\\Users\\王老师\\AppData\\Local' });
    expect(error.message).toContain('请安装 Microsoft Edge 或 Chrome，或设置环境变量 CHROME_PATH');
    expect(error.message).not.toContain('apt-get');
    expect(error.tried).toContain('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe');
  });

  test('macOS: the message asks for Google Chrome or Microsoft Edge', () => {
    const error = notFound('darwin');
    expect(error.message).toContain('请安装 Google Chrome 或 Microsoft Edge');
    expect(error.message).not.toContain('apt-get');
  });
});
