import type { StaffRecord } from '../../records.ts';
import { readRows, type RowAccount } from '../../table/read-rows.ts';
import type { SheetContext } from '../../table/sheet-context.ts';
import { isBlank, normalizeName, numberText, ok, parseDate, parseGender, parseMonth, parseStatus, parseYesNo, serialToDate } from '../../values/index.ts';
import type { ReadEnv } from '../env.ts';

export function readRoster(ctx: SheetContext, env: ReadEnv): RowAccount {
  const seen = new Map<string, string>();
  return readRows(ctx, {
    row(r) {
      const displayName = ctx.requiredText(r, 'name');
      const name = normalizeName(displayName);
      const department = ctx.optionalText(r, 'department');
      const birthDate = birthDateAt(ctx, r);
      const status = warnOr(ctx, r, 'status', parseStatus, '在职');
      const gender = warnOr(ctx, r, 'gender', parseGender, null);
      const young = warnOr(ctx, r, 'youngFlag', parseYesNo, null);
      const staffId = ctx.optionalText(r, 'staffId');
      const key = `${name}|${staffId ?? department ?? ''}`;
      const first = seen.get(key);
      if (first) ctx.issue(r, ctx.col('name')!, 'duplicate_staff', { name: displayName, other: first });
      else seen.set(key, ctx.place(r, ctx.col('name')!).cell!);
      const record: StaffRecord = {
        ref: ctx.ref(r, ctx.col('name')),
        staffId,
        name,
        displayName: displayName.trim(),
        department,
        gender,
        birthDate,
        status,
        young,
      };
      env.sink.staff.push(record);
      return 'used';
    },
  });
}

/** 1910-01-01: no member of staff, retired or not, is older. */
const OLDEST_BIRTH_SERIAL = 3654;

/** 出生日期 or 出生年月: a full date, or a year and month (1990.05, 1990年5月) read as the 1st. */
function birthDateAt(ctx: SheetContext, r: number): string | null {
  const c = ctx.col('birthDate');
  if (c === undefined || isBlank(ctx.valueAt(r, c))) return null;
  return ctx.parseAt(r, c, (v) => {
    // Google Sheets gives every date as its serial: birth dates before 1954 are serials under 20000
    if (typeof v === 'number' && Number.isInteger(v) && v >= OLDEST_BIRTH_SERIAL && v < 20000) return ok(serialToDate(v));
    const d = parseDate(v);
    if (d.ok) return d;
    const m = parseMonth(typeof v === 'number' ? numberText(v) : v);
    return m.ok && /^(19|20)\d\d-/.test(m.value) ? ok(`${m.value}-01`) : d;
  });
}

/** A value whose failure is only a warning: report it and use the fallback. */
function warnOr<T>(
  ctx: SheetContext,
  r: number,
  field: Parameters<SheetContext['col']>[0],
  parser: (v: import('../../model.ts').Scalar) => import('../../values/result.ts').Parsed<T>,
  fallback: T,
): T {
  const c = ctx.col(field);
  if (c === undefined) return fallback;
  const parsed = ctx.tryParseAt(r, c, parser);
  return parsed === undefined ? fallback : parsed;
}
