/** 工作月份 as the chair writes it: "2,3,4,5,6", "2月、3月、4月", "9-1月", "二月至六月". */
import { chineseNumber } from '../ingest/values/index.ts';

/** One month (2, 2月, 二月份) or a range of them (9-1月, 二月至六月). */
const ITEM = /^(\d{1,2}|[一二三四五六七八九十]{1,3})月?份?(?:(?:-|~|至|到)(\d{1,2}|[一二三四五六七八九十]{1,3})月?份?)?$/u;

const monthNumber = (t: string): number | null => {
  const n = /^\d+$/.test(t) ? Number(t) : chineseNumber(t);
  return n !== null && Number.isInteger(n) && n >= 1 && n <= 12 ? n : null;
};

/** Calendar month numbers, or null when the text is not a list of months. */
export function parseWorkingMonths(text: string): number[] | null {
  const s = text.normalize('NFKC').replace(/\s+/gu, '').replace(/[—–－]/gu, '-');
  const parts = s.split(/[,，、;；/和及]+/u).filter(Boolean);
  if (parts.length === 0) return null;
  const months: number[] = [];
  for (const part of parts) {
    const m = ITEM.exec(part);
    if (!m) return null;
    const from = monthNumber(m[1]!);
    const to = m[2] === undefined ? from : monthNumber(m[2]);
    if (from === null || to === null) return null;
    // A range may wrap the year end: 9-1 = 9,10,11,12,1.
    for (let k = from, guard = 0; guard < 12; k = (k % 12) + 1, guard++) {
      if (!months.includes(k)) months.push(k);
      if (k === to) break;
    }
  }
  return months;
}
