/**
 * @e965/xlsx (a republish of SheetJS 0.20.3), loaded on first use: only .xls, .et and .ods
 * need it, so checking a folder of .xlsx files never loads it.
 */
export type SheetJs = typeof import('@e965/xlsx');

export const loadSheetJs = (): Promise<SheetJs> => import('@e965/xlsx');

/**
 * Built-in number formats of East Asian Excel (27–36, 50–58, as in excel/fast/date-format.ts):
 * a .xls may use them by number alone, and SheetJS's own table has none of them, so such a
 * date would read as a plain number. Codes as Simplified Chinese Excel shows them.
 */
const EAST_ASIAN_DATE_FORMATS: Readonly<Record<number, string>> = {
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"',
  35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

/**
 * Sets the East Asian built-ins in SheetJS's format table before a .xls is read. The table
 * is the library's own global, and a .xls read leaves its format records in it: setting these
 * before every read keeps one file's formats from deciding another's dates.
 */
export function prepareFormats(xlsx: SheetJs): void {
  for (const [id, code] of Object.entries(EAST_ASIAN_DATE_FORMATS)) xlsx.SSF.load(code, Number(id));
}

/**
 * Runs a SheetJS call with the console silenced: it reports format oddities with
 * `console.error` ("ODS number format may be incorrect"), English the chair should never see
 * in the middle of `check`'s output. The call is synchronous, so nothing else runs meanwhile.
 */
export function quietly<T>(call: () => T): T {
  const { error, warn, log } = console;
  const mute = () => {};
  console.error = console.warn = console.log = mute;
  try {
    return call();
  } finally {
    console.error = error;
    console.warn = warn;
    console.log = log;
  }
}
