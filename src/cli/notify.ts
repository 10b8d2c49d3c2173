/** `union-dash notify [SOURCE…] [--month YYYY-MM] [--dry-run] [--force]`: the month's briefing to every configured channel. */
import { computeMetrics, monthPeriod } from '../metrics/index.ts';
import { notifyText as t } from '../messages/notify-cli.ts';
import { monthText } from '../messages/month-report.ts';
import { channelId } from '../notify/channel-id.ts';
import { describeChannel } from '../notify/channels/index.ts';
import { deliver } from '../notify/deliver.ts';
import { DeliveryLog, standing } from '../notify/delivery-log.ts';
import { notifyLogPath } from '../notify/log-path.ts';
import { briefingKey, carriesFiles, monthBriefing } from '../notify/month-briefing.ts';
import { PdfError, PdfPrinter } from '../report/pdf/index.ts';
import { schoolDateTime } from '../term/school-clock.ts';
import { monthOption, parseArgs, withUsage } from './args.ts';
import { EXIT, type CliIO } from './io.ts';
import { readLedgers } from './read-ledgers.ts';
import { reportedFatal } from './check.ts';

export interface NotifyDeps {
  readonly now?: () => Date;
  readonly printer?: PdfPrinter;
}

interface NotifyArgs {
  readonly sources: string[];
  readonly month?: string;
  readonly dryRun: boolean;
  readonly force: boolean;
}

function parseNotifyArgs(argv: readonly string[]): NotifyArgs {
  const args = parseArgs(argv, { valued: ['--month'], switches: ['--dry-run', '--force'], usage: t.usage });
  const month = monthOption(args, '--month', t.usage);
  return { sources: args.positional, ...(month !== undefined ? { month } : {}), dryRun: args.options.has('--dry-run'), force: args.options.has('--force') };
}

export const runNotify = (argv: readonly string[], io: CliIO, deps: NotifyDeps = {}): Promise<number> =>
  withUsage(io, () => notify(parseNotifyArgs(argv), io, deps));

async function notify(a: NotifyArgs, io: CliIO, deps: NotifyDeps): Promise<number> {
  const now = deps.now ?? (() => new Date());
  const today = io.today();
  const month = a.month ?? today.slice(0, 7);
  const { result: ingested, config } = await readLedgers(a.sources, io);
  if (reportedFatal(ingested, io)) return EXIT.usage;
  const n = config.notify;
  if (!n || n.channels.length === 0) {
    io.stderr(t.noChannels(config.path));
    return EXIT.usage;
  }
  const metrics = computeMetrics(ingested, { today, ...monthPeriod(month, today) });
  const log = new DeliveryLog(notifyLogPath(config));
  const key = briefingKey(month);
  const entries = await log.entries();

  if (a.dryRun) {
    const briefing = await monthBriefing({ metrics, month, notify: n, now: now(), printer: null });
    io.stdout(t.dryRunHeading(month));
    io.stdout(t.subject(briefing.subject));
    io.stdout(carriesFiles(n.channels) ? t.attachment(monthText.fileName(month)) : t.noAttachment);
    for (const c of n.channels) {
      const s = standing(entries, key, channelId(c));
      io.stdout(s.sent && !a.force ? t.alreadySent(describeChannel(c), schoolDateTime(new Date(s.last!.at))) : t.wouldSend(describeChannel(c)));
    }
    io.stdout(`${t.body}\n${briefing.text}`);
    return EXIT.ok;
  }

  const printer = carriesFiles(n.channels) ? (deps.printer ?? new PdfPrinter({ chromePath: config.pdf.chromePath })) : null;
  let results;
  try {
    const briefing = await monthBriefing({ metrics, month, notify: n, now: now(), printer });
    io.stdout(t.sending(month, n.channels.length));
    results = await deliver(key, briefing, { channels: n.channels, log, now, deadlineMs: n.deadlineMs, timeoutMs: n.timeoutMs, force: a.force });
  } catch (e) {
    if (!(e instanceof PdfError)) throw e;
    io.stderr(e.message);
    return EXIT.usage;
  } finally {
    if (printer && deps.printer === undefined) await printer.close();
  }
  for (const r of results) io.stdout(r.outcome ? r.outcome.message : t.skipped(r.label));
  const failed = results.filter((r) => r.outcome && r.outcome.status !== 'sent').length;
  io.stdout(t.sent(results.length - failed, results.length));
  if (failed > 0) {
    io.stderr(t.failedSome(failed));
    return EXIT.findings;
  }
  return EXIT.ok;
}
