import type { SheetModel } from '../model.ts';
import { isBlank } from '../values/index.ts';

/**
 * How far a header that starts at `top` reaches down: a multi-row header shows as
 * vertical merges from the header row (办公室 merged over two rows) or as a group cell
 * merged across columns with sub-column names under it (考评得分 over 卫生/纪律/…).
 */
export function headerBottom(sheet: SheetModel, top: number): number {
  let bottom = top;
  for (;;) {
    const next = bottom + 1;
    if (next >= sheet.rowCount) return bottom;
    const vertical = sheet.merges.some((m) => m.top <= bottom && m.bottom >= next && m.top >= top - 0 && m.left === m.right);
    const group =
      !isTitleRow(sheet, bottom) &&
      sheet.merges.some(
        (m) => m.top === bottom && m.bottom === bottom && m.right > m.left && hasTextUnder(sheet, next, m.left, m.right),
      );
    if (!vertical && !group) return bottom;
    bottom = next;
  }
}

/** A row whose only content is one merged range: a title across the table, not a group cell. */
function isTitleRow(sheet: SheetModel, row: number): boolean {
  const merge = sheet.merges.find((m) => m.top === row && m.bottom === row && m.right > m.left);
  if (!merge) return false;
  for (let c = 0; c < sheet.columnCount; c++) {
    if ((c < merge.left || c > merge.right) && !isBlank(sheet.cell(row, c).value)) return false;
  }
  return true;
}

function hasTextUnder(sheet: SheetModel, row: number, left: number, right: number): boolean {
  let texts = 0;
  for (let c = left; c <= right; c++) {
    const v = sheet.cell(row, c).value;
    if (typeof v === 'string' && v.trim() && !/^\d/.test(v.trim())) texts++;
  }
  return texts >= 2;
}
