import { describe, expect, it } from 'vitest';
import type { SheetModel } from '../model.ts';
import { buildWorkbook } from './build-workbook.ts';
import type { SheetsSnapshot } from './snapshot.ts';

type Sheet = NonNullable<SheetsSnapshot['spreadsheet']['sheets']>[number];

const grid = (title: string, extra: Partial<NonNullable<Sheet['properties']>> = {}, merges?: Sheet['merges']): Sheet => ({
  properties: { title, sheetType: 'GRID', gridProperties: { rowCount: 1000, columnCount: 26 }, ...extra },
  ...(merges ? { merges } : {}),
});

function snapshot(sheets: Sheet[], valueRanges: SheetsSnapshot['valueRanges'], title = '工会台账'): SheetsSnapshot {
  return { spreadsheetId: '1AbcdefghijKLMNOP', fetchedAt: '2026-03-08T02:00:00.000Z', spreadsheet: { properties: { title }, sheets }, valueRanges };
}

/** The sheet as rows of values, up to its extent. */
const rows = (s: SheetModel) =>
  Array.from({ length: s.rowCount }, (_, r) => Array.from({ length: s.columnCount }, (_, c) => s.cell(r, c).value));

describe('buildWorkbook', () => {
  it('keeps numbers (date serials included), text and booleans; "" and [] are blanks; trailing cells may be missing', () => {
    const { workbook } = buildWorkbook(
      snapshot([grid('签到')], [{ range: "'签到'!A1:Z1000", majorDimension: 'ROWS', values: [['日期', '到'], [46089, true], [], ['', '', '√']] }]),
    );
    expect(workbook.file).toBe('工会台账（Google 表格）');
    expect(rows(workbook.sheets[0]!)).toEqual([
      ['日期', '到', null],
      [46089, true, null],
      [null, null, null],
      [null, null, '√'],
    ]);
  });

  it('reads a sheet with no values key as empty', () => {
    const { workbook } = buildWorkbook(snapshot([grid('空表')], [{ range: "'空表'!A1:Z1000", majorDimension: 'ROWS' }]));
    expect(workbook.sheets[0]).toMatchObject({ name: '空表', rowCount: 0, columnCount: 0 });
  });

  it('places values at the echoed start cell and matches ranges to sheets by their echoed title', () => {
    const { workbook } = buildWorkbook(
      snapshot(
        [grid('A表'), grid('B表')],
        [
          { range: 'B表!B3:Z1000', values: [['b']] },
          { range: "'A表'!A1:Z1000", values: [['a']] },
        ],
      ),
    );
    expect(workbook.sheets[0]!.cell(0, 0).value).toBe('a');
    expect(workbook.sheets[1]!.cell(2, 1).value).toBe('b');
  });

  it('applies merges whose sheetId and zero indexes are omitted, copying the master value', () => {
    const { workbook } = buildWorkbook(
      snapshot(
        [grid('名册', {}, [{ endRowIndex: 1, endColumnIndex: 3 }, { startRowIndex: 2, endRowIndex: 5, startColumnIndex: 0, endColumnIndex: 1 }])],
        [{ range: "'名册'!A1:Z1000", values: [['教职工名册'], ['部门', '姓名'], ['语文组', '张三'], ['', '李四'], ['', '王五']] }],
      ),
    );
    const s = workbook.sheets[0]!;
    expect(s.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 2, left: 0, bottom: 4, right: 0 },
    ]);
    expect([2, 3, 4].map((r) => s.cell(r, 0))).toEqual([{ value: '语文组' }, { value: '语文组', fromMerge: true }, { value: '语文组', fromMerge: true }]);
  });

  it('skips hidden sheets with a note, and charts-only sheets silently', () => {
    const { workbook, notes } = buildWorkbook(
      snapshot([grid('可见'), grid(' 旧表 ', { hidden: true }), { properties: { title: '图表', sheetType: 'OBJECT' } }], [{ range: "'可见'!A1:Z1000", values: [['x']] }]),
    );
    expect(workbook.sheets.map((s) => s.name)).toEqual(['可见']);
    expect(notes.map((n) => [n.sheet, n.code, n.severity])).toEqual([['旧表', 'sheet_hidden', 'info']]);
  });

  it('reads error results as error values and trims sheet names', () => {
    const { workbook } = buildWorkbook(snapshot([grid(' 经费 ')], [{ range: "' 经费 '!A1:Z1000", values: [['#DIV/0!', '#N/A 说明']] }]));
    const s = workbook.sheets[0]!;
    expect(s.name).toBe('经费');
    expect(s.cell(0, 0)).toEqual({ value: null, errorValue: '#DIV/0!' });
    expect(s.cell(0, 1).value).toBe('#N/A 说明');
  });

  it('reads values given by columns', () => {
    const { workbook } = buildWorkbook(snapshot([grid('表')], [{ range: "'表'!A1:Z1000", majorDimension: 'COLUMNS', values: [['姓名', '张三'], ['分数', 90]] }]));
    expect(rows(workbook.sheets[0]!)).toEqual([
      ['姓名', '分数'],
      ['张三', 90],
    ]);
  });

  it('names an untitled spreadsheet by its id', () => {
    expect(buildWorkbook(snapshot([], [], '')).workbook.file).toBe('gsheets:1AbcdefghijKLMNOP');
  });
});
