/** The fund ledger (收支明细) and the budget (预算) it is spent against. Money is kept in cents. */
import { addDays, daysBetween } from './calendar.ts';
import { createRng } from './prng.ts';
import type { DistrictCounts } from './scale.ts';
import { FILL_DATE, TERM } from './term.ts';
import { FUND_CATEGORIES } from './vocab.ts';

export interface FundRow {
  readonly date: string;
  readonly voucher: string;
  readonly summary: string;
  readonly category: string;
  /** Cents; exactly one of income and expense is non-zero. */
  readonly income: number;
  readonly expense: number;
}

export interface BudgetRow {
  readonly category: string;
  /** Cents. */
  readonly amount: number;
}

export function planFunds(counts: DistrictCounts, seed: number, sportsActivities: readonly string[]): FundRow[] {
  const rng = createRng(seed, 'funds');
  const span = daysBetween(TERM.start, FILL_DATE);
  const days = Array.from({ length: counts.funds }, () => rng.int(0, span)).sort((a, b) => a - b);
  const weights = FUND_CATEGORIES.map((c) => [c, c.weight] as const);
  const perMonth = new Map<string, number>();
  return days.map((offset) => {
    const date = addDays(TERM.start, offset);
    const month = date.slice(5, 7);
    const seq = (perMonth.get(month) ?? 0) + 1;
    perMonth.set(month, seq);
    const cat = rng.weighted(weights);
    const cents = rng.int(cat.min * 100, cat.max * 100);
    // Most amounts are whole yuan, as on real invoices.
    const amount = rng.chance(0.7) ? Math.round(cents / 100) * 100 : cents;
    const summary = rng
      .pick(cat.summaries)
      .replace('{s}', String(rng.int(1, counts.schools)))
      .replace('{a}', rng.pick(sportsActivities));
    return {
      date,
      voucher: `记-${month}-${String(seq).padStart(4, '0')}`,
      summary,
      category: cat.name,
      income: cat.side === 'income' ? amount : 0,
      expense: cat.side === 'expense' ? amount : 0,
    };
  });
}

/** A budget per category: expenses get 5–30 % headroom over what the ledger spends; income is an estimate. */
export function planBudget(funds: readonly FundRow[], seed: number): BudgetRow[] {
  const rng = createRng(seed, 'budget');
  return FUND_CATEGORIES.map((cat) => {
    const actual = funds.filter((f) => f.category === cat.name).reduce((s, f) => s + f.income + f.expense, 0);
    const factor = cat.side === 'expense' ? 1.05 + rng.next() * 0.25 : 0.9 + rng.next() * 0.2;
    // Budgets are set in hundreds of yuan.
    const amount = Math.max(10_000, Math.ceil((actual * factor) / 10_000) * 10_000);
    return { category: cat.name, amount };
  });
}
