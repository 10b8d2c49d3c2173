/**
 * A row's 学期 cell: a term label (2025-2026学年第二学期, 2025-2026-2), or 本学期 / 上学期 relative
 * to the sheet's own term. Anything else is a warning at the cell and the sheet's term stands.
 */
import { parseTermId, previousTermId, type TermId } from '../../term/term.ts';
import type { SheetContext } from '../table/sheet-context.ts';
import { normalizeName } from '../values/index.ts';
import type { ReadEnv } from './env.ts';

export function termOfText(ctx: SheetContext, r: number, env: ReadEnv): TermId | null {
  const text = ctx.optionalText(r, 'term');
  if (text === null) return null;
  const named = parseTermId(text);
  if (named) return named;
  const home = ctx.dates.term ?? env.term;
  const word = normalizeName(text);
  if (/^(本|这|此|当前)学期$/u.test(word)) return home;
  if (/^(上|前)(一)?学期$/u.test(word)) return previousTermId(home);
  ctx.issue(r, ctx.col('term')!, 'bad_term_text', { text });
  return null;
}
