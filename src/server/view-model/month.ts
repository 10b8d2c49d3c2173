/**
 * `/month/YYYY-MM`, the 月调度 meeting on a projector: the month's figures, what was done,
 * what is overdue and what is due next month, in lists short enough for one screen.
 */
import { privacyText } from '../../messages/privacy.ts';
import type { ActivityRow, MetricsResult } from '../../metrics/index.ts';
import { monthView, targetOf, type MonthTask } from '../../metrics/index.ts';
import type { MonthDecision } from '../../metrics/month-view.ts';
import { warningsView, type WarningsView } from './warnings.ts';
import { meets, officeMonthChart } from '../../report/charts/index.ts';
import { dateZh, money, monthZh, percent } from '../../messages/format.ts';
import { STATUS_COLOUR, STATUS_MARK, STATUS_WORD } from '../../report/status.ts';
import { queryString, type Query } from '../query.ts';
import { text } from '../../messages/server.ts';
import { blanks, joined, pageText } from '../../messages/pages.ts';
import { chartBlock, type ChartBlock } from './chart-block.ts';
import { targetText } from '../../messages/targets.ts';

/** Items per list; the rest are counted and linked. */
export const MONTH_LIST_MAX = 5;
/** Warnings in the month view's one-line strip before "另有 N 条". */
const WARNINGS_MAX = 4;
/** On the projector's month slide, whose type is larger. */
export const SLIDE_LIST_MAX = 4;

interface Listed<T> {
  readonly items: readonly T[];
  readonly more: string | null;
}

interface Line {
  readonly main: string;
  readonly side: string;
  readonly tag: string;
  readonly colour: string;
}

export interface MonthPageView {
  readonly label: string;
  readonly asOf: string;
  readonly prev: { href: string; label: string };
  readonly next: { href: string; label: string };
  readonly tiles: readonly { label: string; value: string; sub: string; colour: string }[];
  /** Each target as of the month's end (its trend point), for the meeting's quick look. */
  readonly targets: readonly { label: string; value: string; mark: string; word: string; colour: string }[];
  readonly done: Listed<Line>;
  readonly overdue: Listed<Line>;
  /** 下月待办, or 本月余下与下月待办 while the month is still going. */
  readonly upcomingTitle: string;
  readonly upcoming: Listed<Line>;
  readonly tasksHref: string;
  readonly officesHref: string;
  /** The month's office totals against the pass score; null when the month has none. */
  readonly officeChart: ChartBlock | null;
  /** Shown for the month as-of falls in; earlier months show their own record. */
  readonly warnings: WarningsView | null;
}

function capper(max: number) {
  return <T>(items: readonly T[]): Listed<T> => ({ items: items.slice(0, max), more: items.length > max ? text.more(items.length - max) : null });
}

const words = pageText.month;

const shortDate = (d: string) => dateZh(d).replace(/^\d+年/, '');

const nextOf = (month: string, step: 1 | -1) => {
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  const n = y * 12 + (m - 1) + step;
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
};

