import type { SurveyAnswer } from '../../records.ts';
import { readRows, type RowAccount } from '../../table/read-rows.ts';
import type { SheetContext } from '../../table/sheet-context.ts';
import { headerText } from '../../table/header-match.ts';
import { isSurveyItem, profileColumn } from '../../table/profile.ts';
import { normalizeName, parseDate, parseScale } from '../../values/index.ts';
import { parseTermId, previousTermId, termIdContaining, termIdString, type TermId } from '../../../term/term.ts';
import type { ReadEnv } from '../env.ts';
import { termOfText } from '../term-text.ts';

/** The item's label: the question without its number ("1、您对…满意？" → 您对…满意？). */
const itemLabel = (header: string) => header.trim().replace(/^\s*(第?\d+[、.．:：)）]\s*|Q\d+[.:：]?\s*)/u, '');

/** Words in a sheet's name for last term and this term. */
const PREVIOUS_TERM = /上学期/u;
const CURRENT_TERM = /本学期/u;

/** The term a whole sheet names: 本学期, 上学期, or a term label in its name or title rows. */
function sheetTerm(ctx: SheetContext, current: TermId): TermId | null {
  const name = normalizeName(ctx.sheet.name);
  if (PREVIOUS_TERM.test(name)) return previousTermId(current);
  if (CURRENT_TERM.test(name)) return current;
  const inName = parseTermId(name);
  if (inName) return inName;
  for (let r = 0; r < ctx.layout.top; r++) {
    const t = parseTermId(ctx.firstText(r));
    if (t) return t;
  }
  return null;
}

/**
 * One response per row. Its term: the 学期 column (a label, 本学期 or 上学期), else the sheet's
 * (its name or title), else its 提交答卷时间. The submission day is kept: metrics counts a
 * response only once it has been submitted.
 */
export function readSurvey(ctx: SheetContext, env: ReadEnv): RowAccount {
  const { top, bottom } = ctx.layout;
  const claimed = new Set(ctx.layout.match.columns.values());
  const items: { col: number; item: string }[] = [];
  for (let c = 0; c < ctx.sheet.columnCount; c++) {
    if (claimed.has(c)) continue;
    const header = headerText(ctx.sheet, top, bottom, c);
    if (isSurveyItem(header, profileColumn(ctx.sheet, ctx.firstDataRow, c))) items.push({ col: c, item: itemLabel(header) });
  }
  const home = ctx.dates.term ?? env.term;
  const fromSheet = sheetTerm(ctx, home);
  // an item's answers are one of six (1–5 or none): made once each and shared by every response that gives it
  const given = items.map(() => new Map<number | null, SurveyAnswer>());
  const terms = new Map<string, string>();
  let warned = false;
  return readRows(ctx, {
    row(r) {
      const at = ctx.has('submittedAt') ? parseDate(ctx.value(r, 'submittedAt')) : null;
      const submitted = at?.ok ? at.value : null;
      const term = termOfText(ctx, r, env) ?? fromSheet ?? (submitted ? termIdContaining(submitted) : null);
      if (!term && !warned) {
        warned = true;
        ctx.log.add({ file: ctx.file, sheet: ctx.sheet.name, cell: null }, 'survey_no_term', {});
      }
      const answers: SurveyAnswer[] = [];
      items.forEach(({ col, item }, i) => {
        const score = ctx.tryParseAt(r, col, parseScale);
        if (score === undefined) return;
        const byScore = given[i]!;
        let answer = byScore.get(score);
        if (!answer) byScore.set(score, (answer = { item, score }));
        answers.push(answer);
      });
      const termText = termIdString(term ?? home);
      let shared = terms.get(termText);
      if (shared === undefined) terms.set(termText, (shared = termText));
      env.sink.survey.push({
        ref: ctx.ref(r, items[0]?.col),
        term: shared,
        submitted,
        department: ctx.optionalText(r, 'department'),
        // an exact copy: a pushed-to array keeps room for a dozen more
        answers: answers.slice(),
      });
      return 'used';
    },
  });
}
