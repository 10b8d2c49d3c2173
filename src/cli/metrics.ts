/** `union-dash metrics [SOURCE…] [--term ID] [--as-of YYYY-MM-DD] [--period 学期|学年|年度|统计年度] [--json]` */
import { computeMetrics, metricsJson, metricsOptionsFor } from '../metrics/index.ts';
import { cliText } from '../messages/cli.ts';
import { dayOption, parseArgs, spanOption, termOption, withUsage } from './args.ts';
import { EXIT, type CliIO } from './io.ts';
import { formatMetrics } from './metrics-format.ts';
import { readLedgers } from './read-ledgers.ts';
import { reportedFatal } from './check.ts';

const SPEC = { valued: ['--term', '--as-of', '--period'], switches: ['--json'], usage: cliText.usage } as const;

export const runMetrics = (argv: readonly string[], io: CliIO): Promise<number> =>
  withUsage(io, async () => {
    const args = parseArgs(argv, SPEC);
    const term = termOption(args, '--term');
    const asOf = dayOption(args, '--as-of');
    const span = spanOption(args, '--period');
    const today = io.today();
    const { result } = await readLedgers(args.positional, io);
    if (reportedFatal(result, io)) return EXIT.usage;
    const metrics = computeMetrics(result, metricsOptionsFor({ ...(term ? { term } : {}), ...(asOf ? { asOf } : {}), ...(span ? { span } : {}) }, today));
    io.stdout(args.options.has('--json') ? metricsJson(metrics).trimEnd() : formatMetrics(metrics));
    return EXIT.ok;
  });