export function monthPageView(m: MetricsResult, month: string, query: Query, listMax = MONTH_LIST_MAX): MonthPageView {
  const capped = capper(listMax);
  const v = monthView(m, month);
  const ref = targetOf(m, 'participation_rate');
  const keep = queryString(query.asOf ? { asOf: query.asOf } : {});
  const activityLine = (a: ActivityRow): Line => {
    const sports = a.category === '文体活动' && a.rate !== null;
    const s = sports ? (meets(a.rate!, ref) ? 'met' : 'not_met') : null;
    return {
      main: a.name,
      side: `${shortDate(a.date)} · ${a.category}`,
      tag: a.rate !== null ? words.rate(percent(a.rate), s ? STATUS_WORD[s] : null) : a.records > 0 ? words.present(a.attendees) : '',
      colour: s ? STATUS_COLOUR[s] : '#333333',
    };
  };
  const taskLine = (t: MonthTask, late: boolean): Line => ({
    main: t.task,
    side: words.due(t.owner ?? (m.privacy && !m.privacy.names ? privacyText.ownerHidden : blanks.owner), shortDate(t.due)),
    tag: late ? text.daysOverdue(t.days_late) : (t.state ?? ''),
    colour: late ? STATUS_COLOUR.not_met : '#333333',
  });
  const decisionLine = (d: MonthDecision, tag: string, colour: string): Line => ({
    main: d.item,
    side: words.decisionSide(d.owner ?? (m.privacy && !m.privacy.names ? privacyText.ownerHidden : blanks.owner), d.deadline ? shortDate(d.deadline) : null),
    tag,
    colour,
  });
  const ds = v.decisions;
  const dueDone = v.tasks_due.filter((t) => t.done_by_then);
  const topCategories = [...v.funds.categories].sort((a, b) => b.spent - a.spent).slice(0, 2);
  const offices = v.offices;
  const sports = v.activities.filter((a) => a.category === '文体活动').length;
  return {
    label: v.label,
    asOf: dateZh(v.as_of),
    prev: { href: `/month/${nextOf(month, -1)}${keep}`, label: text.monthNav.prev(nextOf(month, -1)) },
    next: { href: `/month/${nextOf(month, 1)}${keep}`, label: text.monthNav.next(nextOf(month, 1)) },
    tiles: [
      { label: words.tiles.activities, value: text.items(v.activities.length), sub: sports ? words.sports(sports) : '', colour: '#333333' },
      {
        label: words.tiles.offices,
        value: offices.rate === null ? words.notScored : percent(offices.rate),
        sub: offices.rate === null ? words.noOffices(monthZh(month, true)) : words.officesPassed(offices.passed, offices.scored, offices.threshold),
        colour: offices.rate === null ? STATUS_COLOUR.no_data : '#333333',
      },
      { label: words.tiles.spent, value: money(v.funds.spent), sub: joined(topCategories.map((c) => words.categorySpent(c.category, money(c.spent)))), colour: '#333333' },
      ...(m.decisions.length
        ? [
            {
              label: words.tiles.decisions,
              value: words.decisionsOverdue(ds.overdue.length),
              sub: words.decisionCounts(ds.closed.length, ds.added.length, ds.since ? shortDate(ds.since) : null),
              colour: ds.overdue.length ? STATUS_COLOUR.not_met : STATUS_COLOUR.met,
            },
          ]
        : []),
      {
        label: words.tiles.due,
        value: words.dueDone(dueDone.length, v.tasks_due.length),
        sub: v.overdue.length ? words.overdue(v.overdue.length) : words.noOverdue,
        colour: v.overdue.length ? STATUS_COLOUR.not_met : STATUS_COLOUR.met,
      },
    ],
    targets: m.targets.flatMap((t) => {
      const p = t.trend.find((x) => x.month === month);
      return p ? [{ label: targetText[t.id].short, value: percent(p.value), mark: STATUS_MARK[p.status], word: STATUS_WORD[p.status], colour: STATUS_COLOUR[p.status] }] : [];
    }),
    done: capped([...v.activities.map(activityLine), ...dueDone.map((t) => ({ ...taskLine(t, false), tag: words.done }))]),
    overdue: capped([
      ...v.overdue.map((t) => taskLine(t, true)),
      ...ds.overdue.map((d) => decisionLine(d, text.daysOverdue(d.days_late), STATUS_COLOUR.not_met)),
    ]),
    upcomingTitle: v.later.activities.length + v.later.tasks.length > 0 ? words.laterAndNext : words.next,
    upcoming: capped([
      ...[...v.later.activities, ...v.next.activities].map((a) => ({ main: a.name, side: `${shortDate(a.date)} · ${a.category}`, tag: words.activity, colour: '#333333' })),
      ...[...v.later.tasks, ...v.next.tasks].map((t) => taskLine(t, false)),
    ]),
    tasksHref: `/tasks${queryString(query)}`,
    officesHref: `/offices${queryString(query)}`,
    warnings: month === m.as_of.slice(0, 7) ? warningsView(m, query, { compact: true, max: WARNINGS_MAX }) : null,
    officeChart: offices.scores.length
      ? chartBlock(`month-offices-${month}`, words.officeChart(monthZh(month, true)), officeMonthChart(offices.scores, offices.threshold, 15), {
          width: 320,
          height: Math.max(200, 40 + offices.scores.length * 32),
        })
      : null,
  };
}
