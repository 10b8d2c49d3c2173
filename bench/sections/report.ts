/**
 * The term-end report (期末总评) as PDF from the district's metrics: cold (a new browser is
 * launched for the print) and warm (the browser is running), against a blank page printed
 * through the same path in the same browser. Ingest and computeMetrics are not timed here.
 */
import { ingest } from '../../src/ingest/index.ts';
import { computeMetrics, type MetricsResult } from '../../src/metrics/index.ts';
import { PdfPrinter, documentShell, findSystemBrowser } from '../../src/report/pdf/index.ts';
import { termReportHtml } from '../../src/report/term/index.ts';
import type { IngestResult } from '../../src/ingest/index.ts';
import { median } from '../child.ts';
import type { BenchContext, Figure, Goal, Section } from './section.ts';

const COLD_LIMIT_SECONDS = 5;
const WARM_OVER_BLANK_LIMIT = 2;
/** Warm prints per run: one is dropped as the browser's own warm-up. */
const WARM_PRINTS = 3;

interface Sample {
  readonly coldSeconds: number;
  readonly warmSeconds: readonly number[];
  readonly blankSeconds: readonly number[];
  /** A plain document of as many pages as the report (a heading and a few lines each), same path. */
  readonly plainSeconds: readonly number[];
  readonly htmlSeconds: readonly number[];
  readonly pages: number;
  readonly bytes: number;
}

const seconds = (since: number) => (performance.now() - since) / 1000;

/** `/Count N` of the PDF's page tree: pages without a PDF library. */
function pageCount(pdf: Buffer): number {
  const counts = [...pdf.toString('latin1').matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)].map((m) => Number(m[1]));
  return counts.length ? Math.max(...counts) : 0;
}

/**
 * `pages` pages of plain text in the report's font: what printing that many pages costs by
 * itself, so the report's own cost (tables, charts, tagging) can be told from its length.
 */
function plainDocument(pages: number): string {
  const line = '<p>教职工文体活动参与率、服务满意度、档案归档完成率与经费执行情况，按学期工作计划逐项统计。</p>';
  const body = Array.from({ length: pages }, (_, i) => `<section style="break-after: page"><h2>第 ${i + 1} 页</h2>${line.repeat(6)}</section>`).join('');
  return documentShell({ title: '', css: '', body });
}

async function sample(metrics: MetricsResult, ingested: IngestResult): Promise<Sample> {
  const input = () => ({ metrics, ingest: ingested, generatedAt: new Date() });
  const printer = new PdfPrinter();
  try {
    const cold = performance.now();
    const first = await printer.print(termReportHtml(input()));
    const coldSeconds = seconds(cold);
    const warmSeconds: number[] = [];
    const blankSeconds: number[] = [];
    const plainSeconds: number[] = [];
    const htmlSeconds: number[] = [];
    const plain = plainDocument(pageCount(first));
    // Interleaved, so a busy machine slows both sides of the comparison alike.
    for (let i = 0; i < WARM_PRINTS; i++) {
      const b = performance.now();
      await printer.printBlank();
      blankSeconds.push(seconds(b));
      const p = performance.now();
      await printer.print(plain);
      plainSeconds.push(seconds(p));
      const w = performance.now();
      const html = termReportHtml(input());
      htmlSeconds.push(seconds(w));
      await printer.print(html);
      warmSeconds.push(seconds(w));
    }
    return { coldSeconds, warmSeconds, blankSeconds, plainSeconds, htmlSeconds, pages: pageCount(first), bytes: first.length };
  } finally {
    await printer.close();
  }
}

export const reportSection: Section = {
  id: 'report',
  async run(ctx: BenchContext) {
    const title = `Term report PDF (${ctx.runs} run${ctx.runs === 1 ? '' : 's'}, district metrics asOf ${ctx.asOf})`;
    try {
      findSystemBrowser();
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      return { id: 'report', title, figures: [{ label: 'report', value: `SKIPPED: ${why}` }], goals: skipped(why), data: null };
    }
    const ingested = await ingest([ctx.workbook.out], { today: ctx.asOf });
    const metrics = computeMetrics(ingested, { asOf: ctx.asOf, today: ctx.asOf });
    const samples: Sample[] = [];
    for (let i = 0; i < ctx.runs; i++) samples.push(await sample(metrics, ingested));

    // The first warm print of each run is dropped: it still pays for the browser's first page.
    const warm = median(samples.flatMap((s) => s.warmSeconds.slice(1)));
    const blank = median(samples.flatMap((s) => s.blankSeconds.slice(1)));
    const plain = median(samples.flatMap((s) => s.plainSeconds.slice(1)));
    const cold = median(samples.map((s) => s.coldSeconds));
    const html = median(samples.flatMap((s) => s.htmlSeconds.slice(1)));
    const first = samples[0]!;
    const figures: Figure[] = [
      { label: 'cold (launch + print)', value: `${cold.toFixed(2)} s median (runs ${samples.map((s) => s.coldSeconds.toFixed(2)).join(', ')})` },
      { label: 'warm term report', value: `${warm.toFixed(2)} s median (of which HTML and charts ${html.toFixed(2)} s)` },
      { label: 'warm blank page', value: `${blank.toFixed(2)} s median` },
      { label: 'warm / blank', value: `${(warm / blank).toFixed(2)}×` },
      { label: `warm plain text, ${samples[0]!.pages} pages`, value: `${plain.toFixed(2)} s median (${(plain / blank).toFixed(2)}× blank)` },
      { label: `warm / plain ${samples[0]!.pages} pages`, value: `${(warm / plain).toFixed(2)}× (the report's tables, charts and tagging over its length alone)` },
      { label: 'report PDF', value: `${first.pages} pages, ${(first.bytes / 1024).toFixed(0)} KiB` },
    ];
    const goals: Goal[] = [
      {
        label: `cold term report < ${COLD_LIMIT_SECONDS} s`,
        verdict: cold < COLD_LIMIT_SECONDS ? 'PASS' : 'FAIL',
        detail: `${cold.toFixed(2)} s`,
      },
      {
        label: `warm report ≤ ${WARM_OVER_BLANK_LIMIT}× blank page`,
        verdict: warm <= WARM_OVER_BLANK_LIMIT * blank ? 'PASS' : 'FAIL',
        detail: `${warm.toFixed(2)} s vs ${blank.toFixed(2)} s (${(warm / blank).toFixed(2)}×)`,
      },
    ];
    return { id: 'report', title, figures, goals, data: { coldMedianSeconds: cold, warmMedianSeconds: warm, blankMedianSeconds: blank, plainMedianSeconds: plain, htmlMedianSeconds: html, samples } };
  },
};

function skipped(why: string): Goal[] {
  return [
    { label: `cold term report < ${COLD_LIMIT_SECONDS} s`, verdict: 'SKIP', detail: why },
    { label: `warm report ≤ ${WARM_OVER_BLANK_LIMIT}× blank page`, verdict: 'SKIP', detail: why },
  ];
}
