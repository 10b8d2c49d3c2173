import { readRows, type RowAccount } from '../../table/read-rows.ts';
import type { SheetContext } from '../../table/sheet-context.ts';
import { normalizeName } from '../../values/index.ts';
import { termIdString } from '../../../term/term.ts';
import { termOfText } from '../term-text.ts';
import type { ReadEnv } from '../env.ts';

export function readMentoring(ctx: SheetContext, env: ReadEnv): RowAccount {
  return readRows(ctx, {
    row(r) {
      const youngDisplay = ctx.requiredText(r, 'young');
      const mentorDisplay = ctx.optionalText(r, 'mentor');
      const term = termOfText(ctx, r, env);
      env.sink.mentoring.push({
        ref: ctx.ref(r, ctx.col('young')),
        young: normalizeName(youngDisplay),
        mentor: mentorDisplay ? normalizeName(mentorDisplay) : null,
        youngDisplay: youngDisplay.trim(),
        mentorDisplay: mentorDisplay?.trim() ?? null,
        term: term ? termIdString(term) : null,
      });
      return 'used';
    },
  });
}
