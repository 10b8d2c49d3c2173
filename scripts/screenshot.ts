// Developer aid: serves the given sources (default fixtures/) and screenshots pages with the system Chromium.
//   npx tsx scripts/screenshot.ts OUT_DIR WIDTH PATH… [-- SOURCE…]
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { loadConfig } from '../src/config/index.ts';
import { BROWSER_FLAGS, findSystemBrowser } from '../src/report/pdf/index.ts';
import { createApp } from '../src/server/app.ts';
import { silentLogger } from '../src/server/clock.ts';

const args = process.argv.slice(2);
const split = args.indexOf('--');
const [out, widthText, ...paths] = split < 0 ? args : args.slice(0, split);
const sources = split < 0 ? ['fixtures'] : args.slice(split + 1);
if (!out || !widthText || paths.length === 0) throw new Error('usage: tsx scripts/screenshot.ts OUT_DIR WIDTH PATH… [-- SOURCE…]');
mkdirSync(out, { recursive: true });
const today = process.env['TODAY'] ?? '2026-11-22';
const dash = createApp({ sources, loadConfig: () => loadConfig({ sources, env: process.env, cwd: process.cwd() }), clock: { now: () => new Date(), today: () => today }, logger: silentLogger, watch: false });
await dash.ready;
// REMOVE=file: a ledger file taken away after the first read, to see the missing-file banner
if (process.env['REMOVE']) {
  rmSync(process.env['REMOVE']);
  await dash.store.reload();
}
const server = dash.app.listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const port = (server.address() as { port: number }).port;
const browser = await puppeteer.launch({ executablePath: findSystemBrowser(), headless: true, userDataDir: mkdtempSync(join(tmpdir(), 'shot-')), args: [...BROWSER_FLAGS] });
for (const path of paths) {
  const page = await browser.newPage();
  await page.setViewport({ width: Number(widthText), height: 800, deviceScaleFactor: 1 });
  await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle2' });
  const base = join(out, `${path.replace(/[/?=&]+/g, '_') || 'root'}-${widthText}`);
  // CHUNK=900 cuts a long page into screens of that height, each readable on its own
  const chunk = Number(process.env['CHUNK'] ?? 0);
  if (!chunk) {
    await page.screenshot({ path: `${base}.png`, fullPage: true });
    console.log(`${base}.png`);
  } else {
    const height = (await page.evaluate('document.documentElement.scrollHeight')) as number;
    for (let y = 0, i = 0; y < height; y += chunk, i++) {
      const file = `${base}-${i}.png`;
      await page.screenshot({ path: file, captureBeyondViewport: true, clip: { x: 0, y, width: Number(widthText), height: Math.min(chunk, height - y) } });
      console.log(file);
    }
  }
  await page.close();
}
await browser.close();
await dash.close();
server.closeAllConnections();
server.close();
