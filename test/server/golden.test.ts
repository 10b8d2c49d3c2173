/**
 * The overview page as HTML, against test/server/golden/overview.html. A missing golden is
 * written on a developer's machine and is a failure under CI=true; UPDATE_GOLDEN=1 rewrites it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type Running } from './server.ts';

const GOLDEN = fileURLToPath(new URL('./golden/overview.html', import.meta.url));

let srv: Running;
beforeAll(async () => {
  srv = await startServer();
});
afterAll(() => srv.stop());

it('the overview page matches its golden HTML', async () => {
  // the CSRF token is the process's own random value; the page around it is what is pinned
  const html = (await (await fetch(`${srv.url}/`)).text()).replace(/name="_csrf" value="[^"]+"/g, 'name="_csrf" value="TOKEN"');
  const ci = process.env['CI'] === 'true';
  if (process.env['UPDATE_GOLDEN'] === '1' || (!existsSync(GOLDEN) && !ci)) {
    if (ci) throw new Error('UPDATE_GOLDEN=1 is not allowed under CI=true');
    mkdirSync(dirname(GOLDEN), { recursive: true });
    writeFileSync(GOLDEN, html);
    console.warn(`wrote ${GOLDEN}: review it before committing`);
  }
  if (!existsSync(GOLDEN)) throw new Error(`missing golden ${GOLDEN} (CI=true refuses to create it; run the test locally and commit the file)`);
  expect(html).toBe(readFileSync(GOLDEN, 'utf8'));
});
