import { monthZh, money, percent } from '../../../messages/format.ts';
import { dayZh } from '../../../messages/format.ts';
import { table } from '../../view/table.ts';
import { budgetCells, budgetStateCell } from '../../view/budget-cells.ts';
import type { AreaBuilder } from '../area.ts';
import { targetLines } from '../target-line.ts';
import { areaText } from '../../../messages/term-areas.ts';

const words = areaText.funds;

export const fundsArea: AreaBuilder = (m) => {
  const f = m.funds;
  const year = m.as_of.slice(0, 4);
  const over = f.categories.filter((c) => c.over);
  const lead = [
    words.lead({ span: m.term.kind, asOf: dayZh(m.as_of), spent: money(f.total_spent), income: money(f.total_income), balance: money(f.balance) }) +
      (over.length > 0
        ? words.over(over.map((c) => ({ category: c.category, ratio: percent(c.ratio) })))
        : f.categories.length > 0
          ? words.withinBudget
          : ''),
  ];
  return {
    id: 'funds',
    targets: targetLines(m, ['budget_within']),
    lead,
    tables: [
      table({
        caption: words.categories.caption,
        columns: [
          { label: words.categories.columns.category, width: '30%' },
          { label: words.categories.columns.budget, align: 'right' },
          { label: words.categories.columns.spent, align: 'right' },
          { label: words.categories.columns.ratio, align: 'right' },
          { label: words.categories.columns.state, align: 'center' },
        ],
        rows: f.categories.map((c) => [...budgetCells(c), budgetStateCell(c, words.state)]),
        empty: words.categories.empty,
        note: words.categories.note,
      }),
      table({
        caption: words.months.caption,
        columns: [
          { label: words.months.columns.month, align: 'center' },
          { label: words.months.columns.spent, align: 'right' },
          { label: words.months.columns.income, align: 'right' },
        ],
        rows: [
          ...f.months.map((x) => [monthZh(x.month), money(x.spent), money(x.income)]),
          ...(f.months.length > 0 ? [[{ text: words.months.total, strong: true }, { text: money(f.total_spent), strong: true }, { text: money(f.total_income), strong: true }]] : []),
        ],
        empty: words.months.empty,
      }),
      ...(f.activities.length > 0
        ? [
            table({
              caption: words.activities.caption,
              columns: [
                { label: words.activities.columns.activity, width: '36%' },
                { label: words.activities.columns.date, align: 'center' },
                { label: words.activities.columns.spent, align: 'right' },
                { label: words.activities.columns.participants, align: 'right' },
                { label: words.activities.columns.perHead, align: 'right' },
              ],
              rows: f.activities.map((a) => [
                a.name,
                dayZh(a.date, year),
                money(a.spent),
                a.participants === null ? words.activities.noSignIn : String(a.participants),
                money(a.cost_per_participant),
              ]),
              empty: '',
            }),
          ]
        : []),
    ],
  };
};
