/**
 * The other formats against the .xlsx of the same workbook: the same sheet models (cell for
 * cell, same addresses, same merges) and, through the real ingest(), the same records, sheet
 * accounts and issues, file names aside. The copies come from SheetJS's writer and from
 * LibreOffice (committed in files/, and converted afresh when soffice is installed).
 */
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../src/ingest/excel/limits.ts';
import { ingest, type IngestResult } from '../../../src/ingest/index.ts';
import type { SheetModel } from '../../../src/ingest/model.ts';
import { readWorkbookFile } from '../../../src/ingest/read-file.ts';
import { BOOK_NAME, LEGACY_BOOK, TODAY } from '../../helpers/legacy-book.ts';
import { libreOfficeCopy, requireLibreOffice, sheetJsCopy } from '../../helpers/legacy-convert.ts';
import { tempDir, writeWorkbook } from '../../helpers/workbook.ts';

const FILES = join(import.meta.dirname, 'files');

let dir: string;
let xlsx: string;
let expected: { models: unknown; ingest: unknown };

/** Each copy in its own folder under the workbook's own name, as a chair would have it. */
async function place(ext: string, make: (out: string) => Promise<unknown>): Promise<string> {
  const sub = join(dir, ext + Math.random().toString(36).slice(2, 8));
  await mkdir(sub);
  const out = join(sub, `${BOOK_NAME}.${ext}`);
  await make(out);
  return out;
}

const grid = (s: SheetModel) => ({
  name: s.name,
  size: [s.rowCount, s.columnCount],
  merges: s.merges,
  cells: Array.from({ length: s.rowCount }, (_, r) => Array.from({ length: s.columnCount }, (_, c) => s.cell(r, c))),
});

async function models(path: string) {
  const { workbook, notes } = await readWorkbookFile(path, DEFAULT_LIMITS);
  return { sheets: workbook.sheets.map(grid), notes: notes.map((n) => [n.sheet, n.code, n.message]) };
}

/** The whole result with the file's own name replaced, so only what was read can differ. */
const withoutFileName = (res: IngestResult, file: string) => JSON.parse(JSON.stringify(res).replaceAll(file, `${BOOK_NAME}.*`));

async function read(path: string, ext: string) {
  return { models: await models(path), ingest: withoutFileName(await ingest([path], { today: TODAY }), `${BOOK_NAME}.${ext}`) };
}

beforeAll(async () => {
  dir = await tempDir('union-dash-legacy-');
  xlsx = await writeWorkbook(dir, `${BOOK_NAME}.xlsx`, LEGACY_BOOK);
  expected = await read(xlsx, 'xlsx');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the .xlsx the copies are compared with', () => {
  it('is read with every feature the copies must keep', async () => {
    const res = await ingest([xlsx], { today: TODAY });
    expect(res.sheets.map((s) => [s.sheet, s.kind, s.rows_read, s.rows_used, s.rows_skipped, s.rows_rejected])).toEqual([
      ['教职工名册', 'roster', 7, 5, 2, 0],
      ['活动台账', 'activities', 7, 4, 3, 0],
      ['活动签到', 'participation', 7, 5, 2, 0],
      ['文明办公室评比', 'offices', 6, 2, 3, 1],
      ['经费收支明细', 'funds', 9, 5, 4, 0],
      ['经费预算', 'budget', 3, 2, 1, 0],
    ]);
    expect(res.issues.map((i) => [i.sheet, i.cell, i.code])).toEqual([
      ['旧名册', null, 'sheet_hidden'],
      ['活动签到', 'E6', 'bad_mark'],
      ['文明办公室评比', 'G5', 'office_total_mismatch'],
      ['文明办公室评比', 'E6', 'cell_error_value'],
      ['经费收支明细', 'F8', 'total_mismatch'],
    ]);
    // dates from Excel date cells in four number formats, from text and from an 8-digit number
    expect(res.records.staff.map((s) => s.birthDate)).toEqual(['1985-04-12', '1990-09-01', '1988-03-08', '1979-12-30', '1992-07-15']);
    expect(res.records.activities.map((a) => a.date)).toEqual(['2026-03-06', '2026-03-20', '2026-04-18', '2026-05-08']);
    expect(res.records.funds.map((f) => [f.date, f.income, f.expense])).toEqual([
      ['2026-03-02', 1200, 0],
      ['2026-03-06', 0, 350],
      ['2026-03-20', 0, 1250.5],
      ['2026-03-25', 12000, 0],
      ['2026-04-18', 0, 360],
    ]);
    // the department merged down over two rows belongs to both
    expect(res.records.staff.map((s) => s.department)).toEqual(['语文组', '语文组', '数学组', '数学组', '英语组']);
  });
});

describe.each([
  ['xls', 'SheetJS BIFF8', (out: string) => sheetJsCopy(xlsx, out, 'biff8')],
  ['et', 'SheetJS BIFF8 (as WPS saves .et)', (out: string) => sheetJsCopy(xlsx, out, 'biff8')],
  ['xls', 'LibreOffice 7.4, committed', (out: string) => copyFile(join(FILES, 'libreoffice.xls'), out)],
  ['ods', 'LibreOffice 7.4, committed', (out: string) => copyFile(join(FILES, 'libreoffice.ods'), out)],
])('.%s from %s', (ext, _producer, make) => {
  it('gives the same sheet models and the same ingest result as the .xlsx', async () => {
    const path = await place(ext, make);
    const got = await read(path, ext);
    expect(got.models).toEqual(expected.models);
    expect(got.ingest).toEqual(expected.ingest);
  });
});

describe('LibreOffice, converted now', () => {
  it.for(['xls', 'ods'] as const)('.%s gives the same sheet models and ingest result as the .xlsx', async (ext, ctx) => {
    requireLibreOffice(ctx);
    const path = await place(ext, async (out) => copyFile(await libreOfficeCopy(xlsx, join(dir), ext), out));
    const got = await read(path, ext);
    expect(got.models).toEqual(expected.models);
    expect(got.ingest).toEqual(expected.ingest);
    // UPDATE_LEGACY_FILES=1 refreshes the committed copies after LEGACY_BOOK changes
    if (process.env['UPDATE_LEGACY_FILES'] === '1') await copyFile(path, join(FILES, `libreoffice.${ext}`));
  });
});
