/** `union-dash report [SOURCE…] [--term ID | --month YYYY-MM] [--as-of DATE] [--period 学年|年度|统计年度] --out FILE(.pdf|.xlsx|.docx)`, or `--pack FILE.pdf` (pack.ts) */
import { extname, resolve } from 'node:path';
import { computeMetrics, monthPeriod, type Period } from '../metrics/index.ts';
import { printMonthBrief } from '../report/month/index.ts';
import type { PdfPrinter } from '../report/pdf/index.ts';
import { printTermReport } from '../report/term/index.ts';
import { summaryWorkbookBytes } from '../report/xlsx/summary-workbook.ts';
import { reportKind } from '../report/view/report-kind.ts';
import { dayOption, monthOption, parseArgs, spanOption, termOption, textOption, UsageError, withUsage } from './args.ts';
import type { SpanKind } from '../term/term.ts';
import { EXIT, type CliIO } from './io.ts';
import { readLedgers } from './read-ledgers.ts';
import { reportedFatal } from './check.ts';
import { withPrinter } from './printing.ts';
import { writeReportFile } from './write-report.ts';
import { reportText } from '../messages/cli.ts';
import { parsePackArgs, reportPack } from './pack.ts';

export interface ReportDeps {
  /** The clock for "生成时间"; default: the system clock. */
  readonly now?: () => Date;
  /** The printer to use; default: one launched for this command and closed at its end. */
  readonly printer?: PdfPrinter;
}

type Format = 'pdf' | 'xlsx' | 'docx';
const FORMATS: Readonly<Record<string, Format>> = { '.pdf': 'pdf', '.xlsx': 'xlsx', '.docx': 'docx' };

interface ReportArgs {
  readonly sources: string[];
  readonly term?: string;
  readonly month?: string;
  readonly asOf?: string;
  readonly span?: SpanKind;
  readonly out: string;
  readonly format: Format;
}

function parseReportArgs(argv: readonly string[], cwd: string): ReportArgs {
  const usage = `${reportText.usage}\n${reportText.packUsage}`;
  const args = parseArgs(argv, { valued: ['--term', '--month', '--as-of', '--period', '--out'], switches: [], usage });
  const out = textOption(args, '--out');
  if (out === undefined) throw new UsageError(reportText.missingOut, usage);
  const ext = extname(out).toLowerCase();
  const format = FORMATS[ext];
  if (format === undefined) throw new UsageError(reportText.badExtension(extname(out)), usage);
  if (args.options.has('--term') && args.options.has('--month')) throw new UsageError(reportText.termAndMonth, usage);
  const term = termOption(args, '--term', usage);
  const month = monthOption(args, '--month', usage);
  const asOf = dayOption(args, '--as-of', usage);
  const span = spanOption(args, '--period', usage);
  if (month !== undefined && span !== undefined) throw new UsageError(reportText.monthAndPeriod, usage);
  if (month !== undefined && format !== 'pdf') throw new UsageError(reportText.monthXlsx, usage);
  return {
    sources: args.positional,
    ...(term !== undefined ? { term } : {}),
    ...(month !== undefined ? { month } : {}),
    ...(asOf !== undefined ? { asOf } : {}),
    ...(span !== undefined ? { span } : {}),
    out: resolve(cwd, out),
    format,
  };
}

export const runReport = (argv: readonly string[], io: CliIO, deps: ReportDeps = {}): Promise<number> =>
  withUsage(io, () =>
    argv.some((a) => a === '--pack' || a.startsWith('--pack='))
      ? reportPack(parsePackArgs(argv, io.cwd, `${reportText.usage}\n${reportText.packUsage}`), io, deps)
      : report(parseReportArgs(argv, io.cwd), io, deps),
  );

async function report(a: ReportArgs, io: CliIO, deps: ReportDeps): Promise<number> {
  const today = io.today();
  const period: Period =
    a.month !== undefined ? monthPeriod(a.month, today, a.asOf) : { ...(a.term ? { term: a.term } : {}), ...(a.asOf ? { asOf: a.asOf } : {}), ...(a.span ? { span: a.span } : {}) };
  const { result: ingested, config } = await readLedgers(a.sources, io);
  if (reportedFatal(ingested, io)) return EXIT.usage;
  const metrics = computeMetrics(ingested, { today, ...period });
  const generatedAt = (deps.now ?? (() => new Date()))();

  let made: { bytes: Buffer; what: string } | null;
  if (a.format === 'xlsx') {
    made = { bytes: await summaryWorkbookBytes({ metrics, generatedAt }), what: reportText.summaryWorkbook(metrics.term.kind) };
  } else if (a.format === 'docx') {
    const { summaryDraftBytes } = await import('../report/docx/index.ts');
    made = await withPrinter(
      deps.printer,
      config.pdf.chromePath,
      io,
      async (printer) => ({ bytes: await summaryDraftBytes(printer, { metrics }), what: reportText.summaryDraft[reportKind(metrics)] }),
      reportText.draftNeedsBrowser,
    );
  } else {
    made = await withPrinter(deps.printer, config.pdf.chromePath, io, async (printer) =>
      a.month !== undefined
        ? { bytes: await printMonthBrief(printer, { metrics, month: a.month, generatedAt }), what: reportText.monthBrief(a.month) }
        : { bytes: await printTermReport(printer, { metrics, generatedAt, ingest: ingested }), what: reportText.termReport(reportKind(metrics), metrics.term.kind) },
    );
  }
  if (made === null || !(await writeReportFile(a.out, made.bytes, io))) return EXIT.usage;
  io.stdout(reportText.written(made.what, a.out));
  return EXIT.ok;
}
