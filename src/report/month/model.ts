/** The monthly briefing's view: one month's figures, what was done, what is overdue, what is due next. */
import { privacyText } from '../../messages/privacy.ts';
import type { MetricsResult, MonthTask, MonthView } from '../../metrics/index.ts';
import { monthView } from '../../metrics/index.ts';
import { dateZh, dayZh, money, monthZh, percent } from '../../messages/format.ts';
import { STATUS_WORD } from '../status.ts';
import { schoolDateTime } from '../../term/school-clock.ts';
import { table, type TableView } from '../view/table.ts';
import { targetText } from '../term/target-line.ts';
import { termText } from '../../messages/term-report.ts';
import { monthText } from '../../messages/month-report.ts';

export interface MonthBriefInput {
  readonly metrics: MetricsResult;
  /** `YYYY-MM` */
  readonly month: string;
  readonly generatedAt: Date;
}

export interface FigureView {
  readonly label: string;
  readonly value: string;
  readonly sub: string;
  readonly tone?: 'not_met' | 'met';
}

export interface MonthBriefView {
  readonly title: string;
  readonly school: string;
  readonly term: string;
  readonly month: string;
  readonly asOf: string;
  readonly generatedAt: string;
  readonly figures: readonly FigureView[];
  /** Caption of the targets, shown as two tables side by side. */
  readonly targetsCaption: string;
  readonly targets: readonly [TableView, TableView];
  readonly activities: TableView;
  readonly spending: TableView;
  readonly done: TableView;
  readonly overdue: TableView;
  readonly next: TableView;
  readonly nextMonth: string;
  /** 六、督办事项 and 七、预警, when there is something to say. */
  readonly extra: readonly { readonly heading: string; readonly table: TableView }[];
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : null);

