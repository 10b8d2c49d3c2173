import { a1 } from '../../a1.ts';
import type { ArchiveState } from '../../records.ts';
import { readRows, type RowAccount } from '../../table/read-rows.ts';
import type { SheetContext } from '../../table/sheet-context.ts';
import { headerText } from '../../table/header-match.ts';
import { isArchiveColumn, profileColumn } from '../../table/profile.ts';
import { normalizeName, parseArchiveMark, parseDate } from '../../values/index.ts';
import { matchActivity } from '../activity-match.ts';
import type { ReadEnv } from '../env.ts';

const NOT_MATERIAL = /^(序号|备注|说明|负责人|归档人|归档日期|类别|完成情况|存放位置|盒号)$/u;

export function readArchive(ctx: SheetContext, env: ReadEnv): RowAccount {
  const { top, bottom } = ctx.layout;
  const claimed = new Set(ctx.layout.match.columns.values());
  const materials: { col: number; material: string }[] = [];
  for (let c = 0; c < ctx.sheet.columnCount; c++) {
    if (claimed.has(c)) continue;
    const header = headerText(ctx.sheet, top, bottom, c);
    if (!header || NOT_MATERIAL.test(normalizeName(header))) continue;
    if (isArchiveColumn(profileColumn(ctx.sheet, ctx.firstDataRow, c))) materials.push({ col: c, material: header.trim() });
  }
  return readRows(ctx, {
    row(r) {
      const activityName = ctx.requiredText(r, 'activity');
      const activityDate = ctx.optionalDate(r, 'date');
      const states = materials.map(({ col, material }) => ({
        material,
        state: ctx.parseAt(r, col, parseArchiveMark) as ArchiveState,
        cell: a1(r, col),
      }));
      const match = matchActivity(activityName, env.sink.activities, ctx.dates, activityDate, true);
      env.sink.archive.push({
        ref: ctx.ref(r, ctx.col('activity')),
        activityName: activityName.trim(),
        activityDate: activityDate ?? (match.status === 'matched' ? match.activity.date : null),
        activityKey: match.status === 'matched' ? match.activity.key : null,
        materials: states,
      });
      return 'used';
    },
  });
}
