#!/usr/bin/env node
/**
 * The `union-dash` command: runs the compiled JavaScript in dist/ (made by `npm run build`,
 * which `prepare` runs on `npm install`/`npm ci` in a checkout and on `npm pack`). An
 * installed copy always has dist/ and never loads tsx.
 *
 * In a developer's checkout the TypeScript sources can run through tsx instead:
 *   - explicitly with UNION_DASH_FROM_SOURCE=1 (the test suite sets it, so child processes
 *     run the sources under test, never a stale dist/);
 *   - when dist/ has not been built yet (a checkout installed with --ignore-scripts), with
 *     one line on stderr saying so.
 */
import { existsSync } from 'node:fs';

const dist = new URL('../dist/cli/run.js', import.meta.url);
const source = new URL('../src/cli/run.ts', import.meta.url);
const fromSource = process.env.UNION_DASH_FROM_SOURCE === '1';

async function runSource() {
  let tsx;
  try {
    tsx = await import('tsx/esm/api');
  } catch {
    process.stderr.write('union-dash: 运行源码需要 tsx，请先在本文件夹运行 npm install（或 npm run build 生成 dist/）\n');
    process.exitCode = 2;
    return;
  }
  tsx.register();
  await import(source.href);
}

if (fromSource && existsSync(source)) await runSource();
else if (existsSync(dist)) await import(dist.href);
else if (existsSync(source)) {
  process.stderr.write('union-dash: 尚未编译（没有 dist/），改用 tsx 直接运行源码；npm run build 可生成 dist/\n');
  await runSource();
} else {
  process.stderr.write('union-dash: 安装不完整，缺少 dist/cli/run.js，请重新安装\n');
  process.exitCode = 2;
}
