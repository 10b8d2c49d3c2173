/** Calendar months as `YYYY-MM` strings. */
import { daysInMonth, formatYmd } from '../ingest/values/index.ts';

export const isMonth = (s: string): boolean => /^\d{4}-(0[1-9]|1[0-2])$/.test(s);

const parts = (month: string) => [Number(month.slice(0, 4)), Number(month.slice(5, 7))] as const;

export function monthEnd(month: string): string {
  const [y, m] = parts(month);
  return formatYmd(y, m, daysInMonth(y, m));
}

export function nextMonth(month: string): string {
  const [y, m] = parts(month);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}
