/** Calendar arithmetic on `YYYY-MM-DD` strings (UTC only, so no time zone can shift a day). */

export function addDays(date: string, days: number): string {
  const t = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return new Date(t + days * 86_400_000).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((excelDate(to).getTime() - excelDate(from).getTime()) / 86_400_000);
}

/** The JS Date exceljs needs to write the Excel serial of this calendar date (UTC midnight). */
export function excelDate(date: string): Date {
  return new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))));
}

/** `2026年7月10日` */
export function chineseDate(date: string): string {
  return `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}
