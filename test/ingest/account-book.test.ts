/**
 * The standard lines of a Chinese 明细账 (ledgers.md §2; issue: a correct fund ledger was told
 * ten times it was wrong). Written as a program such as openpyxl writes it: inline strings,
 * and formulas in totals rows with no cached result.
 */
import { rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import { writeRawWorkbook, worksheet } from '../helpers/raw-xlsx.ts';
import { problems } from '../helpers/ingest-result.ts';
import { tempDir } from '../helpers/workbook.ts';

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

type Cell = string | number | { f: string } | null;
const COLS = 'ABCDEFGH';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Rows as openpyxl writes them: inline strings, numbers, formulas without a cached value. */
function rows(cells: readonly (readonly Cell[])[]): string {
  return cells
    .map((row, r) => {
      const cs = row.map((v, c) => {
        const ref = `${COLS[c]}${r + 1}`;
        if (v === null) return '';
        if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
        if (typeof v === 'string') return `<c r="${ref}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`;
        return `<c r="${ref}"><f>${esc(v.f)}</f></c>`;
      });
      return `<row r="${r + 1}">${cs.join('')}</row>`;
    })
    .join('');
}

const HEADER: Cell[] = ['日期', '摘要', '科目', '收入', '支出'];

async function book(sheets: Record<string, readonly (readonly Cell[])[]>) {
  const path = await writeRawWorkbook(`经费台账.xlsx`, { sheets: Object.entries(sheets).map(([name, cells]) => ({ name, xml: worksheet(rows(cells)) })) });
  return ingest([path], { today: '2026-06-30' });
}

describe('an account book’s own lines', () => {
  it('本月合计, 本年累计, 过次页 and 承前页 that are right raise nothing, across pages', async () => {
    const res = await book({
      第1页: [
        ['工会经费收支明细账'],
        HEADER,
        [null, '上年结转', null, null, null],
        ['2026-01-05', '会费', '会费收入', 3000, null],
        ['2026-01-20', '春节慰问', '慰问支出', null, 500],
        [null, '本月合计', null, 3000, 500],
        [null, '本年累计', null, 3000, 500],
        ['2026-02-10', '气排球赛', '文体活动支出', null, 1200],
        [null, '本月合计', null, 0, 1200],
        [null, '本年累计', null, 3000, 1700],
        [null, '过次页', null, 3000, 1700],
      ],
      第2页: [
        HEADER,
        [null, '承前页', null, 3000, 1700],
        ['2026-03-02', '干部培训', '培训支出', null, 800],
        [null, '本月合计', null, null, 800],
        [null, '本年累计', null, 3000, 2500],
      ],
    });
    expect(problems(res)).toEqual([]);
    expect(res.records.funds.reduce((n, f) => n + f.expense, 0)).toBe(2500);
  });

  it('a running total this sheet cannot check is skipped silently, never compared with this sheet’s rows alone', async () => {
    const res = await book({
      明细: [HEADER, ['2026-03-02', '干部培训', '培训支出', null, 800], [null, '本月合计', null, null, 800], [null, '本年累计', null, 5200, 9300]],
    });
    expect(problems(res)).toEqual([]);
  });

  it('a wrong 本月合计 or 本年累计 is a warning at its cell', async () => {
    const res = await book({
      明细: [
        HEADER,
        [null, '承前页', null, 3000, 1700],
        ['2026-03-02', '干部培训', '培训支出', null, 800],
        [null, '本月合计', null, null, 900],
        [null, '本年累计', null, 3000, 2600],
      ],
    });
    expect(problems(res).map((p) => [p.cell, p.code])).toEqual([
      ['E4', 'total_mismatch'],
      ['E5', 'total_mismatch'],
    ]);
  });

  it('a formula with no cached result is a warning at its cell, in totals rows too', async () => {
    const res = await book({
      明细: [
        HEADER,
        ['2026-03-02', '干部培训', '培训支出', null, 800],
        ['2026-03-09', '读书会', '教育活动支出', null, { f: 'SUM(1,2)' }],
        [null, '合计', null, null, { f: 'SUM(E2:E3)' }],
      ],
    });
    // the row's amount is then blank: it cannot be counted, and says so
    expect(problems(res).map((p) => [p.cell, p.code])).toEqual([
      ['E3', 'formula_no_result'],
      ['A3:E3', 'missing_amount'],
      ['E4', 'formula_no_result'],
    ]);
  });
});
