/** The monthly briefing (月调度简报) printed for May of the sample term. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { MetricsResult } from '../../src/metrics/index.ts';
import { monthBriefHtml, printMonthBrief } from '../../src/report/month/index.ts';
import { PdfPrinter } from '../../src/report/pdf/index.ts';
import { readPdf, requireBrowser, requirePoppler, type PdfFacts } from '../helpers/browser.ts';
import { fixtureMetrics, GENERATED_AT, squash } from './fixture-metrics.ts';
import { layoutPages, rowsOf } from './pdf-layout.ts';

let metrics: MetricsResult;
let printer: PdfPrinter | undefined;

beforeAll(async () => {
  // As the CLI computes a past month: the term as of the month's end.
  ({ metrics } = await fixtureMetrics('2026-05-31'));
});

afterAll(async () => {
  await printer?.close();
});

describe('the monthly briefing for 2026-05', () => {
  let bytes: Buffer | undefined;
  let pdf: PdfFacts | undefined;
  const print = async (ctx: Parameters<typeof requireBrowser>[0]) => {
    const executablePath = requireBrowser(ctx);
    requirePoppler(ctx);
    printer ??= new PdfPrinter({ executablePath });
    bytes ??= await printMonthBrief(printer, { metrics, month: '2026-05', generatedAt: GENERATED_AT });
    pdf ??= readPdf(bytes);
    return { pdf, lines: rowsOf(layoutPages(bytes)) };
  };

  test('is one or two A4 pages with the school, the title, page numbers and the month', async (ctx) => {
    const { pdf } = await print(ctx);
    expect(pdf.pageSize).toContain('A4');
    expect(pdf.pages).toBeGreaterThanOrEqual(1);
    expect(pdf.pages).toBeLessThanOrEqual(2);
    const first = squash(pdf.pageTexts[0]!);
    expect(first).toContain('青禾市第三中学工会');
    expect(first).toContain('2026年5月工会工作月调度简报');
    expect(first).toContain('数据截至2026年5月31日');
    pdf.pageTexts.forEach((p, i) => expect(squash(p)).toContain(`第${i + 1}页/共${pdf.pages}页`));
    expect(pdf.fonts.some((f) => /NotoSansSC/.test(f.name) && /TrueType/.test(f.type))).toBe(true);
  });

  test("shows the month's figures: activities, participation, offices, spending", async (ctx) => {
    const { lines } = await print(ctx);
    // The first row of figure boxes: labels, then values, then what they are made of.
    expect(lines).toContain('本月活动本月活动参与率文明办公室达标本月经费支出');
    expect(lines).toContain('3项87.5%6/8¥13,730.00');
    expect(lines).toContain('其中1项有签到出席7/应参加8人次达标率75.0%（达标分88）收入¥0.00');
    expect(lines).toContain('八段锦晨练5月13日文体活动体艺组7/887.5%');
    expect(lines).toContain('合计¥13,730.00');
  });

  test('lists what was done, what is overdue with its owner, and what is due next month', async (ctx) => {
    const { lines } = await print(ctx);
    expect(lines).toContain('工会会员信息系统录入方立群5月10日5月9日完成');
    expect(lines).toContain('提案交办及跟踪督办高志远4月30日31天进行中');
    expect(lines).toContain('联系教职工健康体检钱永康5月31日当日到期未完成');
    expect(lines).toContain('工作上半年经费收支公开孔令娟6月30日前');
    expect(lines).toContain('活动端午包粽子文体活动6月18日');
  });

  test('gives each target its value as of the month', async (ctx) => {
    const { lines } = await print(ctx);
    const cadre = metrics.targets.find((t) => t.id === 'cadre_training')!;
    expect(cadre.trend.find((p) => p.month === '2026-05')?.value).toBe(0.75);
    // Targets print as two tables side by side, so a printed line may hold one row of each.
    expect(lines.some((l) => l.includes('工会干部每月业务培训75.0%≥100.0%未达标'))).toBe(true);
    expect(lines.some((l) => l.includes('文体活动参与率82.1%≥80.0%达标'))).toBe(true);
  });
});

describe('the briefing HTML', () => {
  test('for a month without records says so instead of showing empty tables', async () => {
    const html = monthBriefHtml({ metrics, month: '2026-01', generatedAt: GENERATED_AT });
    expect(html).toContain('本月没有登记活动。');
    expect(html).toContain('本月没有支出。');
    expect(html).toContain('未评选');
  });
});