export function monthBriefView(input: MonthBriefInput): MonthBriefView {
  const m = input.metrics;
  const v: MonthView = monthView(m, input.month);
  const year = input.month.slice(0, 4);
  const counted = v.activities.filter((a) => a.records > 0 && a.eligible > 0);
  const present = counted.reduce((n, a) => n + a.present, 0);
  const eligible = counted.reduce((n, a) => n + a.eligible, 0);
  const dueDone = v.tasks_due.filter((t) => t.done_by_then);
  const noOwner = m.privacy && !m.privacy.names ? privacyText.ownerHidden : monthText.unassigned;
  const owner = (t: MonthTask) => t.owner ?? noOwner;

  const figText = monthText.figures;
  const figures: FigureView[] = [
    { label: figText.activities, value: monthText.items(v.activities.length), sub: figText.signedIn(counted.length) },
    {
      label: figText.rate,
      value: percent(ratio(present, eligible)),
      sub: eligible > 0 ? figText.attendance(present, eligible) : figText.noAttendance,
    },
    {
      label: figText.offices,
      value: v.offices.scored > 0 ? figText.officesPassed(v.offices.passed, v.offices.scored) : figText.notScored,
      sub: v.offices.scored > 0 ? figText.passRate(percent(v.offices.rate), v.offices.threshold) : figText.noOffices,
      ...(v.offices.scored === 0 ? { tone: 'not_met' as const } : {}),
    },
    { label: figText.spent, value: money(v.funds.spent), sub: figText.income(money(v.funds.income)) },
    { label: figText.due, value: monthText.items(v.tasks_due.length), sub: figText.done(dueDone.length) },
    {
      label: figText.overdue,
      value: monthText.items(v.overdue.length),
      sub: figText.overdueIncludes,
      tone: v.overdue.length > 0 ? 'not_met' : 'met',
    },
    { label: figText.nextDue(v.next.month), value: monthText.items(v.next.tasks.length), sub: figText.nextActivities(v.next.month, v.next.activities.length) },
    { label: figText.asOf, value: dayZh(v.as_of, year), sub: m.term.label },
  ];

  const targetRows = m.targets.map((t) => {
    const p = t.trend.find((x) => x.month === input.month);
    const status = p?.status ?? 'no_data';
    return [t.label, percent(p?.value ?? null), targetText(t), { text: STATUS_WORD[status], tone: status, strong: true }];
  });
  const half = Math.ceil(targetRows.length / 2);
  const targetTable = (rows: typeof targetRows) =>
    table({
      caption: '',
      columns: [
        { label: monthText.targets.columns.target, width: '52%' },
        { label: monthText.targets.columns.value, align: 'right' },
        { label: monthText.targets.columns.goal, align: 'right' },
        { label: monthText.targets.columns.status, align: 'center' },
      ],
      rows,
      empty: '—',
    });
  const targets = [targetTable(targetRows.slice(0, half)), targetTable(targetRows.slice(half))] as const;

  const actText = monthText.activities;
  const activities = table({
    caption: actText.caption,
    columns: [
      { label: actText.columns.activity, width: '34%' },
      { label: actText.columns.date, align: 'center' },
      { label: actText.columns.category, align: 'center' },
      { label: actText.columns.range, align: 'center' },
      { label: actText.columns.attendance, align: 'right' },
      { label: actText.columns.rate, align: 'right' },
    ],
    rows: v.activities.map((a) => [
      a.name,
      dayZh(a.date, year),
      a.category,
      a.range,
      a.records > 0 ? `${a.present} / ${a.eligible}` : monthText.noSignIn,
      percent(a.rate),
    ]),
    empty: actText.empty,
  });

  const spendText = monthText.spending;
  const spending = table({
    caption: spendText.caption,
    columns: [{ label: spendText.columns.category, width: '60%' }, { label: spendText.columns.spent, align: 'right' }],
    rows: [
      ...v.funds.categories.map((c) => [c.category, money(c.spent)]),
      ...(v.funds.categories.length > 0 ? [[{ text: spendText.total, strong: true }, { text: money(v.funds.spent), strong: true }]] : []),
    ],
    empty: spendText.empty,
  });

  const doneText = monthText.done;
  const done = table({
    caption: doneText.caption,
    columns: [
      { label: doneText.columns.task, width: '44%' },
      { label: doneText.columns.owner, align: 'center' },
      { label: doneText.columns.due, align: 'center' },
      { label: doneText.columns.state, align: 'center' },
    ],
    rows: v.tasks_due.map((t) => [
      t.task,
      owner(t),
      dayZh(t.due, year),
      t.done_by_then
        ? { text: t.done_date ? doneText.doneOn(dayZh(t.done_date, year)) : doneText.done, tone: 'met' as const }
        : { text: t.due < v.as_of ? doneText.late : t.due === v.as_of ? doneText.dueToday : (t.state ?? doneText.open), tone: 'not_met' as const, strong: true },
    ]),
    empty: doneText.empty,
  });

  const lateText = monthText.overdue;
  const overdue = table({
    caption: lateText.caption,
    columns: [
      { label: lateText.columns.task, width: '44%' },
      { label: lateText.columns.owner, align: 'center' },
      { label: lateText.columns.due, align: 'center' },
      { label: lateText.columns.late, align: 'right' },
      { label: lateText.columns.state, align: 'center' },
    ],
    rows: v.overdue.map((t) => [
      t.task,
      { text: owner(t), strong: true },
      dayZh(t.due, year),
      { text: lateText.days(t.days_late), tone: 'not_met' as const, strong: true },
      t.state ?? lateText.noState,
    ]),
    empty: lateText.empty,
  });

  const nextText = monthText.next;
  const next = table({
    caption: v.later.activities.length + v.later.tasks.length > 0 ? nextText.captionWithLater(v.month, v.next.month) : nextText.caption(v.next.month),
    columns: [
      { label: nextText.columns.type, align: 'center', width: '10%' },
      { label: nextText.columns.item, width: '50%' },
      { label: nextText.columns.owner, align: 'center' },
      { label: nextText.columns.date, align: 'center' },
    ],
    rows: [
      ...[...v.later.tasks, ...v.next.tasks].map((t) => [nextText.task, t.task, owner(t), nextText.before(dayZh(t.due, year))]),
      ...[...v.later.activities, ...v.next.activities].map((x) => [nextText.activity, x.name, x.category, dayZh(x.date, year)]),
    ],
    empty: nextText.empty(v.next.month),
  });

  const ds = v.decisions;
  const decText = monthText.decisions;
  const decisionRows = [...ds.overdue, ...ds.added.filter((d) => d.standing_then !== 'overdue'), ...ds.closed.filter((d) => !ds.added.includes(d))];
  const decisions = table({
    caption: decText.caption(ds.since ? dayZh(ds.since, year) : null),
    columns: [
      { label: decText.columns.item, width: '38%' },
      { label: decText.columns.owner, align: 'center' },
      { label: decText.columns.raised, align: 'center' },
      { label: decText.columns.deadline, align: 'center' },
      { label: decText.columns.state, align: 'center' },
    ],
    rows: decisionRows.map((d) => [
      d.item,
      d.owner ?? noOwner,
      d.raised ? dayZh(d.raised, year) : decText.none,
      d.deadline ? dayZh(d.deadline, year) : decText.none,
      d.standing_then === 'closed'
        ? { text: d.closed_date ? decText.closedOn(dayZh(d.closed_date, year)) : decText.closed, tone: 'met' as const }
        : d.standing_then === 'overdue'
          ? { text: decText.late(d.days_late), tone: 'not_met' as const, strong: true }
          : // the state as typed now may already say 已销号 for a later day
            d.closed ? decText.open : (d.state ?? decText.open),
    ]),
    empty: decText.empty,
  });
  const warnText = monthText.warnings;
  const warnings = table({
    caption: warnText.caption,
    columns: [{ label: warnText.columns.text, width: '50%' }, { label: warnText.columns.action }],
    rows: m.warnings.map((w) => [{ text: w.text, strong: true }, warnText.action(w.action, w.where)]),
    empty: '',
  });
  const extraParts = [
    ...(m.decisions.length ? [{ title: decText.title, table: decisions }] : []),
    ...(m.warnings.length ? [{ title: warnText.title, table: warnings }] : []),
  ];

  return {
    title: monthText.title,
    school: m.school || termText.unnamedSchool,
    term: m.term.label,
    month: v.label,
    asOf: dateZh(v.as_of),
    generatedAt: schoolDateTime(input.generatedAt),
    figures,
    targetsCaption: monthText.targets.caption(dayZh(v.as_of, year)),
    targets,
    activities,
    spending,
    done,
    overdue,
    next,
    nextMonth: monthZh(v.next.month),
    extra: extraParts.map((p, i) => ({ heading: monthText.extraHeading(i, p.title), table: p.table })),
  };
}
