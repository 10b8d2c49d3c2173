/** 经费收支明细 and 预算执行: the ledger's rows of the term up to the as-of day, then spending against each budget line. */
import type { FundRecord } from '../../../ingest/records.ts';
import { parseCategory } from '../../../ingest/values/index.ts';
import { money, percent } from '../../../messages/format.ts';
import { packText } from '../../../messages/pack.ts';
import { privacyText } from '../../../messages/privacy.ts';
import { table, type CellInput } from '../../view/table.ts';
import { dateColumn } from '../date-column.ts';
import { budgetCells, budgetStateCell } from '../../view/budget-cells.ts';
import { section, type PackContext, type SectionBuilder } from '../part.ts';

const words = packText.funds;

/** Sums in whole cents, as the metrics take them. */
const cents = (yuan: number) => Math.round(yuan * 100);
const sum = (xs: readonly number[]) => xs.reduce((n, x) => n + cents(x), 0) / 100;

/** A row about a 慰问 visit: linked to a 关爱慰问 activity, or described as one (慰问, 送温暖, 走访 …). */
function isWelfare(f: FundRecord, ctx: PackContext): boolean {
  const activity = f.activity !== null && [...ctx.welfare].some((k) => k.startsWith(`${f.activity}|`));
  return activity || parseCategory(f.description).category === '关爱慰问';
}

function ledgerTable(rows: readonly FundRecord[], ctx: PackContext) {
  const col = words.ledger.columns;
  const income = sum(rows.map((f) => f.income));
  const expense = sum(rows.map((f) => f.expense));
  return table({
    caption: words.ledger.caption,
    columns: [
      { label: col.no, align: 'right', width: '6%' },
      dateColumn(col.date),
      { label: col.voucher, align: 'center' },
      { label: col.description, width: '32%' },
      { label: col.category },
      { label: col.income, align: 'right' },
      { label: col.expense, align: 'right' },
    ],
    rows: [
      ...rows.map((f, i): (string | CellInput)[] => [
        String(i + 1),
        f.date,
        f.voucher ?? '',
        !ctx.visibility.welfare && isWelfare(f, ctx) ? { text: privacyText.welfareActivity, tone: 'muted' } : f.description,
        f.category ?? '',
        f.income ? money(f.income) : '',
        f.expense ? money(f.expense) : '',
      ]),
      ...(rows.length > 0
        ? [['', '', '', { text: words.ledger.total, strong: true }, '', { text: money(income), strong: true }, { text: money(expense), strong: true }]]
        : []),
    ],
    empty: words.ledger.empty,
  });
}

function budgetTable(ctx: PackContext) {
  const f = ctx.metrics.funds;
  const col = words.budget.columns;
  const budgeted = f.categories.filter((c) => c.budget !== null);
  const totalBudget = sum(budgeted.map((c) => c.budget ?? 0));
  const totalSpent = sum(f.categories.map((c) => c.spent));
  return table({
    caption: words.budget.caption,
    columns: [
      { label: col.category, width: '32%' },
      { label: col.budget, align: 'right' },
      { label: col.spent, align: 'right' },
      { label: col.ratio, align: 'right' },
      { label: col.state, align: 'center' },
    ],
    rows: [
      ...f.categories.map((c) => [...budgetCells(c), budgetStateCell(c, words.budget.state)]),
      ...(f.categories.length > 0
        ? [[{ text: words.budget.total, strong: true }, { text: money(totalBudget), strong: true }, { text: money(totalSpent), strong: true }, totalBudget > 0 ? percent(totalSpent / totalBudget) : '—', '']]
        : []),
    ],
    empty: words.budget.empty,
  });
}

export const fundsSection: SectionBuilder = (ctx) => {
  const { metrics: m, records } = ctx;
  const rows = records.funds.filter((f) => f.date >= m.term.start && f.date <= m.as_of).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.ref.row - b.ref.row));
  const income = sum(rows.map((f) => f.income));
  const expense = sum(rows.map((f) => f.expense));
  return [
    section(words.title, {
      lead: rows.length > 0 ? [words.lead({ rows: rows.length, income: money(income), expense: money(expense), balance: money(sum([income, -expense])) })] : [],
      blocks: [{ table: ledgerTable(rows, ctx) }, { table: budgetTable(ctx) }],
    }),
  ];
};
