/** The term-end report (期末总评) printed from the sample term, read back with poppler. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { percent } from '../../src/messages/format.ts';
import { PdfPrinter } from '../../src/report/pdf/index.ts';
import { printTermReport, termReportHtml } from '../../src/report/term/index.ts';
import type { MetricsResult } from '../../src/metrics/index.ts';
import type { IngestResult } from '../../src/ingest/index.ts';
import type { LedgerIssue } from '../../src/ingest/issues.ts';
import { readPdf, requireBrowser, requirePoppler, withoutCjkFonts, type PdfFacts } from '../helpers/browser.ts';
import { fixtureMetrics, GENERATED_AT, squash } from './fixture-metrics.ts';
import { layoutPages, rowsOf } from './pdf-layout.ts';

let metrics: MetricsResult;
let ingest: IngestResult;
let printer: PdfPrinter | undefined;
const fonts = withoutCjkFonts();

beforeAll(async () => {
  ({ metrics, ingest } = await fixtureMetrics());
});

afterAll(async () => {
  await printer?.close();
  fonts.dispose();
});

/** One printer for the file, on a browser that sees no system CJK font: every glyph comes from the bundled web font. */
function printerFor(ctx: Parameters<typeof requireBrowser>[0]): PdfPrinter {
  const executablePath = requireBrowser(ctx);
  requirePoppler(ctx);
  printer ??= new PdfPrinter({ executablePath, browserEnv: fonts.env });
  return printer;
}

describe('the term-end report PDF', () => {
  let bytes: Buffer | undefined;
  let pdf: PdfFacts | undefined;
  const print = async (ctx: Parameters<typeof requireBrowser>[0]): Promise<PdfFacts> => {
    bytes ??= await printTermReport(printerFor(ctx), { metrics, ingest, generatedAt: GENERATED_AT });
    pdf ??= readPdf(bytes);
    return pdf;
  };
  /** Printed lines, one per table row. */
  const rows = async (ctx: Parameters<typeof requireBrowser>[0]) => {
    await print(ctx);
    return rowsOf(layoutPages(bytes!));
  };

  test('is a searchable A4 document with the school, the title, the term and the cover facts', async (ctx) => {
    const { pages, pageSize, pageTexts } = await print(ctx);
    expect(pageSize).toContain('A4');
    expect(pages).toBeGreaterThanOrEqual(8);
    expect(pages).toBeLessThanOrEqual(20);
    const cover = squash(pageTexts[0]!);
    expect(cover).toContain('青禾市第三中学');
    expect(cover).toContain('期末总评');
    expect(cover).toContain('2025-2026学年第二学期');
    expect(cover).toContain('2026年2月1日至2026年7月31日');
    expect(cover).toContain('数据截至2026年6月30日');
    expect(cover).toContain('2026年6月30日10:05');
    expect(cover).toContain('经费台账.xlsx');
    expect(cover).toContain('活动与签到.xlsx');
  });

  test('is titled 期中自查, not 期末总评, before the term’s last working month', () => {
    const html = termReportHtml({ metrics: { ...metrics, as_of: '2026-04-30' }, generatedAt: GENERATED_AT });
    expect(html).toContain('工会工作期中自查报告');
    expect(html).not.toContain('工会工作期末总评报告');
  });

  test('the 期中自查 lists what each target still needs by the term’s end; the 期末总评 does not', () => {
    const mid = termReportHtml({ metrics: { ...metrics, as_of: '2026-04-30' }, generatedAt: GENERATED_AT });
    expect(mid).toContain('到学期末（2026年7月31日）还需完成的工作');
    for (const r of metrics.remaining) expect(mid).toContain(r.text);
    const final = termReportHtml({ metrics, generatedAt: GENERATED_AT });
    expect(final).not.toContain('还需完成的工作');
  });

  test('says where the 目标 sheet changed a figure of the plan, rather than contradicting it', async (ctx) => {
    const text = squash((await print(ctx)).pageTexts.join(''));
    // the fixtures' 目标 sheet sets participation to ≥80% where the plan says 85%
    expect(text).toContain('教职工文体活动参与率达85%以上（本学期按“目标”表调整为≥80.0%）');
  });

  test('lists every target with its label and its value as the page formats it', async (ctx) => {
    const text = squash((await print(ctx)).pageTexts.join('\n'));
    expect(metrics.targets).toHaveLength(11);
    for (const t of metrics.targets) {
      expect(text, t.id).toContain(squash(t.label));
      expect(text, t.id).toContain(percent(t.value));
    }
    // The summary page: label, value, target and status of a missed and a met target.
    const summary = squash((await print(ctx)).pageTexts[1]!);
    expect(summary).toContain('经费预算执行不超支');
    expect(summary).toContain('119.7%≤100.0%未达标');
    expect(summary).toContain('文体活动参与率');
    expect(summary).toContain('82.1%≥80.0%达标');
    expect(summary).toContain('教职工文体活动参与率达85%以上');
  });

  test('gives each area the table a reader acts on', async (ctx) => {
    const lines = await rows(ctx);
    // Overdue tasks with their owners, the unpaired young teacher, missing materials, the month without training,
    // the over-budget category, the sports activity without sign-in, the proposal its author was unhappy with.
    for (const row of [
      '提案交办及跟踪督办高志远4月30日61天进行中',
      '联系教职工健康体检钱永康5月31日30天未完成',
      '林晓英语组1991年2月2日',
      '读书分享会4月23日新闻稿',
      '八段锦晨练5月13日总结',
      '2026年4月学习贯彻全会精神专题会无',
      '文体活动支出¥30,000.00¥35,900.00119.7%超支',
      '端午包粽子6月18日补录签到记录',
      '2026-06关于减少非教学事务性填表的建议校长办公室已答复',
      '教职工气排球赛3月26日全体766041278.9%',
    ]) {
      expect(lines, row).toContain(row);
    }
  });

  test('scores the four evaluation dimensions with weights and evidence', async (ctx) => {
    const text = squash((await print(ctx)).pageTexts.join('\n'));
    const e = metrics.evaluation;
    expect(e.total).toBe(75.6);
    expect(text).toContain('完成度45.4525');
    // (10/12 archived + 454/457 valid rows) ÷ 2 = 91.34 (the 督办事项 sheet's 10 rows among them)
    expect(text).toContain('规范性91.3425');
    expect(text).toContain('满意度9025');
    expect(text).toContain('创新性未评分25');
    expect(text).toContain('总分75.675');
    expect(text).toContain('有数据的目标11项中达标5项');
  });

  test('ends with the sign-off block and the data-quality appendix with cells', async (ctx) => {
    const { pageTexts } = await print(ctx);
    const text = squash(pageTexts.join('\n'));
    for (const role of ['工会主席（签字）', '审核人（签字）', '制表人（签字）', '日期']) expect(text).toContain(role);
    expect(text).toContain('附录数据质量');
    expect(text).toContain('经费台账.xlsx›收支明细!F30');
    expect(text).toContain('金额“1,2OO”不是有效数字');
    expect(text).toContain('发现错误4处、提醒8处');
  });

  test('has a running header and "第 N 页 / 共 M 页" on every page but the cover', async (ctx) => {
    const { pages, pageTexts } = await print(ctx);
    expect(squash(pageTexts[0]!)).not.toContain('第1页');
    for (let i = 1; i < pages; i++) {
      const page = squash(pageTexts[i]!);
      expect(page, `page ${i + 1}`).toContain(`第${i + 1}页/共${pages}页`);
      expect(page, `page ${i + 1}`).toContain('青禾市第三中学');
      expect(page, `page ${i + 1}`).toContain('2025-2026学年第二学期工会工作期末总评报告');
    }
  });

  test('embeds the bundled Chinese font by name, and no other CJK font', async (ctx) => {
    const { fonts: list } = await print(ctx);
    const noto = list.filter((f) => /NotoSansSC/i.test(f.name));
    expect(noto.length).toBeGreaterThan(0);
    expect(noto.every((f) => /TrueType/.test(f.type))).toBe(true);
    expect(list.filter((f) => f.type === 'Type 3')).toEqual([]);
  });
});

