/**
 * An online sign-in export (问卷星, 腾讯问卷, 企业微信 收集表 or 签到): one row per person who
 * signed, each present at the one activity the sheet's title names. A person who signed twice,
 * or also on a paper sheet, is one person there: metrics keeps one mark per activity and person.
 */
import { fieldLabel } from '../../columns.ts';
import { cellAt } from '../../records.ts';
import type { Place } from '../../issues.ts';
import { readRows, type RowAccount } from '../../table/read-rows.ts';
import type { SheetContext } from '../../table/sheet-context.ts';
import { normalizeName, parseDate } from '../../values/index.ts';
import type { ReadEnv } from '../env.ts';
import { resolveStaff } from '../staff-lookup.ts';
import { exportActivity, type ExportTitle } from './export-activity.ts';

export function readSignInExport(ctx: SheetContext, env: ReadEnv): RowAccount {
  const nameField = ctx.has('name') ? 'name' : 'submitter';
  const nameCol = ctx.col(nameField)!;
  const found = exportActivity(ctx, env.sink.activities, submissionDays(ctx));
  const activity = found.status === 'matched' ? found.activity : null;
  if (found.status === 'none') {
    const title = found.tried.find((t) => t.from === 'title');
    ctx.log.add(titlePlace(ctx, title), 'signin_export_no_activity', { tried: found.tried.map(({ from, text }) => ({ from, text })) });
  } else if (found.status === 'ambiguous') {
    ctx.log.add(titlePlace(ctx, found.title), 'signin_export_ambiguous', { name: found.name, dates: found.candidates.map((a) => a.date) });
  }
  const activityName = activity?.name ?? (found.status === 'none' ? (found.tried[0]?.text ?? ctx.sheet.name) : found.title.text);
  return readRows(ctx, {
    row(r) {
      const displayName = ctx.requiredText(r, nameField, fieldLabel('name'));
      const staffIndex = resolveStaff(ctx, env, r, nameCol, displayName);
      env.sink.participation.push({
        sheetRef: ctx.sheetRef,
        at: cellAt(r, nameCol),
        activityKey: activity?.key ?? null,
        activityName,
        name: normalizeName(displayName),
        staffIndex,
        mark: 'present',
      });
      return 'used';
    },
  });
}

/** The day each row was submitted, where it can be read (a time that cannot be read only leaves the day unknown). */
function submissionDays(ctx: SheetContext): string[] {
  const col = ctx.col('submittedAt');
  const days: string[] = [];
  for (let r = ctx.firstDataRow; col !== undefined && r < ctx.sheet.rowCount; r++) {
    const p = parseDate(ctx.sheet.cell(r, col).value, ctx.dates);
    if (p.ok) days.push(p.value);
  }
  return days;
}

/** A finding about the sheet's title: at the title row's cell when the title was one, else the sheet. */
function titlePlace(ctx: SheetContext, title: ExportTitle | undefined): Place {
  return title?.cell ? ctx.place(title.cell.row, title.cell.col) : ctx.place(0, null);
}
