/** The term report's 考核细则自评 section, printed and read back with poppler: only when the ledgers have a rubric. */
import { afterAll, describe, expect, test } from 'vitest';
import { num, percent } from '../../src/messages/format.ts';
import { redact } from '../../src/metrics/index.ts';
import { roleVisibility } from '../../src/access/visibility.ts';
import { PdfPrinter } from '../../src/report/pdf/index.ts';
import { printTermReport, termReportHtml } from '../../src/report/term/index.ts';
import { readPdf, requireBrowser, requirePoppler, withoutCjkFonts } from '../helpers/browser.ts';
import { metricsFor, removeLedgers } from '../helpers/union-workbook.ts';
import { SMALL_SCHOOL } from '../helpers/small-school.ts';
import { fixtureMetrics, GENERATED_AT, squash } from './fixture-metrics.ts';

let printer: PdfPrinter | undefined;
const fonts = withoutCjkFonts();
afterAll(async () => {
  await printer?.close();
  fonts.dispose();
  await removeLedgers();
});

function printerFor(ctx: Parameters<typeof requireBrowser>[0]): PdfPrinter {
  const executablePath = requireBrowser(ctx);
  requirePoppler(ctx);
  printer ??= new PdfPrinter({ executablePath, browserEnv: fonts.env });
  return printer;
}

/** 11 of 14 at the small school's one 文体活动 (78.6%): below the veto's 80%. */
const VETO_RUBRIC = [
  ['一级指标', '考核内容', '分值', '类型', '计分方式', '数据来源'],
  ['履行职能', '文体活动参与率', 6, '基本', '≥85%得满分，每低1%扣0.5分', '文体活动参与率'],
  ['履行职能', '参与率低于80%不获奖', null, '否决', '否决:<80%', '文体活动参与率'],
];

describe('考核细则自评 in the term report', () => {
  test('the sample term prints the section: each item, its 分值 and score, the figure, the ledger cells, the totals', async (ctx) => {
    const { metrics, ingest } = await fixtureMetrics();
    const pdf = readPdf(await printTermReport(printerFor(ctx), { metrics, ingest, generatedAt: GENERATED_AT }));
    const page = pdf.pageTexts.findIndex((t) => t.includes('考核细则自评'));
    expect(page).toBeGreaterThan(0);
    const text = squash(pdf.pageTexts.slice(page).join(''));
    const r = metrics.rubric!;
    expect(text).toContain(squash(`合计 ${num(r.total)} 分`));
    expect(text).toContain(squash(`基本项 ${num(r.basic.score)} 分（满分 ${num(r.basic.max)} 分）`));
    expect(text).toContain(squash(`加分 ${num(r.bonus.score)} 分`));
    expect(text).toContain(`共${r.items.length}个考核项目`);
    // Table cells wrap in the PDF's text; short ones read whole.
    for (const item of r.items.filter((x) => x.item.length <= 10)) expect(text).toContain(squash(item.item));
    const archive = r.items.find((x) => x.figure?.id === 'archive_completion')!.figure!;
    expect(text).toContain(`资料归档规范率${percent(archive.value)}（${archive.numerator}/${archive.denominator}）`);
    expect(text).toContain('工作台账.xlsx›资料归档!');
    const overridden = r.items.find((x) => x.status === 'override' && x.computed !== null)!;
    expect(text).toContain(`（台账计分${num(overridden.computed)}）`);
    expect(text).toContain('否决项均未触发');
    expect(text).not.toContain('触发否决项');
  });

  test('a triggered veto is said in red, above the table', async (ctx) => {
    const { metrics, ingest } = await metricsFor({ ...SMALL_SCHOOL, 考核细则: VETO_RUBRIC }, { today: '2026-06-30' });
    expect(metrics.rubric!.vetoed).toBe(true);
    const html = termReportHtml({ metrics, ingest, generatedAt: GENERATED_AT });
    expect(html).toContain('<p class="veto" role="alert">✘ 触发否决项：参与率低于80%不获奖。按考核细则，本次考核不获奖。</p>');
    expect(html).toMatch(/\.rubric \.veto \{ color: #C62828;/);
    const text = squash(readPdf(await printTermReport(printerFor(ctx), { metrics, ingest, generatedAt: GENERATED_AT })).pageTexts.join(''));
    expect(text).toContain('触发否决项：参与率低于80%不获奖');
    expect(text).toContain('文体活动参与率78.6%（11/14）');
  });

  test('a viewer’s report gives how many cells, not which; without a rubric there is no section', async () => {
    const { metrics, ingest } = await metricsFor({ ...SMALL_SCHOOL, 考核细则: VETO_RUBRIC }, { today: '2026-06-30' });
    const viewer = termReportHtml({ metrics: redact(metrics, roleVisibility('viewer')), ingest, generatedAt: GENERATED_AT });
    expect(viewer).toContain('14 处记录（单元格位置仅工会主席可见）');
    expect(viewer).not.toContain('活动签到!D2');
    const plain = await metricsFor(SMALL_SCHOOL, { today: '2026-06-30' });
    expect(plain.metrics.rubric).toBeNull();
    const html = termReportHtml({ metrics: plain.metrics, ingest: plain.ingest, generatedAt: GENERATED_AT });
    expect(html).not.toContain('考核细则自评');
    expect(html).not.toContain('class="rubric"');
    expect(html).toContain('期末总评各维度得分');
  });
});
