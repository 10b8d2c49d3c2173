import { issueWords } from '../../../messages/issues.ts';
import { readRows, type RowAccount } from '../../table/read-rows.ts';
import type { SheetContext } from '../../table/sheet-context.ts';
import { parseCategory, parseDate, parseRange } from '../../values/index.ts';
import type { ReadEnv } from '../env.ts';
import { activityKey, normalizeActivity } from '../activity-match.ts';

export function readActivities(ctx: SheetContext, env: ReadEnv): RowAccount {
  return readRows(ctx, {
    row(r) {
      const name = ctx.requiredText(r, 'activity');
      const dateCol = ctx.col('date')!;
      ctx.requiredText(r, 'date', issueWords.activityDate);
      const date = ctx.parseAt(r, dateCol, (v) => parseDate(v, ctx.dates));
      const categoryText = ctx.text(r, 'category');
      const { category, known } = parseCategory(ctx.value(r, 'category'));
      if (!known) ctx.issue(r, ctx.col('category')!, 'unknown_category', { text: categoryText || issueWords.blank });
      const rangeText = ctx.text(r, 'range');
      const range = parseRange(ctx.value(r, 'range'), env.departments);
      if (!range.known) ctx.issue(r, ctx.col('range')!, 'unknown_range', { text: rangeText });
      env.sink.activities.push({
        ref: ctx.ref(r, ctx.col('activity')),
        key: activityKey(normalizeActivity(name), date),
        name: name.trim(),
        date,
        category,
        categoryText,
        range: range.range,
        rangeText,
        place: ctx.optionalText(r, 'place'),
        owner: ctx.optionalText(r, 'owner'),
      });
      return 'used';
    },
  });
}
