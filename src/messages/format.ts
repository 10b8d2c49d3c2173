/** How figures and dates read in Chinese pages, reports and the command line: one place for every format. */

/** A rate as a percentage with one decimal: 0.8734 → "87.3%"; null → "—". */
export function percent(rate: number | null | undefined, digits = 1): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return '—';
  return `${(Math.round(rate * 100 * 10 ** digits) / 10 ** digits).toFixed(digits)}%`;
}

/** A signed change in percentage points: 0.052 → "+5.2 个百分点". */
export function points(delta: number | null | undefined): string {
  if (delta === null || delta === undefined || !Number.isFinite(delta)) return '—';
  const v = Math.round(delta * 1000) / 10;
  return `${v > 0 ? '+' : ''}${v.toFixed(1)} 个百分点`;
}

/** Yuan with thousands separators and cents: 12345.6 → "¥12,345.60". */
export function money(yuan: number | null | undefined): string {
  if (yuan === null || yuan === undefined || !Number.isFinite(yuan)) return '—';
  const sign = yuan < 0 ? '-' : '';
  const [int, dec] = Math.abs(yuan).toFixed(2).split('.') as [string, string];
  return `${sign}¥${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${dec}`;
}

/** A calendar date `2026-03-08` as 2026年3月8日. */
export function dateZh(date: string | null | undefined): string {
  if (!date) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : date;
}

/** A month `2026-03` as 2026年3月, or 3月 when `short`. */
export function monthZh(month: string, short = false): string {
  const m = /^(\d{4})-(\d{2})/.exec(month);
  if (!m) return month;
  return short ? `${Number(m[2])}月` : `${m[1]}年${Number(m[2])}月`;
}

/** A school term by its first year and half: (2025, 2) → 2025-2026学年第二学期. */
export function termZh(firstYear: number, half: 1 | 2): string {
  return `${firstYear}-${firstYear + 1}学年第${half === 1 ? '一' : '二'}学期`;
}

/** A moment from its zero-padded calendar parts: 2026年11月22日 09:05. */
export function dateTimeZh(p: { readonly year: string; readonly month: string; readonly day: string; readonly hour: string; readonly minute: string }): string {
  return `${p.year}年${Number(p.month)}月${Number(p.day)}日 ${p.hour}:${p.minute}`;
}

/** A number with up to two decimals, no trailing zeros: 88 → "88", 87.5 → "87.5". */
export function num(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  return String(Math.round(n * 100) / 100);
}

/** `2026-03-08` → 3月8日, with the year when it is not `year`. */
export function dayZh(date: string | null | undefined, year?: string): string {
  if (!date) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return date;
  const md = `${Number(m[2])}月${Number(m[3])}日`;
  return year === undefined || m[1] === year ? md : `${m[1]}年${md}`;
}

/** `>=` → ≥ for display. */
export const OP_SYMBOL: Readonly<Record<string, string>> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '=' };
