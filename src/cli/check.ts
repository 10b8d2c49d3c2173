import type { IngestResult, LedgerIssue } from '../ingest/index.ts';
import { issuesAsOf } from '../metrics/index.ts';
import { cliText } from '../messages/cli.ts';
import { severityLabels } from '../messages/issues.ts';
import { kindLabels, unrecognisedKind } from '../messages/kinds.ts';
import { dayOption, parseArgs, withUsage } from './args.ts';
import { EXIT, type CliIO } from './io.ts';
import { readLedgers } from './read-ledgers.ts';

/** What `check` reports: every sheet's row account and every finding as of the day (the same as `metrics` carries). */
interface CheckReport {
  readonly sheets: IngestResult['sheets'];
  readonly fatal: readonly LedgerIssue[];
  /** Findings other than the fatal ones. */
  readonly issues: readonly LedgerIssue[];
}

const SPEC = { valued: ['--as-of'], switches: ['--json'], usage: cliText.usage } as const;

/** `union-dash check [SOURCE…] [--as-of YYYY-MM-DD] [--json]`: every issue with its place, and every sheet's row account. */
export const runCheck = (argv: readonly string[], io: CliIO): Promise<number> =>
  withUsage(io, async () => {
    const args = parseArgs(argv, SPEC);
    const asOf = dayOption(args, '--as-of');
    return check({ sources: args.positional, json: args.options.has('--json'), ...(asOf ? { asOf } : {}) }, io);
  });

async function check(req: { sources: readonly string[]; json: boolean; asOf?: string }, io: CliIO): Promise<number> {
  const { result } = await readLedgers(req.sources, io);
  const all = issuesAsOf(result, { today: io.today(), ...(req.asOf ? { asOf: req.asOf } : {}) });
  const report: CheckReport = { sheets: result.sheets, fatal: result.fatal, issues: all.filter((i) => !result.fatal.includes(i)) };
  // a source that cannot be read at all comes first, one line each, before the report on the rest
  if (!req.json) for (const f of report.fatal) io.stderr(formatIssue(f));
  io.stdout(req.json ? JSON.stringify(checkJson(report), null, 2) : formatCheck(report));
  if (report.fatal.length > 0) return EXIT.usage;
  return report.issues.some((i) => i.severity === 'error') ? EXIT.findings : EXIT.ok;
}

const checkJson = (r: CheckReport) => ({ sources: r.sheets, issues: [...r.fatal, ...r.issues] });

/** `经费台账.xlsx › 收支明细!F12：金额“1,2OO”不是有效数字（该行未计入）` */
export function formatPlace(i: Pick<LedgerIssue, 'file' | 'sheet' | 'cell'>): string {
  if (!i.sheet) return i.file;
  return `${i.file} › ${i.sheet}${i.cell ? `!${i.cell}` : ''}`;
}

export const formatIssue = (i: LedgerIssue) => cliText.issueLine(formatPlace(i), i.message);

function formatCheck(result: CheckReport): string {
  const lines: string[] = [];
  const groups = new Map<string, LedgerIssue[]>();
  for (const i of result.issues) {
    const key = `${i.file}\u0000${i.sheet ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  }
  for (const issues of groups.values()) {
    const first = issues[0]!;
    lines.push(cliText.checkGroup(first.sheet ? `${first.file} › ${first.sheet}` : first.file));
    for (const i of issues) lines.push(`  [${severityLabels[i.severity]}] ${formatIssue(i)}`);
  }
  if (result.sheets.length) {
    lines.push('', cliText.checkSummaryHeader);
    for (const s of result.sheets) {
      lines.push(
        cliText.checkSheetLine({
          place: `${s.file} › ${s.sheet}`,
          kind: s.kind ? kindLabels[s.kind] : unrecognisedKind,
          read: s.rows_read,
          used: s.rows_used,
          skipped: s.rows_skipped,
          rejected: s.rows_rejected,
        }),
      );
    }
  }
  const errors = result.issues.filter((i) => i.severity === 'error').length + result.fatal.length;
  const warnings = result.issues.filter((i) => i.severity === 'warning').length;
  lines.push('', cliText.checkTotals({ errors, warnings }));
  return lines.join('\n');
}

/** Prints the read's fatal issues, one line each; true when there were any (the command then exits 2). */
export function reportedFatal(result: Pick<IngestResult, 'fatal'>, io: CliIO): boolean {
  for (const f of result.fatal) io.stderr(formatIssue(f));
  return result.fatal.length > 0;
}
