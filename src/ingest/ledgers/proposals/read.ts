import { readRows, type RowAccount } from '../../table/read-rows.ts';
import type { SheetContext } from '../../table/sheet-context.ts';
import { parseFeedback } from '../../values/index.ts';
import { termIdString } from '../../../term/term.ts';
import type { ReadEnv } from '../env.ts';
import { termOfText } from '../term-text.ts';

/**
 * A proposal belongs to a term by its 学期 column, else by its dates (提交日期, the session's
 * date, the reply date; metrics reads them), else — with no date at all — to the term of its
 * sheet. When nothing names that term either, the sheet is warned about once.
 */
export function readProposals(ctx: SheetContext, env: ReadEnv): RowAccount {
  let warned = false;
  return readRows(ctx, {
    row(r) {
      const id = ctx.optionalText(r, 'proposalId');
      const title = ctx.has('proposalTitle') ? ctx.requiredText(r, 'proposalTitle') : (id ?? '');
      const replyDate = ctx.optionalDate(r, 'replyDate');
      const submitted = ctx.optionalDate(r, 'proposalDate');
      const meeting = ctx.optionalDate(r, 'meetingDate');
      const feedback = ctx.parse(r, 'feedback', parseFeedback);
      const written = termOfText(ctx, r, env);
      const undated = submitted === null && meeting === null && replyDate === null;
      let term = written ? termIdString(written) : null;
      if (term === null && undated && ctx.dates.term) {
        term = termIdString(ctx.dates.term);
        if (ctx.dates.origin === 'day' && !warned) {
          warned = true;
          ctx.log.add({ file: ctx.file, sheet: ctx.sheet.name, cell: null }, 'proposal_no_term', { term: ctx.termLabel });
        }
      }
      env.sink.proposals.push({
        ref: ctx.ref(r, ctx.col('proposalTitle') ?? ctx.col('proposalId')),
        id,
        title,
        proposer: ctx.optionalText(r, 'proposer'),
        unit: ctx.optionalText(r, 'unit'),
        state: ctx.optionalText(r, 'proposalState'),
        replyDate,
        feedback,
        term,
        submitted,
        meeting,
      });
      return 'used';
    },
  });
}
