/**
 * The month's briefing as it goes out: the metrics cut down to what the committee may see
 * (names of those who follow things up, no 慰问 names, no cell contents, small groups merged),
 * the short text, and the 月调度简报 PDF for the channels that carry files.
 */
import { roleVisibility } from '../access/index.ts';
import { monthView, redact, type MetricsResult } from '../metrics/index.ts';
import { monthText } from '../messages/month-report.ts';
import { briefingText, warningsText } from '../report/briefing/briefing.ts';
import { printMonthBrief } from '../report/month/index.ts';
import type { PdfPrinter } from '../report/pdf/index.ts';
import { schoolDate, zonedInstant } from '../term/school-clock.ts';
import type { Briefing, ChannelConfig } from './channels/index.ts';
import type { NotifyConfig } from '../config/config.ts';
import { nextRun } from './schedule.ts';
import type { Warning } from '../metrics/index.ts';

/** The committee's view: the briefing goes to the committee's mailbox and group. */
export const forCommittee = (m: MetricsResult): MetricsResult => redact(m, roleVisibility('committee'));

/** Whether any channel carries the PDF (e-mail as an attachment, 企业微信 as a file message). */
export const carriesFiles = (channels: readonly ChannelConfig[]): boolean => channels.some((c) => c.kind === 'email' || c.kind === 'wecom');

export const briefingKey = (month: string): string => `briefing:${month}`;
export const warningKey = (w: Warning): string => `warning:${w.key}`;

export interface MonthBriefingInput {
  /** The full result; it is cut down here. */
  readonly metrics: MetricsResult;
  readonly month: string;
  readonly notify: NotifyConfig;
  readonly now: Date;
  /** Null: no PDF (a dry run, or no channel carries files). */
  readonly printer: PdfPrinter | null;
}

export async function monthBriefing(input: MonthBriefingInput): Promise<Briefing> {
  const metrics = forCommittee(input.metrics);
  const { notify } = input;
  // the meeting after the view's day: the briefing itself goes out on a meeting's morning
  const day = monthView(metrics, input.month).as_of;
  const nextMeeting = notify.schedule ? schoolDate(nextRun(notify.schedule, zonedInstant(day, 23, 59), notify.isWorkingDay)) : null;
  const withPdf = input.printer !== null && carriesFiles(notify.channels);
  const text = briefingText({ metrics, month: input.month, nextMeeting, link: notify.link, withPdf });
  if (!withPdf) return { ...text, ...(notify.link ? { link: notify.link } : {}) };
  const bytes = await printMonthBrief(input.printer!, { metrics, month: input.month, generatedAt: input.now });
  return { ...text, pdf: { filename: monthText.fileName(input.month), bytes }, ...(notify.link ? { link: notify.link } : {}) };
}

export function warningsBriefing(metrics: MetricsResult, warnings: readonly Warning[], notify: NotifyConfig): Briefing {
  const text = warningsText(forCommittee(metrics), warnings, notify.link);
  return { ...text, ...(notify.link ? { link: notify.link } : {}) };
}
