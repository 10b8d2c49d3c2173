/**
 * `union-dash report [SOURCE…] [--term ID] [--as-of DATE] --pack FILE.pdf`: the evidence pack
 * (台账资料) for the chair. Printed as the chair sees it: names, 慰问 records and every group.
 */
import { extname, resolve } from 'node:path';
import { roleVisibility } from '../access/index.ts';
import { computeMetrics } from '../metrics/index.ts';
import { planFiles, printPack } from '../report/pack/index.ts';
import { dayOption, parseArgs, termOption, textOption, UsageError } from './args.ts';
import { EXIT, type CliIO } from './io.ts';
import { readLedgers } from './read-ledgers.ts';
import { reportedFatal } from './check.ts';
import { withPrinter } from './printing.ts';
import type { ReportDeps } from './report.ts';
import { defaultSources } from './sources.ts';
import { writeReportFile } from './write-report.ts';
import { packText } from '../messages/pack.ts';
import { reportText } from '../messages/cli.ts';

export interface PackArgs {
  readonly sources: string[];
  readonly term?: string;
  readonly asOf?: string;
  readonly out: string;
}

export function parsePackArgs(argv: readonly string[], cwd: string, usage: string): PackArgs {
  const args = parseArgs(argv, { valued: ['--term', '--month', '--as-of', '--period', '--out', '--pack'], switches: [], usage });
  if (args.options.has('--out')) throw new UsageError(reportText.packAndOut, usage);
  if (args.options.has('--month')) throw new UsageError(reportText.packMonth, usage);
  if (args.options.has('--period')) throw new UsageError(reportText.packPeriod, usage);
  const out = textOption(args, '--pack')!;
  if (extname(out).toLowerCase() !== '.pdf') throw new UsageError(reportText.packExtension(extname(out)), usage);
  const term = termOption(args, '--term', usage);
  const asOf = dayOption(args, '--as-of', usage);
  return { sources: args.positional, ...(term !== undefined ? { term } : {}), ...(asOf !== undefined ? { asOf } : {}), out: resolve(cwd, out) };
}

export async function reportPack(a: PackArgs, io: CliIO, deps: ReportDeps): Promise<number> {
  const today = io.today();
  const { result: ingested, config } = await readLedgers(a.sources, io);
  if (reportedFatal(ingested, io)) return EXIT.usage;
  const metrics = computeMetrics(ingested, { today, ...(a.term ? { term: a.term } : {}), ...(a.asOf ? { asOf: a.asOf } : {}) });
  const input = {
    metrics,
    ingest: ingested,
    generatedAt: (deps.now ?? (() => new Date()))(),
    visibility: roleVisibility('chair'),
    planFiles: await planFiles(a.sources.length ? a.sources : defaultSources()),
  };
  const printed = await withPrinter(deps.printer, config.pdf.chromePath, io, (printer) => printPack(printer, input));
  if (printed === null || !(await writeReportFile(a.out, printed.bytes, io))) return EXIT.usage;
  io.stdout(reportText.written(packText.title, a.out));
  return EXIT.ok;
}
