/**
 * The fast reader keeps a sheet's cells in typed arrays and makes each Cell when it is asked
 * for: whatever shape the rows take (cells far apart, rows far down, columns out of order,
 * rows written twice, merges over a sparse row), every cell reads back as the file wrote it,
 * and exceljs (the reference adapter) reads the same.
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { columnLetters } from '../../../src/ingest/a1.ts';
import { readExcelWorkbook, readWithExceljs } from '../../../src/ingest/excel/read-workbook.ts';
import type { Cell, SheetModel } from '../../../src/ingest/model.ts';
import { workbookParts, worksheet, zipParts } from '../../helpers/raw-xlsx.ts';
import { tempDir } from '../../helpers/workbook.ts';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const row = (r: number, cells: string) => `<row r="${r}">${cells}</row>`;
const num = (ref: string, v: string) => `<c r="${ref}"><v>${v}</v></c>`;
const str = (ref: string, i: number) => `<c r="${ref}" t="s"><v>${i}</v></c>`;

/** The first sheet as the fast reader and as exceljs read it. */
async function readBoth(rows: string, after = '', sharedStrings: readonly string[] = ['甲', '乙', '丙']): Promise<{ fast: SheetModel; exceljs: SheetModel }> {
  const buf = zipParts(workbookParts({ sheets: [{ name: '表', xml: worksheet(rows, after) }], sharedStrings: sharedStrings.map((s) => `<t>${s}</t>`) }), { deflate: true });
  const path = join(dir, 'store.xlsx');
  await writeFile(path, buf);
  const fast = (await readExcelWorkbook(path)).workbook.sheets[0]!;
  const exceljs = (await readWithExceljs(buf, 'store.xlsx')).workbook.sheets[0]!;
  return { fast, exceljs };
}

const cellsAt = (s: SheetModel, at: readonly (readonly [number, number])[]): Cell[] => at.map(([r, c]) => s.cell(r, c));

describe('cells kept in typed arrays read back as written', () => {
  it('numbers of every size, shared strings and blanks between them', async () => {
    const { fast, exceljs } = await readBoth(row(1, num('A1', '7') + num('B1', '-3') + num('C1', '1.5') + num('D1', '2147483648') + num('E1', '-0') + str('G1', 1)));
    const at = [[0, 0], [0, 1], [0, 2], [0, 3], [0, 4], [0, 5], [0, 6]] as const;
    expect(cellsAt(fast, at)).toEqual([{ value: 7 }, { value: -3 }, { value: 1.5 }, { value: 2147483648 }, { value: -0 }, { value: null }, { value: '乙' }]);
    expect(Object.is(fast.cell(0, 4).value, -0)).toBe(true);
    expect(cellsAt(fast, at)).toEqual(cellsAt(exceljs, at));
    expect([fast.rowCount, fast.columnCount]).toEqual([1, 7]);
  });

  it('a cell in XFD beside one in A, and a row a million rows down, are neither lost nor padded out', async () => {
    const rows = row(1, str('A1', 0) + num('XFD1', '9')) + row(2, num('B2', '4')) + row(1_048_576, str('C1048576', 2));
    const { fast, exceljs } = await readBoth(rows);
    const at = [[0, 0], [0, 16_383], [0, 100], [1, 1], [1, 16_383], [500_000, 0], [1_048_575, 2], [1_048_575, 0]] as const;
    expect(cellsAt(fast, at)).toEqual([{ value: '甲' }, { value: 9 }, { value: null }, { value: 4 }, { value: null }, { value: null }, { value: '丙' }, { value: null }]);
    expect(cellsAt(fast, at)).toEqual(cellsAt(exceljs, at));
    expect([fast.rowCount, fast.columnCount]).toEqual([1_048_576, 16_384]);
  });

  it('columns out of order, a row written twice (the second wins), and a sparse row between dense ones', async () => {
    const wide = Array.from({ length: 30 }, (_, i) => num(`${columnLetters(i)}4`, String(i))).join('');
    const rows = row(1, num('C1', '3') + num('A1', '1')) + row(2, num('A2', '8')) + row(2, num('B2', '5')) + row(3, num('A3', '0') + num('CV3', '99')) + row(4, wide);
    const { fast, exceljs } = await readBoth(rows);
    const at = [[0, 0], [0, 1], [0, 2], [1, 0], [1, 1], [2, 0], [2, 99], [2, 50], [3, 0], [3, 25], [3, 26], [3, 29]] as const;
    expect(cellsAt(fast, at)).toEqual([1, null, 3, null, 5, 0, 99, null, 0, 25, 26, 29].map((value) => ({ value })));
    expect(cellsAt(fast, at)).toEqual(cellsAt(exceljs, at));
  });

  it('a merge over a sparse row lends its master to every cell of the range', async () => {
    const rows = row(1, str('B1', 0) + num('ZZ1', '1')) + row(2, num('A2', '2'));
    const { fast, exceljs } = await readBoth(rows, '<mergeCells count="1"><mergeCell ref="B1:D2"/></mergeCells>');
    const at = [[0, 1], [0, 2], [0, 3], [1, 1], [1, 3], [1, 0], [0, 4], [0, 701]] as const;
    expect(cellsAt(fast, at)).toEqual([
      { value: '甲' },
      { value: '甲', fromMerge: true },
      { value: '甲', fromMerge: true },
      { value: '甲', fromMerge: true },
      { value: '甲', fromMerge: true },
      { value: 2 },
      { value: null },
      { value: 1 },
    ]);
    expect(cellsAt(fast, at)).toEqual(cellsAt(exceljs, at));
    expect(fast.merges).toEqual([{ top: 0, left: 1, bottom: 1, right: 3 }]);
  });
});