describe('a long table', () => {
  test('repeats its header row on each page it spans', async (ctx) => {
    const issues: LedgerIssue[] = Array.from({ length: 60 }, (_, i) => ({
      severity: 'error',
      file: '经费台账.xlsx',
      sheet: '收支明细',
      cell: `F${i + 10}`,
      code: 'bad_amount',
      message: `金额“第${i + 1}处”不是有效数字（该行未计入）`,
    }));
    const bytes = await printTermReport(printerFor(ctx), { metrics: { ...metrics, issues }, ingest, generatedAt: GENERATED_AT });
    const { pageTexts } = readPdf(bytes);
    const pages = layoutPages(bytes);
    const continued = pages.filter((p) => p.includes('收支明细!F'));
    expect(continued.length).toBeGreaterThanOrEqual(2);
    for (const p of continued) expect(rowsOf([p])).toContain('级别位置问题');
    // Only the first 40 are listed; the rest are counted.
    expect(squash(pageTexts.join(''))).toContain('另有20条问题未列出');
  });
});

describe('the report HTML', () => {
  test('draws each chart as vector SVG with Chinese text, and escapes the ledgers’ text', () => {
    const html = termReportHtml({ metrics: { ...metrics, school: '<script>alert(1)</script>一中' }, ingest, generatedAt: GENERATED_AT });
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;');
    const svgs = html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    // Participation, satisfaction, archive, proposals, tasks, offices, and two for funds.
    expect(svgs.length).toBe(8);
    expect(svgs.join('')).toContain('三八健步走');
    expect(svgs.join('')).toContain('新闻稿');
    expect(svgs.join('')).toContain('已反馈 12 件');
    expect(html).toContain('图 1　各项文体活动参与率');
  });

  test('says why a target has no data, without a chart for an area with no ledger', () => {
    const noOffices = {
      ...metrics,
      targets: metrics.targets.map((t) =>
        t.id === 'office_monthly'
          ? { ...t, value: null, status: 'no_data' as const, detail: { reason: '缺少“文明办公室评比”表，或表中没有数据', months: 0, months_without: [] } }
          : t.id === 'office_pass_trend'
            ? { ...t, value: null, status: 'no_data' as const, detail: { reason: '缺少“文明办公室评比”表，或表中没有数据', threshold: 90, months: [], changes: [] } }
            : t,
      ) as MetricsResult['targets'],
    };
    const html = termReportHtml({ metrics: noOffices, generatedAt: GENERATED_AT });
    expect(html).toContain('缺少“文明办公室评比”表，或表中没有数据');
    expect(html).toContain('无数据');
    // An empty table of an area without data does not read as "all is well".
    expect(html).toContain('无数据：所需台账缺失或没有本学期的记录，无法列出');
    expect(html).not.toContain('全部达标。');
    expect(html).toContain('未提供（报告由看板生成，未附台账清单）');
  });
});
