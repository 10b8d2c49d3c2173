import { monthZh, money, percent } from '../../../messages/format.ts';
import { dayZh } from '../../../messages/format.ts';
import { table, type CellInput } from '../../view/table.ts';
import type { AreaBuilder } from '../area.ts';
import { targetLines } from '../target-line.ts';

export const fundsArea: AreaBuilder = (m) => {
  const f = m.funds;
  const year = m.as_of.slice(0, 4);
  const over = f.categories.filter((c) => c.over);
  const lead = [
    `截至${dayZh(m.as_of)}，本学期支出合计 ${money(f.total_spent)}，收入合计 ${money(f.total_income)}，收支相抵 ${money(f.balance)}（不含期初余额）。` +
      (over.length > 0
        ? `超出预算的科目：${over.map((c) => `${c.category}（执行率 ${percent(c.ratio)}）`).join('、')}。`
        : f.categories.length > 0
          ? '各预算科目均未超支。'
          : ''),
  ];
  const state = (c: (typeof f.categories)[number]): CellInput =>
    c.over === null ? { text: '未列预算', tone: 'warn' } : c.over ? { text: '超支', tone: 'not_met', strong: true } : { text: '未超支', tone: 'met' };
  return {
    id: 'funds',
    targets: targetLines(m, ['budget_within']),
    lead,
    tables: [
      table({
        caption: '各科目预算执行情况',
        columns: [
          { label: '科目', width: '30%' },
          { label: '预算', align: 'right' },
          { label: '已支出', align: 'right' },
          { label: '执行率', align: 'right' },
          { label: '状态', align: 'center' },
        ],
        rows: f.categories.map((c) => [
          c.category,
          money(c.budget),
          money(c.spent),
          { text: percent(c.ratio), ...(c.over ? { tone: 'not_met' as const, strong: true } : {}) },
          state(c),
        ]),
        empty: '没有经费预算和支出记录。',
        note: '“未列预算”的科目有支出但不在预算表中，支出仍计入合计。',
      }),
      table({
        caption: '各月收支',
        columns: [{ label: '月份', align: 'center' }, { label: '支出', align: 'right' }, { label: '收入', align: 'right' }],
        rows: [
          ...f.months.map((x) => [monthZh(x.month), money(x.spent), money(x.income)]),
          ...(f.months.length > 0 ? [[{ text: '合计', strong: true }, { text: money(f.total_spent), strong: true }, { text: money(f.total_income), strong: true }]] : []),
        ],
        empty: '没有收支记录。',
      }),
      ...(f.activities.length > 0
        ? [
            table({
              caption: '活动经费与人均费用',
              columns: [
                { label: '活动', width: '36%' },
                { label: '日期', align: 'center' },
                { label: '支出', align: 'right' },
                { label: '参加人数', align: 'right' },
                { label: '人均', align: 'right' },
              ],
              rows: f.activities.map((a) => [
                a.name,
                dayZh(a.date, year),
                money(a.spent),
                a.participants === null ? '无签到' : String(a.participants),
                money(a.cost_per_participant),
              ]),
              empty: '',
            }),
          ]
        : []),
    ],
  };
};
