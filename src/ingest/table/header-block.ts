import type { SheetModel } from '../model.ts';

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
    const group = sheet.merges.some(
      (m) => m.top === bottom && m.bottom === bottom && m.right > m.left && hasTextUnder(sheet, next, m.left, m.right),
    );
    if (!vertical && !group) return bottom;
    bottom = next;
  }
}

function hasTextUnder(sheet: SheetModel, row: number, left: number, right: number): boolean {
  let texts = 0;
  for (let c = left; c <= right; c++) {
    const v = sheet.cell(row, c).value;
    if (typeof v === 'string' && v.trim() && !/^\d/.test(v.trim())) texts++;
  }
  return texts >= 2;
}
