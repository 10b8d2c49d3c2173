/** The monthly briefing's view: one month's figures, what was done, what is overdue, what is due next. */
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
}

/** Days past the due date; a task due on the day itself is due today, not late. */
const overdueText = (days: number) => (days > 0 ? `${days} 天` : '当日到期');

const ratio = (a: number, b: number) => (b > 0 ? a / b : null);

export function monthBriefView(input: MonthBriefInput): MonthBriefView {
  const m = input.metrics;
  const v: MonthView = monthView(m, input.month);
  const year = input.month.slice(0, 4);
  const counted = v.activities.filter((a) => a.records > 0 && a.eligible > 0);
  const present = counted.reduce((n, a) => n + a.present, 0);
  const eligible = counted.reduce((n, a) => n + a.eligible, 0);
  const dueDone = v.tasks_due.filter((t) => t.done_by_then);
  const owner = (t: MonthTask) => t.owner ?? monthText.unassigned;

  const figures: FigureView[] = [
    { label: '本月活动', value: `${v.activities.length} 项`, sub: `其中 ${counted.length} 项有签到` },
    {
      label: '本月活动参与率',
      value: percent(ratio(present, eligible)),
      sub: eligible > 0 ? `出席 ${present} / 应参加 ${eligible} 人次` : '本月没有签到记录',
    },
    {
      label: '文明办公室达标',
      value: v.offices.scored > 0 ? `${v.offices.passed} / ${v.offices.scored}` : '未评选',
      sub: v.offices.scored > 0 ? `达标率 ${percent(v.offices.rate)}（达标分 ${v.offices.threshold}）` : '本月没有评比记录',
      ...(v.offices.scored === 0 ? { tone: 'not_met' as const } : {}),
    },
    { label: '本月经费支出', value: money(v.funds.spent), sub: `收入 ${money(v.funds.income)}` },
    { label: '本月到期工作', value: `${v.tasks_due.length} 项`, sub: `已完成 ${dueDone.length} 项` },
    {
      label: '逾期未完成',
      value: `${v.overdue.length} 项`,
      sub: '含此前各月到期的工作',
      tone: v.overdue.length > 0 ? 'not_met' : 'met',
    },
    { label: `${monthZh(v.next.month, true)}到期工作`, value: `${v.next.tasks.length} 项`, sub: `${monthZh(v.next.month, true)}计划活动 ${v.next.activities.length} 项` },
    { label: '数据截至', value: dayZh(v.as_of, year), sub: m.term.label },
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
        { label: '目标', width: '52%' },
        { label: '截至本月', align: 'right' },
        { label: '目标值', align: 'right' },
        { label: '状态', align: 'center' },
      ],
      rows,
      empty: '—',
    });
  const targets = [targetTable(targetRows.slice(0, half)), targetTable(targetRows.slice(half))] as const;

  const activities = table({
    caption: '本月活动',
    columns: [
      { label: '活动', width: '34%' },
      { label: '日期', align: 'center' },
      { label: '类别', align: 'center' },
      { label: '参加范围', align: 'center' },
      { label: '出席 / 应参加', align: 'right' },
      { label: '参与率', align: 'right' },
    ],
    rows: v.activities.map((a) => [
      a.name,
      dayZh(a.date, year),
      a.category,
      a.range,
      a.records > 0 ? `${a.present} / ${a.eligible}` : monthText.noSignIn,
      percent(a.rate),
    ]),
    empty: '本月没有登记活动。',
  });

  const spending = table({
    caption: '本月经费支出（按科目）',
    columns: [{ label: '科目', width: '60%' }, { label: '支出', align: 'right' }],
    rows: [
      ...v.funds.categories.map((c) => [c.category, money(c.spent)]),
      ...(v.funds.categories.length > 0 ? [[{ text: '合计', strong: true }, { text: money(v.funds.spent), strong: true }]] : []),
    ],
    empty: '本月没有支出。',
  });

  const done = table({
    caption: '本月到期工作的完成情况',
    columns: [
      { label: '工作事项', width: '44%' },
      { label: '责任人', align: 'center' },
      { label: '截止日期', align: 'center' },
      { label: '完成情况', align: 'center' },
    ],
    rows: v.tasks_due.map((t) => [
      t.task,
      owner(t),
      dayZh(t.due, year),
      t.done_by_then
        ? { text: t.done_date ? `${dayZh(t.done_date, year)}完成` : '已完成', tone: 'met' as const }
        : { text: t.due < v.as_of ? '逾期未完成' : t.due === v.as_of ? '到期未完成' : (t.state ?? '未完成'), tone: 'not_met' as const, strong: true },
    ]),
    empty: '本月没有到期的工作。',
  });

  const overdue = table({
    caption: '逾期未完成的工作（请责任人说明进度）',
    columns: [
      { label: '工作事项', width: '44%' },
      { label: '责任人', align: 'center' },
      { label: '截止日期', align: 'center' },
      { label: '逾期', align: 'right' },
      { label: '完成情况', align: 'center' },
    ],
    rows: v.overdue.map((t) => [
      t.task,
      { text: owner(t), strong: true },
      dayZh(t.due, year),
      { text: overdueText(t.days_late), tone: 'not_met' as const, strong: true },
      t.state ?? '未填',
    ]),
    empty: '没有逾期未完成的工作。',
  });

  const next = table({
    caption: `${monthZh(v.next.month)}安排`,
    columns: [
      { label: '类型', align: 'center', width: '10%' },
      { label: '事项', width: '50%' },
      { label: '责任人 / 类别', align: 'center' },
      { label: '日期', align: 'center' },
    ],
    rows: [
      ...v.next.tasks.map((t) => ['工作', t.task, owner(t), `${dayZh(t.due, year)}前`]),
      ...v.next.activities.map((a) => ['活动', a.name, a.category, dayZh(a.date, year)]),
    ],
    empty: `${monthZh(v.next.month)}暂无到期工作和已登记的活动。`,
  });

  return {
    title: monthText.title,
    school: m.school || termText.unnamedSchool,
    term: m.term.label,
    month: v.label,
    asOf: dateZh(v.as_of),
    generatedAt: schoolDateTime(input.generatedAt),
    figures,
    targetsCaption: `学期工作目标完成情况（截至${dayZh(v.as_of, year)}）`,
    targets,
    activities,
    spending,
    done,
    overdue,
    next,
    nextMonth: monthZh(v.next.month),
  };
}
