// `node --import ./register.mjs …`: records every module the process loads into the file
// named by $UNION_DASH_RECORD_MODULES, one URL or path a line: the ES modules (and the
// CommonJS entry points they import) through the resolve hook, and at exit every CommonJS
// module in require's cache (what those entry points required in turn).
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';

const out = process.env.UNION_DASH_RECORD_MODULES;
if (out) {
  register('./record-modules.mjs', import.meta.url, { data: { out } });
  const cache = createRequire(import.meta.url).cache;
  process.on('exit', () => appendFileSync(out, Object.keys(cache).map((p) => `require ${p}\n`).join('')));
}
