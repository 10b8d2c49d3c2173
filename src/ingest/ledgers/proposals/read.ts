import { readRows, type RowAccount } from '../../table/read-rows.ts';
import type { SheetContext } from '../../table/sheet-context.ts';
import { parseDate, parseFeedback } from '../../values/index.ts';
import { parseTermId, termIdString } from '../../../term/term.ts';
import type { ReadEnv } from '../env.ts';

export function readProposals(ctx: SheetContext, env: ReadEnv): RowAccount {
  return readRows(ctx, {
    row(r) {
      const id = ctx.optionalText(r, 'proposalId');
      const title = ctx.has('proposalTitle') ? ctx.requiredText(r, 'proposalTitle') : (id ?? '');
      const replyDate = ctx.optionalDate(r, 'replyDate');
      const feedback = ctx.parse(r, 'feedback', parseFeedback);
      const termText = ctx.optionalText(r, 'term');
      const term = termText ? parseTermId(termText) : null;
      env.sink.proposals.push({
        ref: ctx.ref(r, ctx.col('proposalTitle') ?? ctx.col('proposalId')),
        id,
        title,
        proposer: ctx.optionalText(r, 'proposer'),
        unit: ctx.optionalText(r, 'unit'),
        state: ctx.optionalText(r, 'proposalState'),
        replyDate,
        feedback,
        term: term ? termIdString(term) : null,
      });
      return 'used';
    },
  });
}
