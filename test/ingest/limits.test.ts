/** Workbooks too big to read safely are refused before they are loaded, with a clear message. */
import { rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import { DEFAULT_INGEST_CONFIG } from '../../src/ingest/ingest-config.ts';
import { DEFAULT_LIMITS } from '../../src/ingest/excel/limits.ts';
import { loadConfig } from '../../src/config/index.ts';
import { tempDir, writeWorkbook, type CellSpec } from '../helpers/workbook.ts';
import { brief } from '../helpers/ingest-result.ts';

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** A roster of `n` people: 3n + 3 cells. */
const roster = (n: number): CellSpec[][] => [
  ['姓名', '部门', '性别'],
  ...Array.from({ length: n }, (_, i) => [`教师${i + 1}`, '语文组', i % 2 ? '男' : '女']),
];

describe('size limits', () => {
  it('a workbook with more cells than allowed is refused as too large', async () => {
    const path = await writeWorkbook(dir, '教职工名册.xlsx', [{ name: '花名册', rows: roster(200) }]);
    const res = await ingest([path], { today: '2026-06-30', config: { ...DEFAULT_INGEST_CONFIG, limits: { maxXmlBytes: 50 * 1024 * 1024, maxCells: 300 } } });
    expect(res.fatal.map(brief)).toEqual([{ severity: 'error', file: '教职工名册.xlsx', sheet: null, cell: null, code: 'source_too_large' }]);
    expect(res.fatal[0]!.message).toContain('300');
    expect(res.sheets).toEqual([]);
    expect(res.records.staff).toEqual([]);
  });

  it('a workbook whose sheet XML is larger than allowed is refused', async () => {
    const path = await writeWorkbook(dir, '教职工名册.xlsx', [{ name: '花名册', rows: roster(200) }]);
    const res = await ingest([path], { today: '2026-06-30', config: { ...DEFAULT_INGEST_CONFIG, limits: { maxXmlBytes: 2000, maxCells: 1_000_000 } } });
    expect(res.fatal.map((i) => [i.file, i.code])).toEqual([['教职工名册.xlsx', 'source_too_large']]);
  });

  it('a workbook within the limits is read; other sources are read beside a refused one', async () => {
    await writeWorkbook(dir, '大名册.xlsx', [{ name: '花名册', rows: roster(200) }]);
    await writeWorkbook(dir, '小名册.xlsx', [{ name: '名册', rows: roster(20) }]);
    const res = await ingest([dir], { today: '2026-06-30', config: { ...DEFAULT_INGEST_CONFIG, limits: { maxXmlBytes: 50 * 1024 * 1024, maxCells: 300 } } });
    expect(res.fatal.map((i) => [i.file, i.code])).toEqual([['大名册.xlsx', 'source_too_large']]);
    expect(res.sheets.map((s) => [s.file, s.sheet, s.rows_used])).toEqual([['小名册.xlsx', '名册', 20]]);
  });
});

describe('limits a school can set', () => {
  it('UNION_DASH_MAX_CELLS and UNION_DASH_MAX_XML_MB set the limits; nonsense keeps the defaults', async () => {
    const limits = async (env: Record<string, string>) => (await loadConfig({ sources: [dir], env, cwd: dir })).ingest.limits;
    expect(await limits({ UNION_DASH_MAX_CELLS: '300', UNION_DASH_MAX_XML_MB: '1' })).toEqual({ maxCells: 300, maxXmlBytes: 1024 * 1024 });
    expect(await limits({ UNION_DASH_MAX_CELLS: 'abc', UNION_DASH_MAX_XML_MB: '-5' })).toEqual(DEFAULT_LIMITS);
    expect(DEFAULT_LIMITS).toEqual({ maxXmlBytes: 200 * 1024 * 1024, maxCells: 5_000_000 });
    // and a workbook over the raised-down limit is refused through the same config
    const path = await writeWorkbook(dir, '教职工名册.xlsx', [{ name: '花名册', rows: roster(200) }]);
    const config = await loadConfig({ sources: [path], env: { UNION_DASH_MAX_CELLS: '300' }, cwd: dir });
    expect((await ingest([path], { today: '2026-06-30', config: config.ingest })).fatal.map((i) => i.code)).toEqual(['source_too_large']);
  });
});
