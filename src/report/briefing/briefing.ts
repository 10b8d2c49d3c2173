/**
 * The monthly briefing as a short message (月调度简报): each target's value and status as of
 * the month's view, what is overdue, what is due before the next meeting, the decision log
 * and the early warnings. Markdown for the robots, plain text for e-mail; the PDF carries the rest.
 */
import { monthView, type MetricsResult, type Warning } from '../../metrics/index.ts';
import { monthEnd } from '../../metrics/months.ts';
import { briefingText as b } from '../../messages/briefing.ts';
import { dayZh } from '../../messages/format.ts';
import { figureText } from '../view/figure.ts';
import { termText } from '../../messages/term-report.ts';
import { STATUS_MARK, STATUS_WORD } from '../status.ts';
import { targetText } from '../term/target-line.ts';

export interface BriefingText {
  readonly subject: string;
  readonly markdown: string;
  readonly text: string;
}

export interface BriefingInput {
  readonly metrics: MetricsResult;
  readonly month: string;
  /** The day of the next meeting when the schedule knows it; else the next month's end. */
  readonly nextMeeting: string | null;
  readonly link: string | null;
  /** The PDF goes along (e-mail, 企业微信). */
  readonly withPdf: boolean;
}

/** Lines per list before "另有 N 项". */
const LIST_MAX = 8;

interface Section {
  readonly heading: string;
  readonly lines: readonly string[];
}

export function briefingText(input: BriefingInput): BriefingText {
  const m = input.metrics;
  const v = monthView(m, input.month);
  const year = input.month.slice(0, 4);
  const day = (d: string) => dayZh(d, year);
  const school = m.school || termText.unnamedSchool;
  const points = m.targets.map((t) => ({ t, p: t.trend.find((x) => x.month === input.month) }));
  const count = (s: string) => points.filter(({ p }) => (p?.status ?? 'no_data') === s).length;
  const [met, notMet, noData] = [count('met'), count('not_met'), count('no_data')];

  const until = input.nextMeeting ?? monthEnd(v.next.month);
  const upcoming = [...v.later.tasks, ...v.next.tasks].filter((t) => t.due <= until);
  const ds = v.decisions;
  const sections: Section[] = [
    {
      heading: b.targets(met, notMet, noData),
      lines: points.map(({ t, p }) => {
        const status = p?.status ?? 'no_data';
        return b.targetLine(STATUS_MARK[status], t.label, figureText(t, p?.value ?? null), targetText(t), STATUS_WORD[status]);
      }),
    },
    { heading: b.overdue(v.overdue.length), lines: capped(v.overdue.map((t) => b.overdueLine(t.task, t.owner, day(t.due), t.days_late))) },
    {
      heading: b.upcoming(day(until)),
      lines: capped([
        ...upcoming.map((t) => b.upcomingLine(t.task, t.owner, day(t.due))),
        ...[...v.later.activities, ...v.next.activities].filter((a) => a.date <= until).map((a) => b.activityLine(a.name, day(a.date))),
      ]),
    },
    ...(m.decisions.length
      ? [
          {
            heading: b.decisions(ds.closed.length, ds.overdue.length, ds.added.length),
            lines: capped([
              ...ds.overdue.map((d) => b.decisionLate(d.item, d.owner, day(d.deadline!))),
              ...ds.added.filter((d) => d.standing_then !== 'overdue').map((d) => b.decisionAdded(d.item, d.owner, d.deadline ? day(d.deadline) : null)),
            ]),
          },
        ]
      : []),
    ...(m.warnings.length ? [{ heading: b.warnings(m.warnings.length), lines: capped(m.warnings.map((w) => b.warningLine(w.text, w.action))) }] : []),
  ];
  const byline = b.byline(school, m.term.label, dayZh(v.as_of));
  // the robots end their message with the dashboard link themselves (Briefing.link); the e-mail has it in its text
  const pdf = input.withPdf ? [b.pdf] : [];
  const md = [`# ${b.title(input.month)}`, byline, ...sections.flatMap((s) => ['', `**${s.heading}**`, ...listed(s.lines, '- ')]), ...(pdf.length ? ['', ...pdf] : [])];
  const text = [b.title(input.month), byline, ...sections.flatMap((s) => ['', b.textHeading(s.heading), ...listed(s.lines, '· ')]), '', ...pdf, ...(input.link ? [b.linkLine(input.link)] : [])];
  return { subject: b.subject(school, input.month, met, notMet), markdown: md.join('\n'), text: text.join('\n') };
}

/** New early warnings between two briefings, as one short message. */
export function warningsText(m: MetricsResult, warnings: readonly Warning[], link: string | null): BriefingText {
  const school = m.school || termText.unnamedSchool;
  const lines = warnings.map((w) => b.warningWhere(b.warningLine(w.text, w.action), w.where));
  const tail = link ? [b.linkLine(link)] : [];
  return {
    subject: b.warningSubject(school, warnings.length),
    markdown: [`# ${b.warningTitle(warnings.length)}`, ...lines.map((l) => `- ${l}`)].join('\n'),
    text: [b.warningTitle(warnings.length), ...lines.map((l) => `· ${l}`), ...(tail.length ? ['', ...tail] : [])].join('\n'),
  };
}

function capped(lines: readonly string[]): string[] {
  return lines.length > LIST_MAX ? [...lines.slice(0, LIST_MAX), b.more(lines.length - LIST_MAX)] : [...lines];
}

const listed = (lines: readonly string[], bullet: string) => (lines.length ? lines.map((l) => `${bullet}${l}`) : [b.none]);
