/** Whether a number format shows a date or time, so that a numeric cell is read as a date. */

/** Built-in formats that show dates or times, including the East Asian ones (27–36, 50–58). */
const BUILTIN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

export function isBuiltinDateFormat(id: number): boolean {
  return BUILTIN_DATE_IDS.has(id);
}

/**
 * A custom format code is a date format when, outside quoted text, `[...]` sections
 * (colours, locales, elapsed-time brackets), `\x` escapes and `_x`/`*x` padding, it holds
 * a day, month, year, hour or second letter (or `b`, the Buddhist year, as exceljs also counts).
 */
export function isDateFormatCode(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\.|[_*]./g, '');
  return /[dmyhsb]/i.test(bare);
}
