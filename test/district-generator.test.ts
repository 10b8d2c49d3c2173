import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { districtCounts } from '../bench/district/scale.ts';
import { generateDistrict, summaryPath, type DistrictSummary } from '../bench/gen-district.ts';

type Value = string | number | null;

/** Every sheet as rows of plain values (dates as `YYYY-MM-DD`), 1-based row order. */
async function readBack(file: string): Promise<Map<string, Value[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheets = new Map<string, Value[][]>();
  wb.eachSheet((ws) => {
    const rows: Value[][] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row: Value[] = [];
      for (let c = 1; c <= ws.columnCount; c++) {
        const v = ws.getCell(r, c).value;
        row.push(v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'string' || typeof v === 'number' ? v : v == null ? null : JSON.stringify(v));
      }
      rows.push(row);
    }
    sheets.set(ws.name, rows);
  });
  return sheets;
}

function sheet(book: Map<string, Value[][]>, name: string): Value[][] {
  const rows = book.get(name);
  if (!rows) throw new Error(`no sheet ${name}`);
  return rows;
}

const cents = (v: Value): number => (typeof v === 'number' ? Math.round(v * 100) : 0);

describe('district workbook generator', () => {
  let dir = '';
  let summary: DistrictSummary;
  let book: Map<string, Value[][]>;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'district-'));
    summary = await generateDistrict({ out: join(dir, 'a.xlsx'), scale: 0.01 });
    book = await readBack(summary.out);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('at scale 1 promises the district the benchmark is about', () => {
    expect(districtCounts(1)).toEqual({ schools: 40, staff: 5000, funds: 20_000, survey: 10_000, signInSheets: 4 });
  });

  it('writes every ledger under a title row, with its header and row count', () => {
    expect([...book.keys()]).toEqual(['花名册', '活动台账', '签到汇总（第1校）', '签到汇总（第2校）', '收支明细', '预算', '满意度']);
    for (const [name, rows] of book) expect(String(rows[0]![0]), name).toMatch(/城南区教育工会/);

    const roster = sheet(book, '花名册');
    expect(roster[1]![0]).toBe('填表日期：2026年7月10日');
    expect(roster[2]).toEqual(['工号', '姓名', '性别', '出生日期', '部门', '状态']);
    expect(roster.length - 3).toBe(50);

    const activities = sheet(book, '活动台账');
    expect(activities[1]).toEqual(['活动名称', '日期', '类别', '参加范围']);
    expect(activities.length - 2).toBe(40);

    const funds = sheet(book, '收支明细');
    expect(funds[2]).toEqual(['日期', '凭证号', '摘要', '科目', '收入（元）', '支出（元）']);
    expect(funds.length - 3 - 2).toBe(200); // 合计 and sign-off lines below the data

    expect(sheet(book, '预算')[1]).toEqual(['科目', '预算金额（元）']);

    const survey = sheet(book, '满意度');
    expect(survey[1]!.slice(0, 2)).toEqual(['学期', '部门']);
    expect(survey[1]).toHaveLength(8);
    expect(survey.length - 2).toBe(100);
    const answers = new Set(survey.slice(2).flatMap((r) => r.slice(2)));
    expect([...answers].every((a) => a === null || ['非常满意', '满意', '基本满意', '不满意'].includes(String(a)))).toBe(true);
    expect(new Set(survey.slice(2).map((r) => r[0]))).toEqual(new Set(['2025-2026学年第一学期', '2025-2026学年第二学期']));

    expect(summary.cells).toBeGreaterThan(4000);
  });

  it('writes dates as Excel dates that read back as the same calendar day in any time zone', () => {
    const activities = sheet(book, '活动台账');
    expect(activities[2]!.slice(0, 2)).toEqual(['寒假师德警示教育学习', '2026-02-26']);
    expect(activities[41]!.slice(0, 2)).toEqual(['优秀工会会员表彰会', '2026-07-10']);
    const births = sheet(book, '花名册').slice(3).map((r) => r[3]);
    expect(births.every((b) => typeof b === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(b))).toBe(true);
  });

  it('puts every roster member once on a sign-in sheet whose activity columns are the activity names', () => {
    const names = sheet(book, '活动台账').slice(2).map((r) => r[0]);
    const ids: Value[] = [];
    for (const title of ['签到汇总（第1校）', '签到汇总（第2校）']) {
      const rows = sheet(book, title);
      expect(rows[2]).toEqual(['姓名', '工号', '部门', ...names]);
      for (const r of rows.slice(3)) {
        ids.push(r[1]!);
        expect(r.slice(3).every((m) => m === null || m === '√' || m === '请假')).toBe(true);
      }
    }
    expect(ids.sort()).toEqual(sheet(book, '花名册').slice(3).map((r) => r[0]).sort());
    // A wide header names an activity by containing its name: no name may contain another.
    for (const a of names) for (const b of names) if (a !== b) expect(String(a).includes(String(b)), `${a} ⊃ ${b}`).toBe(false);
  });

  it('balances the fund ledger: the 合计 row is the sum of the rows, every 科目 has a budget', () => {
    const funds = sheet(book, '收支明细');
    const data = funds.slice(3, -2);
    const total = funds[funds.length - 2]!;
    expect(total[0]).toBe('合计');
    expect(cents(total[4]!)).toBe(data.reduce((s, r) => s + cents(r[4]!), 0));
    expect(cents(total[5]!)).toBe(data.reduce((s, r) => s + cents(r[5]!), 0));
    expect(data.every((r) => (r[4] === null) !== (r[5] === null))).toBe(true);
    const budgeted = new Set(sheet(book, '预算').slice(2).map((r) => r[0]));
    expect(data.every((r) => budgeted.has(r[3]!))).toBe(true);
  });

  it('writes the same cell values on a second run with the same seed, and a summary beside the file', async () => {
    const again = await generateDistrict({ out: join(dir, 'b.xlsx'), scale: 0.01 });
    expect(await readBack(again.out)).toEqual(book);
    expect(again.cells).toBe(summary.cells);
    const written = JSON.parse(await readFile(summaryPath(summary.out), 'utf8')) as DistrictSummary;
    expect(written.bytes).toBe(summary.bytes);
  });
});
