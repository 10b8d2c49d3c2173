import { normalizeName } from '../values/index.ts';

/** A category without the account code glued on: "50102文体活动支出", "1.2 文体活动支出" → 文体活动支出. */
export function fundCategoryName(text: string): string {
  const t = normalizeName(text).replace(/^[\d.、\-_]+/u, '');
  return t === '' ? normalizeName(text) : t;
}
