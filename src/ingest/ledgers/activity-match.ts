import type { ActivityRecord } from '../records.ts';
import { normalizeName, parseDate, type DateContext } from '../values/index.ts';

export const activityKey = (name: string, date: string) => `${name}|${date}`;

/** Activity names compared without white space, quotes and book-title marks. */
export function normalizeActivity(name: string): string {
  return normalizeName(name).replace(/[《》“”"'‘’「」]/gu, '');
}

/** A date written in a header or beside a name: (3.27), 3月6日, 3/6, 2026.3.6. */
const DATE_IN_TEXT = /(\d{4}[.\-/年])?\d{1,2}[.\-/月]\d{1,2}[日号]?/u;

export function dateInText(text: string, dates: DateContext): string | null {
  const m = DATE_IN_TEXT.exec(normalizeName(text));
  if (!m) return null;
  const p = parseDate(m[0], dates);
  return p.ok ? p.value : null;
}

export type ActivityMatch =
  | { readonly status: 'matched'; readonly activity: ActivityRecord }
  | { readonly status: 'ambiguous'; readonly name: string; readonly candidates: readonly ActivityRecord[] }
  | { readonly status: 'none' };

/**
 * Finds the activity a text names: the longest activity name the text contains (after
 * normalisation, with any date removed); a date in the text, or `date`, picks between
 * activities of the same name.
 */
export function matchActivity(
  text: string,
  activities: readonly ActivityRecord[],
  dates: DateContext,
  date: string | null = null,
  exact = false,
): ActivityMatch {
  const whole = normalizeActivity(text);
  const h = whole.replace(DATE_IN_TEXT, '');
  let best: ActivityRecord[] = [];
  let bestLength = 0;
  for (const a of activities) {
    const n = normalizeActivity(a.name);
    const hit = exact ? n === h || n === whole : n.length >= 2 && (h.includes(n) || whole.includes(n));
    if (!hit) continue;
    if (n.length > bestLength) {
      best = [a];
      bestLength = n.length;
    } else if (n.length === bestLength) best.push(a);
  }
  if (best.length === 0) return { status: 'none' };
  if (best.length === 1) return { status: 'matched', activity: best[0]! };
  const when = date ?? dateInText(text, dates);
  const dated = when ? best.filter((a) => a.date === when) : [];
  if (dated.length === 1) return { status: 'matched', activity: dated[0]! };
  return { status: 'ambiguous', name: best[0]!.name, candidates: best };
}
