import { RowRejected, type SheetContext } from '../table/sheet-context.ts';
import { normalizeName } from '../values/index.ts';
import type { ReadEnv } from './env.ts';

/**
 * Finds the roster row a name on row `r` means. A name shared by several staff is settled
 * by a 工号 or 部门 column on the same row, else the row is rejected; a name not in the
 * roster is a warning and gives null.
 */
export function resolveStaff(ctx: SheetContext, env: ReadEnv, r: number, nameCol: number, displayName: string): number | null {
  const name = normalizeName(displayName);
  const hits = env.staffByName.get(name) ?? [];
  if (hits.length === 1) return hits[0]!;
  if (hits.length === 0) {
    if (env.sink.staff.length > 0) ctx.issue(r, nameCol, 'unknown_name', { name: displayName });
    return null;
  }
  const staffId = ctx.optionalText(r, 'staffId');
  const department = ctx.optionalText(r, 'department');
  const narrowed = hits.filter((i) => {
    const s = env.sink.staff[i]!;
    if (staffId && s.staffId) return s.staffId === staffId;
    if (department && s.department) return normalizeName(s.department) === normalizeName(department);
    return false;
  });
  if (narrowed.length === 1) return narrowed[0]!;
  ctx.issue(r, nameCol, 'ambiguous_name', { name: displayName, count: hits.length });
  throw new RowRejected();
}
