/**
 * The activity an online sign-in export is for: named by its sheet, else its file, else a title
 * row above its header ("三八健步走签到.xlsx"); between activities of the same name (读书会 twice),
 * a date in that name, else the day the signatures were submitted.
 */
import { basename, extname } from 'node:path';
import type { TitleTried } from '../../../messages/issues.ts';
import type { ActivityRecord } from '../../records.ts';
import type { SheetContext } from '../../table/sheet-context.ts';
import { cellText, daysBetween, normalizeName } from '../../values/index.ts';
import { matchActivity } from '../activity-match.ts';
import { SIGN_IN_EXPORT_WORDS } from './index.ts';

/** A text that may name the activity, and where it was found (`cell` for a title row). */
export interface ExportTitle extends TitleTried {
  readonly cell: { readonly row: number; readonly col: number } | null;
}

export type ExportActivity =
  | { readonly status: 'matched'; readonly activity: ActivityRecord; readonly title: ExportTitle }
  | { readonly status: 'ambiguous'; readonly name: string; readonly candidates: readonly ActivityRecord[]; readonly title: ExportTitle }
  | { readonly status: 'none'; readonly tried: readonly ExportTitle[] };

/** Digit runs a site glues onto its file names (the form's id, the export's time stamp) and underscores. */
const EXPORT_IDS = /\d{5,}|_+/gu;
const EDGE_PUNCTUATION = /^[-–—.,、]+|[-–—.,、]+$/gu;

/** A file or sheet name without the words and ids the export added: "12345678_三八健步走签到_问卷星" → 三八健步走. */
export function exportTitleText(text: string): string {
  let s = text.replace(EXPORT_IDS, ' ');
  for (const w of SIGN_IN_EXPORT_WORDS) s = s.replaceAll(w, ' ');
  return normalizeName(s).replace(EDGE_PUNCTUATION, '');
}

/** The texts that may name the activity, in the order they are tried; each distinct text once. */
export function exportTitles(ctx: SheetContext): ExportTitle[] {
  const out: ExportTitle[] = [];
  const add = (from: ExportTitle['from'], raw: string, cell: ExportTitle['cell']) => {
    const text = exportTitleText(raw);
    if (text && !out.some((t) => t.text === text)) out.push({ from, text, cell });
  };
  add('sheet', ctx.sheet.name, null);
  add('file', basename(ctx.file, extname(ctx.file)), null);
  for (let r = 0; r < ctx.layout.top; r++) {
    for (let c = 0; c < ctx.sheet.columnCount; c++) {
      const t = cellText(ctx.sheet.cell(r, c).value);
      if (!t) continue;
      add('title', t, { row: r, col: c });
      break;
    }
  }
  return out;
}

export function exportActivity(ctx: SheetContext, activities: readonly ActivityRecord[], submitted: readonly string[]): ExportActivity {
  const tried = exportTitles(ctx);
  for (const title of tried) {
    const m = matchActivity(title.text, activities, ctx.dates);
    if (m.status === 'matched') return { status: 'matched', activity: m.activity, title };
    if (m.status === 'ambiguous') {
      const activity = bySubmission(m.candidates, submitted);
      return activity
        ? { status: 'matched', activity, title }
        : { status: 'ambiguous', name: m.name, candidates: m.candidates, title };
    }
  }
  return { status: 'none', tried };
}

/**
 * Of activities of one name, the one held nearest the day most people submitted (the day of a
 * sign-in is the day of the activity); null when no day stands out or two are equally near.
 */
export function bySubmission(candidates: readonly ActivityRecord[], submitted: readonly string[]): ActivityRecord | null {
  const day = mostCommon(submitted);
  if (day === null) return null;
  const distance = candidates.map((a) => Math.abs(daysBetween(a.date, day)));
  const nearest = Math.min(...distance);
  const at = candidates.filter((_, i) => distance[i] === nearest);
  return at.length === 1 ? at[0]! : null;
}

function mostCommon(days: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const d of days) counts.set(d, (counts.get(d) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || (second && second[1] === first[1])) return null;
  return first[0];
}
