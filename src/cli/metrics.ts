/** `union-dash metrics [SOURCE…] [--term ID] [--as-of YYYY-MM-DD] [--json]` */
import { ingest } from '../ingest/index.ts';
import { computeMetrics, isYmd, metricsJson, metricsOptionsFor } from '../metrics/index.ts';
import { cliText } from '../messages/zh.ts';
import { parseTermId } from '../term/term.ts';
import { parseArgs, UsageError, type ParsedArgs } from './args.ts';
import { formatIssue } from './check.ts';
import { EXIT, type CliIO } from './io.ts';
import { formatMetrics } from './metrics-format.ts';
import { defaultSources } from './sources.ts';

type MetricsArgs =
  | { readonly ok: true; readonly sources: string[]; readonly term?: string; readonly asOf?: string; readonly json: boolean }
  | { readonly ok: false; readonly message: string };

function parseMetricsArgs(args: readonly string[]): MetricsArgs {
  let parsed: ParsedArgs;
  try {
    parsed = parseArgs(args, ['--term', '--as-of'], ['--json']);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    const m = e.message.startsWith('unknown:') ? cliText.unknownOption(e.message.slice(8)) : cliText.missingOptionValue(e.message);
    return { ok: false, message: `${m}\n${cliText.usage}` };
  }
  const term = parsed.options.get('--term');
  const asOf = parsed.options.get('--as-of');
  if (typeof term === 'string' && !parseTermId(term)) return { ok: false, message: cliText.badTermOption(term) };
  if (typeof asOf === 'string' && !isYmd(asOf)) return { ok: false, message: cliText.badDateOption(asOf) };
  const sources = parsed.positional;
  return {
    ok: true,
    sources: sources.length ? sources : defaultSources(),
    ...(typeof term === 'string' ? { term } : {}),
    ...(typeof asOf === 'string' ? { asOf } : {}),
    json: parsed.options.has('--json'),
  };
}

export async function runMetrics(args: string[], io: CliIO): Promise<number> {
  const a = parseMetricsArgs(args);
  if (!a.ok) {
    io.stderr(a.message);
    return EXIT.usage;
  }
  const today = io.today();
  const period = { ...(a.term ? { term: a.term } : {}), ...(a.asOf ? { asOf: a.asOf } : {}) };
  const result = await ingest(a.sources, { today });
  if (result.fatal.length > 0) {
    for (const f of result.fatal) io.stderr(formatIssue(f));
    return EXIT.usage;
  }
  const metrics = computeMetrics(result, metricsOptionsFor(period, today));
  if (a.json) io.stdout(metricsJson(metrics).trimEnd());
  else io.stdout(formatMetrics(metrics));
  return EXIT.ok;
}
