/** The term summary as a workbook, read back with exceljs: the same figures as computeMetrics. */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, test } from 'vitest';
import { roleVisibility } from '../../src/access/visibility.ts';
import { redact, type MetricsResult } from '../../src/metrics/index.ts';
import { HEADER_ROW } from '../../src/report/xlsx/table-sheet.ts';
import { SHEET_NAMES, summaryWorkbookBytes } from '../../src/report/xlsx/summary-workbook.ts';
import { fixtureMetrics, GENERATED_AT } from './fixture-metrics.ts';

let metrics: MetricsResult;
let book: ExcelJS.Workbook;

beforeAll(async () => {
  ({ metrics } = await fixtureMetrics());
  book = new ExcelJS.Workbook();
  await book.xlsx.load((await summaryWorkbookBytes({ metrics, generatedAt: GENERATED_AT })) as unknown as ArrayBuffer);
});

/** Data rows of a sheet as arrays of cell values (column A first). */
function dataRows(name: string): unknown[][] {
  const sheet = book.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const out: unknown[][] = [];
  for (let r = HEADER_ROW + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    out.push(Array.from({ length: sheet.columnCount }, (_, c) => row.getCell(c + 1).value));
  }
  return out;
}

const header = (name: string) => {
  const row = book.getWorksheet(name)!.getRow(HEADER_ROW);
  return Array.from({ length: book.getWorksheet(name)!.columnCount }, (_, c) => row.getCell(c + 1).value);
};

