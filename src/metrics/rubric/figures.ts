/** The figures a rubric item can be scored from: every target of the plan, and this term's satisfied share. */
import { normalizeName } from '../../ingest/values/index.ts';
import { ledgerFigureNames, satisfactionFigure } from '../../messages/rubric.ts';
import { targetText } from '../../messages/targets.ts';
import { TARGET_IDS, type TargetId } from '../targets/ids.ts';

export type FigureId = TargetId | 'satisfaction';

/** Compared without white space, case or a trailing note in brackets (“文体活动参与率（%）”). */
const key = (text: string) => normalizeName(text).replace(/[(（][^)）]*[)）]$/u, '').toLowerCase();

function names(): Map<string, FigureId> {
  const out = new Map<string, FigureId>();
  for (const id of TARGET_IDS) for (const n of [id, targetText[id].label, targetText[id].short]) out.set(key(n), id);
  for (const [id, words] of Object.entries(ledgerFigureNames) as [TargetId, readonly string[]][]) for (const w of words) out.set(key(w), id);
  for (const w of [satisfactionFigure.label, ...satisfactionFigure.aliases]) out.set(key(w), 'satisfaction');
  return out;
}

const NAMES = names();

/** The figure a rubric row names (a target's id, label or short label, a ledger's name), or null. */
export const resolveFigure = (text: string): FigureId | null => NAMES.get(key(text)) ?? null;

export const figureLabel = (id: FigureId): string => (id === 'satisfaction' ? satisfactionFigure.label : targetText[id].label);
