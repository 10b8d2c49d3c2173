/** Short calendar wording for report tables. */

/** `2026-03-08` → 3月8日, with the year when it is not `year`. */
export function dayZh(date: string | null | undefined, year?: string): string {
  if (!date) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return date;
  const md = `${Number(m[2])}月${Number(m[3])}日`;
  return year === undefined || m[1] === year ? md : `${m[1]}年${md}`;
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const utc = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}
