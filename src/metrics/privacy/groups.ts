/**
 * Small-group suppression with complementary suppression: a group of fewer than `min`
 * people is not shown on its own, and neither is any figure that would give it away by
 * subtraction from the total. Hidden groups become one merged row; when that row would
 * hold a single group or fewer than `min` people, the next smallest groups join it.
 */
export interface GroupRow {
  readonly people: number;
}

export interface Suppressed<R> {
  /** The shown groups in their order, then the merged row's members (empty when nothing is hidden). */
  readonly shown: readonly R[];
  readonly merged: readonly R[];
}

export function suppressSmallGroups<R extends GroupRow>(rows: readonly R[], min: number): Suppressed<R> {
  const hidden = new Set(rows.filter((r) => r.people < min));
  if (hidden.size === 0) return { shown: rows, merged: [] };
  const bySize = [...rows].filter((r) => !hidden.has(r)).sort((a, b) => a.people - b.people);
  const people = () => [...hidden].reduce((n, r) => n + r.people, 0);
  while ((hidden.size < 2 || people() < min) && bySize.length > 0) hidden.add(bySize.shift()!);
  return { shown: rows.filter((r) => !hidden.has(r)), merged: rows.filter((r) => hidden.has(r)) };
}
