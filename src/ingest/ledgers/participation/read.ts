import { cellAt, type Mark } from '../../records.ts';
import { readRows, type RowAccount } from '../../table/read-rows.ts';
import type { SheetContext } from '../../table/sheet-context.ts';
import { headerBlockText } from '../../table/header-match.ts';
import { isMarkColumn, profileColumn } from '../../table/profile.ts';
import { normalizeName, parseDate, parseMark } from '../../values/index.ts';
import { matchActivity, normalizeActivity, type ActivityMatch } from '../activity-match.ts';
import type { ReadEnv } from '../env.ts';
import { resolveStaff } from '../staff-lookup.ts';
import { TotalsCheck } from '../totals.ts';
import { readSignInExport } from './export.ts';
import { sheetMarkHint, type MarkHint } from './mark-hint.ts';

export function readParticipation(ctx: SheetContext, env: ReadEnv): RowAccount {
  if (ctx.has('activity')) return readLong(ctx, env);
  const columns = headerColumns(ctx, env);
  return isSignInExport(ctx, columns) ? readSignInExport(ctx, env) : readWide(ctx, env, columns);
}

/** A column outside the fields, with the activity its header names (if any). */
interface HeaderColumn {
  readonly col: number;
  readonly header: string;
  readonly match: ActivityMatch;
}

function headerColumns(ctx: SheetContext, env: ReadEnv): HeaderColumn[] {
  const { top, bottom } = ctx.layout;
  const claimed = new Set(ctx.layout.match.columns.values());
  const out: HeaderColumn[] = [];
  for (let c = 0; c < ctx.sheet.columnCount; c++) {
    if (claimed.has(c)) continue;
    const header = headerBlockText(ctx.sheet, top, bottom, c);
    if (header) out.push({ col: c, header, match: matchActivity(header, env.sink.activities, ctx.dates) });
  }
  return out;
}

/**
 * A list of who signed online, with the time each submitted and no column of marks under an
 * activity's name (ledgers.md §1's fingerprint, as the classifier saw it); a 提交者 without a 姓名.
 */
function isSignInExport(ctx: SheetContext, columns: readonly HeaderColumn[]): boolean {
  if (!ctx.has('name')) return true;
  if (!ctx.has('submittedAt')) return false;
  return !columns.some((c) => c.match.status === 'matched' && isMarkColumn(profileColumn(ctx.sheet, ctx.firstDataRow, c.col)));
}

/** One row = one record (activity, name, mark). Without a mark column the sheet is a list of attendees. */
function readLong(ctx: SheetContext, env: ReadEnv): RowAccount {
  const markCol = ctx.col('mark');
  const hint = lazyHint(ctx, markCol === undefined ? [] : [markCol]);
  const warned = new Set<string>();
  return readRows(ctx, {
    row(r) {
      const activityName = ctx.requiredText(r, 'activity');
      const displayName = ctx.requiredText(r, 'name');
      const nameCol = ctx.col('name')!;
      const date = ctx.optionalDate(r, 'date');
      const mark: Mark = markCol === undefined ? 'present' : ctx.parseAt(r, markCol, parseMark, undefined, hint);
      const staffIndex = resolveStaff(ctx, env, r, nameCol, displayName);
      const match = matchActivity(activityName, env.sink.activities, ctx.dates, date, true);
      if (match.status !== 'matched' && !warned.has(activityName)) {
        warned.add(activityName); // once per name: the first row that uses it
        ctx.issue(r, ctx.col('activity')!, 'unknown_activity', { name: activityName });
      }
      env.sink.participation.push({
        sheetRef: ctx.sheetRef,
        at: cellAt(r, markCol ?? nameCol),
        activityKey: match.status === 'matched' ? match.activity.key : null,
        activityName: match.status === 'matched' ? match.activity.name : activityName,
        name: normalizeName(displayName),
        staffIndex,
        mark,
      });
      return 'used';
    },
  });
}

/** 姓名 down the side, one column per activity; each staff × activity cell is its own record. */
function readWide(ctx: SheetContext, env: ReadEnv, headers: readonly HeaderColumn[]): RowAccount {
  const { bottom } = ctx.layout;
  const columns = headers.flatMap(({ col, header, match }) => {
    if (match.status === 'matched') return [{ col, activity: match.activity }];
    if (match.status === 'ambiguous') ctx.issue(bottom, col, 'ambiguous_activity', { name: match.name });
    else if (looksLikeActivity(ctx, col, header)) ctx.issue(bottom, col, 'unknown_activity_header', { text: header });
    return [];
  });
  const nameCol = ctx.col('name')!;
  // a 合计 row counts each activity's √: checked against our own count like any totals row
  const totals = new TotalsCheck(ctx, columns.map((c) => c.col));
  const hint = lazyHint(ctx, columns.map((c) => c.col));
  return readRows(ctx, {
    row(r) {
      const displayName = ctx.requiredText(r, 'name');
      const staffIndex = resolveStaff(ctx, env, r, nameCol, displayName);
      const name = normalizeName(displayName);
      for (const { col, activity } of columns) {
        const mark = ctx.tryParseAt(r, col, parseMark, hint);
        if (mark === undefined) continue;
        if (mark === 'present') totals.add(col, 1);
        env.sink.participation.push({
          sheetRef: ctx.sheetRef,
          at: cellAt(r, col),
          activityKey: activity.key,
          activityName: activity.name,
          name,
          staffIndex,
          mark,
        });
      }
      return 'used';
    },
    total(r, kind) {
      totals.check(r, kind, ctx.firstText(r));
    },
  });
}

/** A column with marks under a header that is not a number or a plain note. */
function looksLikeActivity(ctx: SheetContext, col: number, header: string): boolean {
  if (/^(序号|备注|说明|职务|职称|联系电话|电话|签名|合计|小计|次数|人次|出勤次数|参加次数)$/u.test(normalizeActivity(header))) return false;
  return isMarkColumn(profileColumn(ctx.sheet, ctx.firstDataRow, col));
}

/** The sheet's own mark spellings, read from its mark cells the first time a mark cannot be read. */
function lazyHint(ctx: SheetContext, cols: readonly number[]): () => MarkHint {
  let hint: MarkHint | undefined;
  return () => (hint ??= sheetMarkHint(ctx, cols));
}
