/** A dashboard on an empty folder says why everything is 无数据, and how to begin. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type Running } from './server.ts';

let dir: string;
let srv: Running;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'union-dash-empty-'));
  srv = await startServer({ sources: [dir] });
});
afterAll(async () => {
  await srv.stop();
  rmSync(dir, { recursive: true, force: true });
});

it('every page carries a banner naming the empty folder and the next step', async () => {
  for (const path of ['/', '/funds']) {
    const html = await (await fetch(`${srv.url}${path}`)).text();
    expect(html).toContain('还没有读取到任何台账');
    expect(html).toContain(`文件夹“${dir}”中没有 .xlsx 工作簿`);
    expect(html).toContain('union-dash init');
  }
  const overview = await (await fetch(`${srv.url}/`)).text();
  // no ✔ for funds when there is no budget to judge them by
  expect(overview).not.toContain('各科目均未超预算');
});
