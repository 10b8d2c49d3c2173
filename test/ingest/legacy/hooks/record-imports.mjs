// Module hooks for lazy-load.test.ts: appends every module URL resolved or loaded that
// contains "@e965" to the file named in the registration data.
import { appendFileSync } from 'node:fs';

let out = '';

export function initialize(data) {
  out = data.out;
}

export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (result.url.includes('@e965')) appendFileSync(out, `resolve ${result.url}\n`);
  return result;
}

export async function load(url, context, next) {
  if (url.includes('@e965')) appendFileSync(out, `load ${url}\n`);
  return next(url, context);
}