describe('the summary workbook', () => {
  test('has the committee’s sheets, each titled with the school, the term and the as-of day', () => {
    expect(book.worksheets.map((w) => w.name)).toEqual(Object.values(SHEET_NAMES));
    for (const w of book.worksheets) {
      expect(String(w.getCell('A2').value)).toContain('青禾市第三中学');
      expect(String(w.getCell('A2').value)).toContain('数据截至 2026年6月30日');
    }
  });

  test('目标汇总 holds every target with the exact value, target and status of computeMetrics', () => {
    expect(header(SHEET_NAMES.targets)).toEqual(['序号', '目标', '计划原文', '当前值', '比较', '目标值', '状态', '说明']);
    const rows = dataRows(SHEET_NAMES.targets);
    expect(rows).toHaveLength(metrics.targets.length);
    metrics.targets.forEach((t, i) => {
      const [no, label, , value, op, target, status] = rows[i]!;
      expect([no, label, value, target]).toEqual([i + 1, t.label, t.value, t.target]);
      expect(op).toBe(t.op === '<=' ? '≤' : '≥');
      expect(status).toBe({ met: '达标', not_met: '未达标', no_data: '无数据' }[t.status]);
    });
    const cell = book.getWorksheet(SHEET_NAMES.targets)!.getCell(HEADER_ROW + 1, 4);
    expect(cell.numFmt).toBe('0.0%');
  });

  test('经费 and 月度收支 hold the funds per category and month, with totals', () => {
    const funds = dataRows(SHEET_NAMES.funds);
    metrics.funds.categories.forEach((c, i) => {
      expect(funds[i]!.slice(0, 4)).toEqual([c.category, c.budget, c.spent, c.ratio]);
    });
    expect(funds.find((r) => r[0] === '文体活动支出')?.[4]).toBe('超支');
    expect(funds.find((r) => r[0] === '其他活动支出')?.[4]).toBe('未列预算');
    expect(funds.at(-1)!.slice(0, 3)).toEqual(['合计', 110000, 75640.5]);
    const months = dataRows(SHEET_NAMES.months);
    expect(months.at(-1)).toEqual(['合计', metrics.funds.total_spent, metrics.funds.total_income]);
    expect(months.slice(0, -1).map((r) => r[1])).toEqual(metrics.funds.months.map((m) => m.spent));
  });

  test('期末总评 holds the four dimensions and the total', () => {
    const rows = dataRows(SHEET_NAMES.evaluation);
    expect(rows.map((r) => r.slice(0, 3))).toEqual([
      ...metrics.evaluation.dimensions.map((d) => [d.label, d.score, d.weight]),
      ['总分', 75.6, 75],
    ]);
  });

  test('考核自评 holds every rubric item with its 分值 and 自评 as numbers, and the total; without a rubric there is no such sheet', async () => {
    const r = metrics.rubric!;
    expect(header(SHEET_NAMES.rubric)).toEqual(['一级指标', '考核内容', '类型', '分值', '自评', '计分说明', '依据数据', '台账出处']);
    const rows = dataRows(SHEET_NAMES.rubric);
    expect(rows).toHaveLength(r.items.length + 1);
    r.items.forEach((x, i) => {
      const [, item, , max, score] = rows[i]!;
      expect([item, max]).toEqual([x.item, x.max]);
      expect(score).toBe(x.type === 'veto' ? '未触发' : x.score === null ? '待评' : x.score);
    });
    // the numbers sum to the rubric's total, as the committee would check it in the workbook
    const numbers = rows.slice(0, -1).map((row) => row[4]).filter((v): v is number => typeof v === 'number');
    expect(numbers.reduce((n, v) => n + v, 0)).toBeCloseTo(r.total, 2);
    expect(rows.at(-1)!.slice(3, 6)).toEqual([r.basic.max + r.bonus.max, r.total, '另有 2 个基本项待人工评分，未计入合计；请在“考核细则”表的“自评分”列填写。']);
    // the chair's workbook shows where each figure came from
    expect(rows.some((row) => String(row[7]).includes('!'))).toBe(true);

    // a committee member's workbook (the dashboard's download) has how many records, not where they are
    const committee = new ExcelJS.Workbook();
    await committee.xlsx.load((await summaryWorkbookBytes({ metrics: redact(metrics, roleVisibility('committee')), generatedAt: GENERATED_AT })) as unknown as ArrayBuffer);
    const places = committee.getWorksheet(SHEET_NAMES.rubric)!.getColumn(8).values.map(String);
    expect(places.some((v) => v.includes('处记录（单元格位置仅工会主席可见）'))).toBe(true);
    expect(places.some((v) => v.includes('!'))).toBe(false);

    const plain = new ExcelJS.Workbook();
    await plain.xlsx.load((await summaryWorkbookBytes({ metrics: { ...metrics, rubric: null }, generatedAt: GENERATED_AT })) as unknown as ArrayBuffer);
    expect(plain.worksheets.map((w) => w.name)).toEqual(Object.values(SHEET_NAMES).filter((n) => n !== SHEET_NAMES.rubric));
  });

  test('待办事项 and 数据问题 list what to act on, with owners and cells', () => {
    const actions = dataRows(SHEET_NAMES.actions);
    expect(actions).toContainEqual(['逾期未完成的工作', '提案交办及跟踪督办', '高志远', '2026-04-30', '进行中']);
    expect(actions).toContainEqual(['尚未结对的青年教师', '林晓', '英语组', null, null]);
    expect(actions).toContainEqual(['没有干部业务培训的月份', '2026-04', null, null, null]);
    expect(actions).toContainEqual(['超预算的经费科目', '文体活动支出', null, null, '执行率 119.7%']);
    const issues = dataRows(SHEET_NAMES.issues);
    expect(issues).toHaveLength(metrics.issues.filter((i) => i.severity !== 'info').length);
    expect(issues.slice(0, 4).every((r) => r[0] === '错误')).toBe(true);
    expect(issues).toContainEqual(['错误', '经费台账.xlsx', '收支明细', 'F30', expect.stringContaining('1,2OO')]);
  });
});

describe('ledger text a spreadsheet could run', () => {
  test('is written inert: a leading apostrophe and the text format, so neither editing nor a CSV save makes it a formula', async () => {
    const hostile = '=HYPERLINK("http://evil.example","点我")';
    const tampered: MetricsResult = {
      ...metrics,
      targets: metrics.targets.map((t) =>
        t.id === 'routine_completion' ? { ...t, detail: { ...t.detail, open: [{ task: hostile, owner: '+cmd|calc', due: '2026-04-01', state: '-', days_overdue: 3 }] } } : t,
      ) as MetricsResult['targets'],
    };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await summaryWorkbookBytes({ metrics: tampered, generatedAt: GENERATED_AT })) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet(SHEET_NAMES.actions)!;
    const cells: ExcelJS.Cell[] = [];
    sheet.eachRow((row) => row.eachCell((c) => void cells.push(c)));
    const task = cells.find((c) => String(c.value).includes('HYPERLINK'))!;
    expect(task.value).toBe(`'${hostile}`);
    expect(task.numFmt).toBe('@');
    expect(typeof task.formula).toBe('undefined');
    expect(cells.find((c) => String(c.value).includes('cmd'))!.value).toBe("'+cmd|calc");
    expect(cells.some((c) => c.value === '-')).toBe(true);
  });
});
