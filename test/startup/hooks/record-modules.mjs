// Module hooks for register.mjs: appends each resolved module URL to the record file.
import { appendFileSync } from 'node:fs';

let out = '';

export function initialize(data) {
  out = data.out;
}

export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(out, `resolve ${result.url}\n`);
  return result;
}
